//! The login settings of the APIs that create or reinstall instances:
//! `LoginSettings` of `cvm:RunInstances`, `cvm:ResetInstance`,
//! `cvm:CreateLaunchTemplate` and `as:CreateLaunchConfiguration`, and
//! `LoginConfiguration` of `lighthouse:CreateInstances` and
//! `lighthouse:ResetInstance`. A password, keys, or the image's own login:
//! each API takes one way in, and says which combinations it refuses.

use core::fmt;
use core::iter::FusedIterator;

use super::problem::Severity;
use crate::api::{Api, ApiVerdict, LoginObject, LoginRules, Reading};
use crate::message::{Lang, Message};
use crate::policy::{Figure, Figures, Os, Violation, Violations, Warning, Warnings};

/// The login settings of one request, as
/// [`LoginPreflight`] checks them: which of `Password`, `KeyIds`,
/// `KeepImageLogin` (CVM and Auto Scaling) and `AutoGeneratePassword`
/// (Lighthouse) it sets. It holds the password, borrowed, and only the
/// number of keys: a key id is no secret, but no rule here reads one.
///
/// ```
/// use cvm_password::{Api, LoginPreflight, LoginSettings, Os, Reading};
///
/// let run = Api::from_name("cvm:RunInstances").unwrap();
/// let login = LoginSettings::new().with_password("abc123ABC!@#").with_key_count(1);
/// let preflight = LoginPreflight::new(run, login, Os::Linux, Reading::Common).unwrap();
/// let codes: Vec<_> = preflight.problems().map(|p| p.code()).collect();
/// assert_eq!(codes, ["password_with_keys"]);
/// let problem = preflight.problems().next().unwrap();
/// assert_eq!(problem.api_error_code(run), Some("InvalidParameterCombination"));
/// assert_eq!(problem.parameter(run), "LoginSettings.KeyIds");
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct LoginSettings<'a> {
    password: Option<&'a str>,
    key_count: usize,
    keep_image_login: bool,
    auto_generate_password: Option<bool>,
}

impl<'a> LoginSettings<'a> {
    /// No setting at all: the API makes a password up and sends it by
    /// message (CVM, Auto Scaling), or lets the user set one later
    /// (Lighthouse).
    pub const fn new() -> Self {
        LoginSettings {
            password: None,
            key_count: 0,
            keep_image_login: false,
            auto_generate_password: None,
        }
    }

    /// `Password`.
    #[must_use]
    pub const fn with_password(self, password: &'a str) -> Self {
        LoginSettings {
            password: Some(password),
            ..self
        }
    }

    /// `KeyIds`, by their number.
    #[must_use]
    pub const fn with_key_count(self, count: usize) -> Self {
        LoginSettings {
            key_count: count,
            ..self
        }
    }

    /// `KeepImageLogin` (CVM and Auto Scaling): `true` keeps the image's
    /// own login settings.
    #[must_use]
    pub const fn with_keep_image_login(self, keep: bool) -> Self {
        LoginSettings {
            keep_image_login: keep,
            ..self
        }
    }

    /// `AutoGeneratePassword` (Lighthouse): `true` for `YES`, `false` for
    /// `NO`.
    #[must_use]
    pub const fn with_auto_generate_password(self, generate: bool) -> Self {
        LoginSettings {
            auto_generate_password: Some(generate),
            ..self
        }
    }

    /// The password, if set.
    pub const fn password(&self) -> Option<&'a str> {
        self.password
    }

    /// How many keys.
    pub const fn key_count(&self) -> usize {
        self.key_count
    }

    /// Whether `KeepImageLogin` is set.
    pub const fn keep_image_login(&self) -> bool {
        self.keep_image_login
    }

    /// `AutoGeneratePassword`: `Some(true)` for `YES`, `Some(false)` for
    /// `NO`, `None` when absent.
    pub const fn auto_generate_password(&self) -> Option<bool> {
        self.auto_generate_password
    }
}

/// The password is never shown, only whether there is one.
impl fmt::Debug for LoginSettings<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginSettings")
            .field("password_given", &self.password.is_some())
            .field("key_count", &self.key_count)
            .field("keep_image_login", &self.keep_image_login)
            .field("auto_generate_password", &self.auto_generate_password)
            .finish()
    }
}

