//! One finding of a check or a pre-flight, whatever found it: the one shape
//! every front end shows.

use core::fmt;

use crate::api::{Api, ApiVerdict};
use crate::generate::GenerateError;
use crate::message::{Key, Lang, Message, Out, Said};
use crate::policy::{Figures, Violation, Warning, Warnings};
use crate::request::{
    is_instance_id, LoginPreflight, LoginProblem, Parameter, Preflight, Problem, Severity,
};

/// One finding, error or warning: a violation or warning of a password's
/// check ([`ApiVerdict::findings`]), or a problem of a request's
/// pre-flight, with the API it was found for, which decides its API error
/// code and parameter.
///
/// Every front end shows these fields and no others: the code, the
/// severity, the API error code, the message, the figures by name, and for
/// a request the parameter and the instance concerned.
///
/// ```
/// use cvm_password::{Api, Lang, Os, Reading, Severity};
///
/// let verdict = Api::DEFAULT.check("abc", [Os::Linux], None, Reading::Common);
/// let first = verdict.findings().next().unwrap();
/// assert_eq!(first.code(), "too_short");
/// assert_eq!(first.severity(), Severity::Error);
/// assert_eq!(first.api_error_code(), Some("InvalidParameterValue.InvalidPassword"));
/// assert_eq!(first.message(Lang::En).to_string(), "password is too short: 3 characters, at least 8 required");
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    api: &'static Api,
    kind: Kind,
    /// The id concerned, when well-formed: a malformed one may be anything,
    /// a password pasted in the wrong place included.
    instance_id: Option<InstanceId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Violation(Violation),
    Warning(Warning),
    Request(Problem),
    Login(LoginProblem),
    Generate(GenerateError),
}

/// A well-formed instance id, `ins-` and 8 lowercase letters or digits,
/// held without allocating.
#[derive(Clone, Copy, PartialEq, Eq)]
struct InstanceId([u8; 12]);

impl Finding {
    /// A problem of a `ResetInstancesPassword` request, naming the
    /// instance `id` concerned where it is well-formed.
    fn request(problem: Problem, id: Option<&str>) -> Finding {
        let instance_id = match id.map(|id| (id, id.as_bytes().try_into())) {
            Some((id, Ok(bytes))) if is_instance_id(id) => Some(InstanceId(bytes)),
            _ => None,
        };
        Finding {
            api: Api::DEFAULT,
            kind: Kind::Request(problem),
            instance_id,
        }
    }

    /// Every API error code a finding for `api` can have: those of a
    /// `ResetInstancesPassword` pre-flight ([`Problem::api_error_codes`]),
    /// those of login settings ([`LoginPreflight::api_error_codes`]) for
    /// an API that has them, and otherwise the code of a refused password
    /// ([`Api::password_error_code`]), if any.
    ///
    /// [`LoginPreflight::api_error_codes`]: crate::LoginPreflight::api_error_codes
    ///
    /// ```
    /// use cvm_password::{Api, Finding};
    ///
    /// let emr = Api::from_name("emr:CreateCluster").unwrap();
    /// assert_eq!(Finding::api_error_codes(emr).collect::<Vec<_>>(), ["InvalidParameter.InvalidPassword"]);
    /// ```
    pub fn api_error_codes(api: &Api) -> impl Iterator<Item = &'static str> {
        let reset = (*api == *Api::DEFAULT).then(Problem::api_error_codes);
        let login = (*api != *Api::DEFAULT && api.parameters().is_some())
            .then(|| crate::request::LoginPreflight::api_error_codes(api));
        let password = (api.parameters().is_none())
            .then(|| api.password_error_code())
            .flatten();
        reset
            .into_iter()
            .flatten()
            .chain(login.into_iter().flatten())
            .chain(password)
    }

    /// The API it was found for.
    pub const fn api(&self) -> &'static Api {
        self.api
    }

    /// The stable `snake_case` code.
    pub const fn code(&self) -> &'static str {
        match &self.kind {
            Kind::Violation(v) => v.code(),
            Kind::Warning(w) => w.code(),
            Kind::Request(p) => p.code(),
            Kind::Login(p) => p.code(),
            Kind::Generate(e) => e.code(),
        }
    }

    /// Error or warning.
    pub const fn severity(&self) -> Severity {
        match &self.kind {
            Kind::Violation(_) | Kind::Generate(_) => Severity::Error,
            Kind::Warning(_) => Severity::Warning,
            Kind::Request(p) => p.severity(),
            Kind::Login(p) => p.severity(),
        }
    }

    /// The error code the API answers, as the vendor lists it: `None` for
    /// a warning, and for an error the vendor ties to no code.
    pub fn api_error_code(&self) -> Option<&'static str> {
        match &self.kind {
            Kind::Violation(_) => self.api.password_error_code(),
            Kind::Warning(_) | Kind::Generate(_) => None,
            Kind::Request(p) => p.api_error_code(),
            Kind::Login(p) => p.api_error_code(self.api),
        }
    }

    /// The message in `lang`.
    pub const fn message(self, lang: Lang) -> Message<Finding> {
        Message::new(self, lang)
    }

    /// Its figures, by name ([`Violation::figures`], [`Problem::figures`]...).
    pub const fn figures(&self) -> Figures {
        match &self.kind {
            Kind::Violation(v) => v.figures(),
            Kind::Warning(w) => w.figures(),
            Kind::Request(p) => p.figures(),
            Kind::Login(p) => p.figures(),
            Kind::Generate(e) => e.figures(),
        }
    }

    /// The request parameter concerned, such as `InstanceIds.3` or
    /// `LoginSettings.KeyIds`: a pre-flight's findings only.
    pub fn parameter(&self) -> Option<Parameter> {
        match &self.kind {
            Kind::Violation(_) | Kind::Warning(_) | Kind::Generate(_) => None,
            Kind::Request(p) => p.parameter(),
            Kind::Login(p) => Some(Parameter::named(p.parameter(self.api))),
        }
    }

    /// The position in `InstanceIds` of the instance concerned, if any.
    pub const fn instance_index(&self) -> Option<usize> {
        match &self.kind {
            Kind::Request(p) => p.instance_index(),
            _ => None,
        }
    }

    /// The id of the instance concerned, if any, and only a well-formed
    /// one.
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id
            .as_ref()
            .and_then(|id| core::str::from_utf8(&id.0).ok())
    }

    /// The violation of a checked password.
    pub const fn violation(&self) -> Option<Violation> {
        match self.kind {
            Kind::Violation(v) => Some(v),
            _ => None,
        }
    }

    /// The warning of a checked password.
    pub const fn warning(&self) -> Option<Warning> {
        match self.kind {
            Kind::Warning(w) => Some(w),
            _ => None,
        }
    }

    /// The problem, for a `ResetInstancesPassword` request.
    pub const fn problem(&self) -> Option<Problem> {
        match self.kind {
            Kind::Request(p) => Some(p),
            _ => None,
        }
    }

    /// The problem, for a request with login settings.
    pub const fn login_problem(&self) -> Option<LoginProblem> {
        match self.kind {
            Kind::Login(p) => Some(p),
            _ => None,
        }
    }
}

