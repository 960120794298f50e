//! Every Tencent Cloud API that sets an instance login password: the rules
//! each one documents, where it documents them, and how they combine.
//!
//! The rules come from the vendor's machine-readable metadata, the `tccli`
//! package (pinned at 3.1.189.1): each API cites the file and parameter it
//! reads and a fingerprint of the rule text ([`Source::fingerprint`]), never
//! the text itself. Where the vendor's sources disagree (the launch-side
//! APIs against the CVM password page), what every source refuses is an
//! error and what only some refuse is a warning, `disputed_rule`, an error
//! in the strict reading ([`Reading::Strict`]).

mod body;
mod source;
mod table;
mod verdict;

pub(crate) use self::body::{LoginObject, LoginRules};
pub use self::source::{Citation, Source, Unmapped};
pub use self::verdict::ApiVerdict;

use self::body::Body;

use crate::generate::Generator;
use crate::policy::{Dispute, Os, Policy};
use crate::rules::Rules;

/// One API that sets an instance login password, named `service:Action`
/// with the endpoint's service name (`cvm:RunInstances`, `as:CreateLaunchConfiguration`).
///
/// ```
/// use cvm_password::{Api, Family, Os, Reading};
///
/// let run = Api::from_name("cvm:RunInstances").unwrap();
/// assert_eq!(run.family(), Family::CvmLogin);
///
/// // `_` is one of the 30 specials of the CVM password page, but not of the
/// // RunInstances reference: a warning by default, an error when strict.
/// let verdict = run.check("abc123ABC_xyz", [Os::Linux], None, Reading::Common);
/// assert!(verdict.is_ok());
/// let codes: Vec<_> = verdict.warnings().map(|w| w.code()).collect();
/// assert_eq!(codes, ["disputed_rule"]);
/// assert!(!run.check("abc123ABC_xyz", [Os::Linux], None, Reading::Strict).is_ok());
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Api {
    name: &'static str,
    family: Family,
    mix: Mix,
    takes_username: bool,
    password_error_code: Option<&'static str>,
    sources: &'static [Source],
    disputes: &'static [Dispute],
    body: Option<&'static Body>,
}

/// How the rules of disagreeing sources combine into a verdict.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reading {
    /// An error is what every source refuses, rule by rule; what only some
    /// refuse is a warning, `disputed_rule`. The default.
    #[default]
    Common,
    /// Whatever any source refuses is an error: the reading the generator
    /// always follows, so that every source accepts what it makes.
    Strict,
}

/// How an API's rules apply to a batch of instances of several OSes.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mix {
    /// The vendor says: one Windows instance, or an unknown OS, and the
    /// Windows rules apply to all.
    Windows,
    /// The vendor says nothing: the rules of every OS in the batch, merged
    /// into the strictest ([`Policy::merge`]); an unknown OS counts as both.
    Strictest,
}

/// The families of rules in docs/SPEC.md section 9: APIs of one family
/// document the same rules. SPEC names them by letter, A to I
/// ([`Family::letter`]).
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// A: resetting a password, CVM's, Lighthouse's and HAI's
    /// `ResetInstancesPassword`, and bdrc's copies: the rules of the CVM
    /// password page.
    Reset,
    /// B: Lighthouse creating or reinstalling an instance.
    LighthouseLogin,
    /// C: CVM login settings: `RunInstances`, `ResetInstance`, launch
    /// templates, TKE and THPC nodes.
    CvmLogin,
    /// D: Auto Scaling launch configurations.
    AutoScaling,
    /// E: Batch compute environments and jobs.
    Batch,
    /// F: ECM resetting a password.
    EcmReset,
    /// G: ECM creating instances.
    EcmCreate,
    /// H: bare metal reinstalling an OS.
    BareMetal,
    /// I: EMR cluster nodes.
    Emr,
}

impl Family {
    /// Every family, in SPEC's order.
    pub const ALL: [Family; 9] = [
        Family::Reset,
        Family::LighthouseLogin,
        Family::CvmLogin,
        Family::AutoScaling,
        Family::Batch,
        Family::EcmReset,
        Family::EcmCreate,
        Family::BareMetal,
        Family::Emr,
    ];