/// One problem of a request's login settings, found by
/// [`LoginPreflight::problems`]. Its API error code and parameter depend on
/// the API, which [`LoginProblem::api_error_code`] and
/// [`LoginProblem::parameter`] take. It holds figures only, never a
/// character of the password.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoginProblem {
    /// `AutoGeneratePassword` is `NO` and there is no `Password`.
    MissingPassword,
    /// `AutoGeneratePassword` is `YES` and there is a `Password`.
    PasswordWithAutoGenerate,
    /// `AutoGeneratePassword` is `YES` on an API that refuses it
    /// (`lighthouse:ResetInstance`).
    AutoGenerateUnsupported,
    /// The password breaks a rule of the API's policy for the OS.
    Password(Violation),
    /// A warning about an accepted password.
    PasswordWarning(Warning),
    /// A warning: a password for a Linux (or Ubuntu) instance, where the API also lists
    /// a code refusing passwords at the creation of Linux instances
    /// (`lighthouse:CreateInstances`); its reference states the Linux rules
    /// all the same, so the two disagree.
    LinuxPasswordAtCreation,
    /// `KeyIds` together with a `Password`.
    PasswordWithKeys,
    /// More `KeyIds` than the API allows.
    #[non_exhaustive]
    TooManyKeys {
        /// How many the request holds.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// `KeyIds` for a Windows instance, which takes none.
    KeysOnWindows,
    /// A warning: `KeyIds`, and the OS is not known, so whether it is
    /// Windows, which takes no keys, is not checked.
    KeysOnUnknownOs,
    /// `KeepImageLogin` together with a `Password` or `KeyIds`.
    KeepImageLoginWithCredentials,
}

impl LoginProblem {
    /// The stable `snake_case` code. A password problem has the code of
    /// its [`Violation`] or [`Warning`].
    pub const fn code(&self) -> &'static str {
        match self {
            LoginProblem::MissingPassword => "missing_password",
            LoginProblem::PasswordWithAutoGenerate => "password_with_auto_generate",
            LoginProblem::AutoGenerateUnsupported => "auto_generate_unsupported",
            LoginProblem::Password(v) => v.code(),
            LoginProblem::PasswordWarning(w) => w.code(),
            LoginProblem::LinuxPasswordAtCreation => "linux_password_at_creation",
            LoginProblem::PasswordWithKeys => "password_with_keys",
            LoginProblem::TooManyKeys { .. } => "too_many_keys",
            LoginProblem::KeysOnWindows => "keys_on_windows",
            LoginProblem::KeysOnUnknownOs => "keys_on_unknown_os",
            LoginProblem::KeepImageLoginWithCredentials => "keep_image_login_with_credentials",
        }
    }

    /// [`Severity::Error`] when the server would refuse the request,
    /// [`Severity::Warning`] otherwise.
    pub const fn severity(&self) -> Severity {
        match self {
            LoginProblem::PasswordWarning(_)
            | LoginProblem::LinuxPasswordAtCreation
            | LoginProblem::KeysOnUnknownOs => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The error code `api` answers, as the vendor lists it for that API:
    /// `None` for a warning, and for an error the vendor ties to no code of
    /// that API (keys on Windows in Auto Scaling and Lighthouse, too many
    /// keys, a missing password in Lighthouse).
    pub fn api_error_code(&self, api: &Api) -> Option<&'static str> {
        let style = api.login_rules()?;
        match self {
            LoginProblem::Password(_) => api.password_error_code(),
            LoginProblem::PasswordWithAutoGenerate
            | LoginProblem::PasswordWithKeys
            | LoginProblem::KeepImageLoginWithCredentials => Some(style.conflict),
            LoginProblem::AutoGenerateUnsupported => {
                Some("UnsupportedOperation.OperationNotSupportAutoGeneratePassword")
            }
            LoginProblem::KeysOnWindows => style.keys_on_windows,
            _ => None,
        }
    }

    /// The parameter concerned, by its path in `api`'s request, such as
    /// `LoginSettings.KeyIds`.
    pub fn parameter(&self, api: &Api) -> &'static str {
        let configuration_object = api
            .login_rules()
            .is_some_and(|s| s.object == LoginObject::Configuration);
        let (settings, configuration) = match self {
            LoginProblem::MissingPassword
            | LoginProblem::Password(_)
            | LoginProblem::PasswordWarning(_)
            | LoginProblem::LinuxPasswordAtCreation => {
                ("LoginSettings.Password", "LoginConfiguration.Password")
            }
            LoginProblem::PasswordWithAutoGenerate | LoginProblem::AutoGenerateUnsupported => (
                "LoginSettings.AutoGeneratePassword",
                "LoginConfiguration.AutoGeneratePassword",
            ),
            LoginProblem::PasswordWithKeys
            | LoginProblem::TooManyKeys { .. }
            | LoginProblem::KeysOnWindows
            | LoginProblem::KeysOnUnknownOs => {
                ("LoginSettings.KeyIds", "LoginConfiguration.KeyIds")
            }
            LoginProblem::KeepImageLoginWithCredentials => (
                "LoginSettings.KeepImageLogin",
                "LoginConfiguration.KeepImageLogin",
            ),
        };
        if configuration_object {
            configuration
        } else {
            settings
        }
    }

    /// The message in `lang`.
    pub const fn message(self, lang: Lang) -> Message<LoginProblem> {
        Message::new(self, lang)
    }

    /// Its figures, by name: a password problem's are its violation's or
    /// warning's; `count` and `max` of too many keys.
    pub const fn figures(&self) -> Figures {
        match *self {
            LoginProblem::Password(v) => v.figures(),
            LoginProblem::PasswordWarning(w) => w.figures(),
            LoginProblem::TooManyKeys { count, max } => {
                Figures::two(("count", Figure::Count(count)), ("max", Figure::Count(max)))
            }
            _ => Figures::NONE,
        }
    }
}