impl Said for Finding {
    fn key(&self) -> Key {
        match &self.kind {
            Kind::Violation(v) => v.key(),
            Kind::Warning(w) => w.key(),
            Kind::Request(p) => p.key(),
            Kind::Login(p) => p.key(),
            Kind::Generate(e) => e.key(),
        }
    }

    fn figure(&self, name: &str, out: &mut Out<'_>) {
        match &self.kind {
            Kind::Violation(v) => v.figure(name, out),
            Kind::Warning(w) => w.figure(name, out),
            Kind::Request(p) => p.figure(name, out),
            Kind::Login(p) => p.figure(name, out),
            Kind::Generate(e) => e.figure(name, out),
        }
    }
}

/// A generator's error as a finding, of no API: an error, without an API
/// error code, so that a front end shows it as it shows any other.
impl From<GenerateError> for Finding {
    fn from(error: GenerateError) -> Finding {
        Finding {
            api: Api::DEFAULT,
            kind: Kind::Generate(error),
            instance_id: None,
        }
    }
}

/// The English message.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.message(Lang::En), f)
    }
}

/// Its code, API, and kind's figures; an instance id is no secret.
impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finding")
            .field("api", &self.api.name())
            .field("kind", &self.kind)
            .field("instance_id", &self.instance_id())
            .finish()
    }
}

impl ApiVerdict {
    /// Its violations, or for an accepted password its warnings, as
    /// [`Finding`]s: what every front end shows of a check.
    pub fn findings(&self) -> Findings {
        Findings {
            api: self.api(),
            violations: self.violations(),
            warnings: self.warnings(),
        }
    }
}

/// The findings of an [`ApiVerdict`], in order.
#[derive(Clone, Debug)]
pub struct Findings {
    api: &'static Api,
    violations: Option<crate::policy::Violations>,
    warnings: Warnings,
}

impl Iterator for Findings {
    type Item = Finding;

    fn next(&mut self) -> Option<Finding> {
        let kind = match self.violations.as_mut().and_then(Iterator::next) {
            Some(v) => Kind::Violation(v),
            None => Kind::Warning(self.warnings.next()?),
        };
        Some(Finding {
            api: self.api,
            kind,
            instance_id: None,
        })
    }
}

impl core::iter::FusedIterator for Findings {}

impl<Id: AsRef<str>> Preflight<'_, Id> {
    /// Its problems as [`Finding`]s, each naming the instance concerned
    /// where its id is well-formed: what every front end shows of a
    /// pre-flight.
    ///
    /// ```
    /// use cvm_password::Request;
    ///
    /// let ids = ["ins-r8hr2upy", "ins-r8hr2upy"];
    /// let preflight = Request::new(&ids).with_password("abc123ABC!@#").preflight();
    /// let repeated = preflight.findings().next().unwrap();
    /// assert_eq!(repeated.code(), "duplicate_instance_id");
    /// assert_eq!(repeated.instance_id(), Some("ins-r8hr2upy"));
    /// ```
    pub fn findings(&self) -> impl Iterator<Item = Finding> + '_ {
        let ids = self.request().instance_ids();
        self.problems().map(move |problem| {
            let id = problem.instance_index().and_then(|i| ids.get(i));
            Finding::request(problem, id.map(AsRef::as_ref))
        })
    }
}

impl LoginPreflight<'_> {
    /// Its problems as [`Finding`]s: what every front end shows of a
    /// pre-flight.
    pub fn findings(&self) -> impl Iterator<Item = Finding> + '_ {
        let api = self.api();
        self.problems().map(move |problem| Finding {
            api,
            kind: Kind::Login(problem),
            instance_id: None,
        })
    }
}