    /// The `snake_case` name: `reset`, `cvm_login`, `emr`...
    pub const fn name(self) -> &'static str {
        match self {
            Family::Reset => "reset",
            Family::LighthouseLogin => "lighthouse_login",
            Family::CvmLogin => "cvm_login",
            Family::AutoScaling => "auto_scaling",
            Family::Batch => "batch",
            Family::EcmReset => "ecm_reset",
            Family::EcmCreate => "ecm_create",
            Family::BareMetal => "bare_metal",
            Family::Emr => "emr",
        }
    }

    /// The letter docs/SPEC.md names it by, `A` to `I`.
    pub const fn letter(self) -> char {
        match self {
            Family::Reset => 'A',
            Family::LighthouseLogin => 'B',
            Family::CvmLogin => 'C',
            Family::AutoScaling => 'D',
            Family::Batch => 'E',
            Family::EcmReset => 'F',
            Family::EcmCreate => 'G',
            Family::BareMetal => 'H',
            Family::Emr => 'I',
        }
    }

    /// Whether its rules are the CVM password page's, or a launch-side
    /// reading of them (families A to D): what a password whose API is not
    /// known yet must meet ([`Api::portable_policy`]).
    pub const fn is_portable(self) -> bool {
        matches!(
            self,
            Family::Reset | Family::LighthouseLogin | Family::CvmLogin | Family::AutoScaling
        )
    }
}

impl Api {
    /// Every API this crate knows the rules of, by family, then name.
    pub const ALL: &'static [Api] = &table::APIS;

    /// The OS-login password parameters of the pinned metadata that state
    /// no rule, each with why it is not mapped.
    pub const UNMAPPED: &'static [Unmapped] = &table::UNMAPPED;

    /// `cvm:ResetInstancesPassword`, the default everywhere: the table's
    /// first entry (an index checked when compiling).
    pub const DEFAULT: &'static Api = &table::APIS[0];