/// The English message.
impl fmt::Display for LoginProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.message(Lang::En), f)
    }
}

/// The login settings of one request to `api`, for instances of one OS,
/// checked: every problem at once, without allocating.
///
/// - The password follows `api`'s policy for the OS in the reading asked
///   ([`Api::check`]). An unknown OS is the strictest: the rules of every
///   OS apply. (The instances a request creates share one image, so one
///   OS.)
/// - Keys for a Windows instance are an error; for an unknown OS, a
///   warning, since keys are the usual way into Linux and refusing them on
///   a guess would refuse most requests.
/// - The region is not checked: the crate holds the region list of
///   `cvm:ResetInstancesPassword` only.
///
/// ```
/// use cvm_password::{Api, LoginPreflight, LoginSettings, Os, Reading};
///
/// let create = Api::from_name("lighthouse:CreateInstances").unwrap();
/// let login = LoginSettings::new().with_auto_generate_password(false);
/// let preflight = LoginPreflight::new(create, login, Os::Windows, Reading::Common).unwrap();
/// let problem = preflight.problems().next().unwrap();
/// assert_eq!(problem.code(), "missing_password");
/// assert_eq!(problem.parameter(create), "LoginConfiguration.Password");
/// assert!(!preflight.is_ok());
///
/// // Only the APIs with login settings have this pre-flight.
/// assert!(LoginPreflight::new(Api::DEFAULT, login, Os::Linux, Reading::Common).is_none());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct LoginPreflight<'a> {
    api: &'static Api,
    login: LoginSettings<'a>,
    os: Os,
    style: LoginRules,
    password: Option<ApiVerdict>,
}

impl<'a> LoginPreflight<'a> {
    /// The APIs with login settings, in the order of [`Api::ALL`].
    pub fn apis() -> impl Iterator<Item = &'static Api> {
        Api::ALL.iter().filter(|api| api.login_rules().is_some())
    }

    /// Every error code the login settings of `api` can give: its
    /// password's ([`Api::password_error_code`]), then those of the
    /// settings, each once.
    ///
    /// ```
    /// use cvm_password::{Api, LoginPreflight};
    ///
    /// let run = Api::from_name("cvm:RunInstances").unwrap();
    /// let codes: Vec<_> = LoginPreflight::api_error_codes(run).collect();
    /// assert_eq!(codes, [
    ///     "InvalidParameterValue.InvalidPassword",
    ///     "InvalidParameterCombination",
    ///     "UnsupportedOperation.KeyPairUnsupportedWindows",
    /// ]);
    /// ```
    pub fn api_error_codes(api: &Api) -> impl Iterator<Item = &'static str> {
        let Some(style) = api.login_rules() else {
            return [None; 3].into_iter().flatten();
        };
        let generate = style
            .refuses_auto_generate
            .then(|| LoginProblem::AutoGenerateUnsupported.api_error_code(api))
            .flatten();
        let settings = generate.or(style.keys_on_windows);
        [api.password_error_code(), Some(style.conflict), settings]
            .into_iter()
            .flatten()
    }

    /// Checks `login`, the login settings of a request to `api` for
    /// instances of `os`. `None` when `api` has no login settings this
    /// crate knows (see [`LoginPreflight::apis`]).
    pub fn new(
        api: &'static Api,
        login: LoginSettings<'a>,
        os: Os,
        reading: Reading,
    ) -> Option<LoginPreflight<'a>> {
        let style = api.login_rules()?;
        let password = login
            .password
            .map(|password| api.check(password, [os], None, reading));
        Some(LoginPreflight {
            api,
            login,
            os,
            style,
            password,
        })
    }

    /// The API.
    pub const fn api(&self) -> &'static Api {
        self.api
    }

    /// The OS of the instances.
    pub const fn os(&self) -> Os {
        self.os
    }

    /// The login settings checked.
    pub const fn login(&self) -> LoginSettings<'a> {
        self.login
    }

    /// Whether the server would accept the login settings: no error.
    pub fn is_ok(&self) -> bool {
        !self.problems().any(|p| p.severity() == Severity::Error)
    }

    /// Every problem, errors and warnings, in the order of the parameters:
    /// `AutoGeneratePassword`, `Password`, `KeyIds`, `KeepImageLogin`.
    pub fn problems(&self) -> LoginProblems {
        let login = self.login;
        let style = self.style;
        let mut structural = [None; 3];
        let mut pre = [None; 2];
        match login.auto_generate_password {
            Some(true) if style.refuses_auto_generate => {
                pre[0] = Some(LoginProblem::AutoGenerateUnsupported);
            }
            Some(true) if login.password.is_some() => {
                pre[0] = Some(LoginProblem::PasswordWithAutoGenerate);
            }
            Some(false) if login.password.is_none() => {
                pre[0] = Some(LoginProblem::MissingPassword);
            }
            _ => {}
        }
        // Lighthouse's `LINUX_UNIX` platform: Ubuntu is one of its images.
        if login.password.is_some()
            && matches!(self.os, Os::Linux | Os::Ubuntu)
            && style.disputes_linux_password
        {
            pre[1] = Some(LoginProblem::LinuxPasswordAtCreation);
        }
        if login.key_count > 0 {
            if login.password.is_some() {
                structural[0] = Some(LoginProblem::PasswordWithKeys);
            }
            if let Some(max) = style.max_keys.filter(|max| login.key_count > *max) {
                structural[1] = Some(LoginProblem::TooManyKeys {
                    count: login.key_count,
                    max,
                });
            }
            structural[2] = match self.os {
                Os::Windows => Some(LoginProblem::KeysOnWindows),
                Os::Unknown => Some(LoginProblem::KeysOnUnknownOs),
                _ => None,
            };
        }
        let keep = (login.keep_image_login && (login.password.is_some() || login.key_count > 0))
            .then_some(LoginProblem::KeepImageLoginWithCredentials);
        let (violations, warnings) = match self.password.map(|v| v.result()) {
            Some(Err(rejected)) => (Some(rejected.violations()), None),
            Some(Ok(_)) => (None, self.password.map(|v| v.warnings())),
            None => (None, None),
        };
        LoginProblems {
            pre,
            violations,
            warnings,
            structural,
            keep,
            stage: 0,
        }
    }
}

/// The problems of a [`LoginPreflight`], in order.
#[derive(Clone, Debug)]
pub struct LoginProblems {
    pre: [Option<LoginProblem>; 2],
    violations: Option<Violations>,
    warnings: Option<Warnings>,
    structural: [Option<LoginProblem>; 3],
    keep: Option<LoginProblem>,
    stage: usize,
}

impl Iterator for LoginProblems {
    type Item = LoginProblem;

    fn next(&mut self) -> Option<LoginProblem> {
        loop {
            let found = match self.stage {
                0 => self.pre[0].take(),
                1 => self
                    .violations
                    .as_mut()
                    .and_then(Iterator::next)
                    .map(LoginProblem::Password),
                2 => self
                    .warnings
                    .as_mut()
                    .and_then(Iterator::next)
                    .map(LoginProblem::PasswordWarning),
                3 => self.pre[1].take(),
                4..=6 => self
                    .structural
                    .get_mut(self.stage - 4)
                    .and_then(Option::take),
                7 => self.keep.take(),
                _ => return None,
            };
            match found {
                Some(problem) => {
                    // The password's violations and warnings come one by one.
                    if !(1..=2).contains(&self.stage) {
                        self.stage += 1;
                    }
                    return Some(problem);
                }
                None => self.stage += 1,
            }
        }
    }
}

impl FusedIterator for LoginProblems {}