    /// The API called `name` (`service:Action`, compared exactly).
    pub fn from_name(name: &str) -> Option<&'static Api> {
        Api::ALL.iter().find(|api| api.name == name)
    }

    /// `service:Action`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Its family of rules.
    pub const fn family(&self) -> Family {
        self.family
    }

    /// How its rules apply to a batch of several OSes.
    pub const fn mix(&self) -> Mix {
        self.mix
    }

    /// Whether the API takes a `UserName`. One that does not sets the
    /// default administrator's password, so its username rule looks for
    /// `Administrator` whatever name a caller passes.
    pub const fn takes_username(&self) -> bool {
        self.takes_username
    }

    /// The error code the API answers for a password it refuses, whatever
    /// the rule: the code its reference lists (the vendor's Go SDK lists
    /// each API's codes above its function), or `None` where it lists no
    /// code for a password. Most answer
    /// [`INVALID_PASSWORD`](crate::INVALID_PASSWORD), as
    /// [`Violation::api_error_code`](crate::Violation::api_error_code)
    /// says; ECM spells it `InvalidParameterValue.InvaildPassword`, EMR
    /// `InvalidParameter.InvalidPassword`.
    ///
    /// ```
    /// use cvm_password::{Api, INVALID_PASSWORD};
    ///
    /// assert_eq!(Api::DEFAULT.password_error_code(), Some(INVALID_PASSWORD));
    /// let ecm = Api::from_name("ecm:RunInstances").unwrap();
    /// assert_eq!(ecm.password_error_code(), Some("InvalidParameterValue.InvaildPassword"));
    /// let batch = Api::from_name("batch:SubmitJob").unwrap();
    /// assert_eq!(batch.password_error_code(), None);
    /// ```
    pub const fn password_error_code(&self) -> Option<&'static str> {
        self.password_error_code
    }

    /// Where its rules come from: one source or several.
    pub const fn sources(&self) -> &'static [Source] {
        self.sources
    }

    /// The rules its sources disagree on, and who says what.
    pub const fn disputes(&self) -> &'static [Dispute] {
        self.disputes
    }

    /// The top-level parameters of its request body, as its reference
    /// documents them, `Region` aside, for an API whose body the
    /// pre-flight reads; `None` for the others.
    ///
    /// ```
    /// use cvm_password::Api;
    ///
    /// let reset = Api::DEFAULT.parameters().unwrap();
    /// assert_eq!(reset, ["InstanceIds", "Password", "UserName", "ForceStop"]);
    /// assert_eq!(Api::from_name("emr:CreateCluster").unwrap().parameters(), None);
    /// ```
    pub const fn parameters(&self) -> Option<&'static [&'static str]> {
        match self.body {
            Some(body) => Some(body.parameters),
            None => None,
        }
    }

    /// What it says of its login settings, for an API that creates or
    /// reinstalls instances and whose body the pre-flight reads.
    pub(crate) const fn login_rules(&self) -> Option<LoginRules> {
        match self.body {
            Some(body) => body.login,
            None => None,
        }
    }

    /// The policy for a batch of `targets`, in `reading`: for
    /// [`Reading::Strict`] every source's rules merged into the strictest;
    /// for [`Reading::Common`] each rule as the most lenient source has it,
    /// with the strict reading's recommended length. (The common reading's
    /// verdict compares each source's own verdict, which this one policy
    /// cannot always say: a category one source counts and another refuses
    /// as a disallowed character may satisfy the lenient count; see
    /// [`Api::check`].)
    pub fn policy<I>(&self, targets: I, reading: Reading) -> Policy
    where
        I: IntoIterator<Item = Os>,
    {
        self.policy_of(Batch::of(targets), reading)
    }

    fn policy_of(&self, batch: Batch, reading: Reading) -> Policy {
        let (linux, windows) = self.oses(batch);
        let mut sources = self.sources.iter().map(|s| s.policy_for(linux, windows));
        let Some(first) = sources.next() else {
            return Policy::WINDOWS;
        };
        let strict = sources.clone().fold(first, Policy::merge);
        match reading {
            Reading::Strict => strict,
            Reading::Common => sources
                .fold(first, Policy::loosen)
                .with_recommended_min_length(strict.recommended_min_length()),
        }
    }

    /// Checks `password` for a batch of `targets`, in `reading`.
    ///
    /// In [`Reading::Common`], the errors are the violations every source
    /// gives (with the figures of the lenient policy where it gives them
    /// all, else of the first source that refuses); a
    /// password no rule of which every source refuses is accepted, with a
    /// [`Warning::DisputedRule`](crate::Warning::DisputedRule) for each
    /// rule some source refuses. A password refused in the common reading
    /// reports the errors only. In [`Reading::Strict`], the verdict of the
    /// merged policy: accepted exactly when every source accepts.
    ///
    /// `username` is ignored where the API [takes none](Api::takes_username).
    ///
    pub fn check<I>(
        &self,
        password: &str,
        targets: I,
        username: Option<&str>,
        reading: Reading,
    ) -> ApiVerdict
    where
        I: IntoIterator<Item = Os>,
    {
        self.check_batch(password, Batch::of(targets), username, reading)
    }

    // Apart from `check`, so that each caller's iterator type compiles
    // only `Batch::of` again, not the whole check.
    fn check_batch(
        &self,
        password: &str,
        batch: Batch,
        username: Option<&str>,
        reading: Reading,
    ) -> ApiVerdict {
        let username = username.filter(|_| self.takes_username);
        let policy = self.policy_of(batch, reading);
        if reading == Reading::Strict || self.sources.len() < 2 {
            return ApiVerdict::of(self.in_table(), policy, policy.check(password, username));
        }
        // Each source's own verdict: a rule is broken for every source, an
        // error, or for some, disputed. (The lenient policy alone would miss
        // a category that one source counts and another refuses as a
        // disallowed character.)
        let (linux, windows) = self.oses(batch);
        let mut refusals = [None, None];
        let mut every = u8::MAX;
        for (slot, source) in refusals.iter_mut().zip(self.distinct_sources()) {
            let refusal = source
                .policy_for(linux, windows)
                .check(password, username)
                .err();
            every &= refusal.map_or(0, |r| r.bits());
            *slot = refusal;
        }
        let lenient = policy.check(password, username);
        if every != 0 {
            // A rule every source refuses: an error, in the figures of the
            // lenient policy where it gives them all (what every source
            // counts, as a form highlights it), else of the first source.
            let common = lenient
                .err()
                .filter(|l| l.bits() & every == every)
                .and_then(|l| l.only(every))
                .or_else(|| refusals.iter().flatten().find_map(|r| r.only(every)));
            if let Some(common) = common {
                return ApiVerdict::of(self.in_table(), policy, Err(common));
            }
        }
        // No rule every source refuses: the lenient policy, each rule as
        // its most lenient source has it, accepts too, with a warning for
        // each rule a source refuses (none where none does).
        match lenient {
            Ok(accepted) => ApiVerdict::disputed(self.in_table(), policy, accepted, refusals),
            Err(lenient) => ApiVerdict::of(self.in_table(), policy, Err(lenient)),
        }
    }

    /// Each of its sources' rules for a batch of `targets`, each distinct
    /// set once (two at most in the table): what the common reading
    /// compares, for a form's `pattern` to say rule by rule.
    ///
    /// ```
    /// use cvm_password::{Api, Os};
    ///
    /// let run = Api::from_name("cvm:RunInstances").unwrap();
    /// let rules: Vec<_> = run.source_policies([Os::Linux]).collect();
    /// assert_eq!(rules.iter().map(|p| p.required_categories()).collect::<Vec<_>>(), [2, 3]);
    /// ```
    pub fn source_policies<I>(&self, targets: I) -> impl Iterator<Item = Policy>
    where
        I: IntoIterator<Item = Os>,
    {
        let (linux, windows) = self.oses(Batch::of(targets));
        self.distinct_sources()
            .map(move |source| source.policy_for(linux, windows))
    }

    /// Its sources, each set of rules once: two at most in the table.
    fn distinct_sources(&self) -> impl Iterator<Item = &'static Source> {
        let sources = self.sources;
        sources.iter().enumerate().filter_map(move |(i, source)| {
            let rules = |s: &Source| (s.linux(), s.windows());
            let seen = sources
                .iter()
                .take(i)
                .any(|earlier| rules(earlier) == rules(source));
            (!seen).then_some(source)
        })
    }

    /// The description of its rules for `targets` in `reading`.
    ///
    /// ```
    /// use cvm_password::{Api, Lang, Os, Reading};
    ///
    /// let batch = Api::from_name("batch:SubmitJob").unwrap();
    /// let rules = batch.rules([Os::Linux], Reading::Strict);
    /// let lines: Vec<String> = rules.summary().map(|r| r.message(Lang::En).to_string()).collect();
    /// assert_eq!(lines[0], "rules of batch:SubmitJob");
    /// assert_eq!(
    ///     lines[2],
    ///     "character classes: at least 2 of 3: letters of either case, digits, special characters",
    /// );
    /// ```
    pub fn rules<I>(&self, targets: I, reading: Reading) -> Rules
    where
        I: IntoIterator<Item = Os>,
    {
        Rules::of_api(self.policy(targets, reading), self.name)
    }

    /// Whether some API accepts `text` as a password, for any OS or for
    /// one alone: then an error about a value in the wrong place (an OS
    /// name, an API name, an option) must not repeat it, since that value
    /// may be a password, and errors end up in terminals and CI logs.
    ///
    /// ```
    /// use cvm_password::Api;
    ///
    /// assert!(Api::could_be_password("abc123ABC!@#"));
    /// assert!(!Api::could_be_password("windwos"));
    /// // An API's name mistyped may be one: 3 classes, 15 characters.
    /// assert!(Api::could_be_password("cvm:RunInstance"));
    /// ```
    pub fn could_be_password(text: &str) -> bool {
        // Every batch there is: Ubuntu's is Linux's, and no OS is Unknown's.
        [Os::Linux, Os::Windows, Os::Unknown].into_iter().any(|os| {
            let batch = Batch::of([os]);
            Api::ALL
                .iter()
                .any(|api| api.check_batch(text, batch, None, Reading::Common).is_ok())
        })
    }

    /// What every API of a [portable](Family::is_portable) family (A to D)
    /// accepts, in the strict reading: for a password whose API is not
    /// known yet. The default of the generator where no API is named.
    ///
    /// ```
    /// use cvm_password::{Api, Os, Reading};
    ///
    /// let portable = Api::portable_policy([Os::Linux]);
    /// let password = "abc123ABC!@#";
    /// assert!(portable.check(password, None).is_ok());
    /// for api in Api::ALL.iter().filter(|api| api.family().is_portable()) {
    ///     assert!(api.check(password, [Os::Linux], None, Reading::Strict).is_ok(), "{}", api.name());
    /// }
    /// ```
    pub fn portable_policy<I>(targets: I) -> Policy
    where
        I: IntoIterator<Item = Os>,
    {
        let batch = Batch::of(targets);
        Api::ALL
            .iter()
            .filter(|api| api.family.is_portable())
            .map(|api| api.policy_of(batch, Reading::Strict))
            .reduce(Policy::merge)
            .unwrap_or(Policy::WINDOWS)
    }

    /// The generator of passwords for `api` and a batch of `targets`, the
    /// one every front end uses: in the strict reading, so that every
    /// source accepts what it makes; without an API, the
    /// [portable policy](Api::portable_policy). `username` is avoided only
    /// where the API [takes one](Api::takes_username), as [`Api::check`]
    /// looks for it: another API sets the default administrator's password.
    ///
    /// ```
    /// # #[cfg(feature = "getrandom")] {
    /// use cvm_password::{Api, Os, Reading};
    ///
    /// let emr = Api::from_name("emr:CreateCluster").unwrap();
    /// let password = Api::generator_for(Some(emr), [Os::Linux], None).generate().unwrap();
    /// assert!(emr.check(&password, [Os::Linux], None, Reading::Strict).is_ok());
    /// # }
    /// ```
    pub fn generator_for<'a, I>(
        api: Option<&Api>,
        targets: I,
        username: Option<&'a str>,
    ) -> Generator<'a>
    where
        I: IntoIterator<Item = Os>,
    {
        let (policy, takes_username) = match api {
            Some(api) => (api.policy(targets, Reading::Strict), api.takes_username),
            None => (Api::portable_policy(targets), true),
        };
        let generator = policy.generator();
        match username.filter(|_| takes_username) {
            Some(name) => generator.username(name),
            None => generator,
        }
    }

    /// This API, as the entry of [`Api::ALL`] it is: no `Api` exists
    /// anywhere else (it has no constructor), so its address says which
    /// entry, without a search.
    fn in_table(&self) -> &'static Api {
        let offset = (core::ptr::from_ref(self) as usize).wrapping_sub(Api::ALL.as_ptr() as usize);
        Api::ALL
            .get(offset / core::mem::size_of::<Api>())
            .unwrap_or(Api::DEFAULT)
    }

    /// Which OSes' rules apply to `batch` under this API's mix rule:
    /// Linux's, Windows', or both.
    const fn oses(&self, batch: Batch) -> (bool, bool) {
        match self.mix {
            Mix::Windows if batch.windows => (false, true),
            _ => (batch.linux, batch.windows),
        }
    }
}

/// Which OSes a batch of instances may run: an unknown OS, or no instance
/// at all, may be either.
#[derive(Clone, Copy)]
struct Batch {
    linux: bool,
    windows: bool,
}

impl Batch {
    fn of<I: IntoIterator<Item = Os>>(targets: I) -> Batch {
        let (mut linux, mut windows, mut any) = (false, false, false);
        for os in targets {
            any = true;
            match os {
                Os::Windows => windows = true,
                Os::Linux | Os::Ubuntu => linux = true,
                _ => (linux, windows) = (true, true),
            }
        }
        if !any {
            (linux, windows) = (true, true);
        }
        Batch { linux, windows }
    }
}
