//! `Request::preflight`: every problem of a request at once, with no
//! allocation.

use core::fmt;
use core::iter::FusedIterator;

use super::instance::{is_instance_id, Instance, InstanceState};
use super::parameters::{Request, MAX_INSTANCE_IDS, MAX_USERNAME_LENGTH};
use super::problem::{Problem, Severity};
use super::region::Region;
use crate::policy::{Accepted, Os, Policy, Rejected, Violations, Warnings};

/// How many instance ids a pre-flight examines at most.
///
/// A request may hold at most [`MAX_INSTANCE_IDS`] (100), and a longer one
/// is reported `too_many_instance_ids` with its true count. Past this bound
/// the ids are not examined one by one, which keeps the cost of the
/// duplicate search bounded whatever the input; such ids count as
/// instances of unknown OS, so the Windows rules apply.
pub const ID_INSPECTION_LIMIT: usize = 1000;

/// The caller's knowledge of the instances: the [`Instance`] whose
/// `InstanceId` is the argument, or `None`.
type Facts<'a> = &'a dyn Fn(&str) -> Option<Instance>;

/// The `DefaultLoginUser` of the instance whose `InstanceId` is the
/// argument, where known.
type LoginUsers<'a> = &'a dyn Fn(&str) -> Option<&'a str>;

impl<'a, Id: AsRef<str>> Request<'a, Id> {
    /// Checks the request, knowing nothing of its instances.
    ///
    /// Every instance counts as one of unknown OS, so the password follows
    /// the Windows rules, the strictest; states are not checked. Use
    /// [`Request::preflight_with`] when `DescribeInstances` has told more.
    ///
    /// ```
    /// use cvm_password::{Policy, Request};
    ///
    /// let ids = ["ins-r8hr2upy"];
    /// let preflight = Request::new(&ids).with_password("Abcdef12").preflight();
    /// assert_eq!(preflight.policy(), Policy::WINDOWS);
    /// let codes: Vec<_> = preflight.problems().map(|p| p.code()).collect();
    /// assert_eq!(codes, ["too_short"]);
    /// ```
    pub fn preflight(&self) -> Preflight<'a, Id> {
        Preflight::new(*self, None)
    }

    /// Checks the request, knowing of each instance what `facts` returns for
    /// its id: its OS and its state, as `DescribeInstances` reports them.
    ///
    /// - The password follows the policy of the instances' OS mix
    ///   ([`Policy::for_targets`]): the Windows rules if any instance runs
    ///   Windows or an OS not known, else the Linux rules. An instance for
    ///   which `facts` returns `None` is of unknown OS, and reported
    ///   [`Problem::UndescribedInstance`]. A malformed id names no instance
    ///   and takes no part in the mix.
    /// - `facts` is asked only about the ids of the request; whatever else
    ///   it knows is ignored.
    ///
    /// ```
    /// use std::collections::HashMap;
    /// use cvm_password::{Instance, Policy, Request};
    ///
    /// let described = HashMap::from([
    ///     ("ins-r8hr2upy", Instance::from_os_name_and_state("TencentOS Server 3.1 (TK4)", "STOPPED")),
    ///     ("ins-5d8a23rs", Instance::from_os_name_and_state("Ubuntu Server 22.04 LTS 64bit", "RUNNING")),
    /// ]);
    /// let facts = |id: &str| described.get(id).copied();
    ///
    /// let ids = ["ins-r8hr2upy", "ins-5d8a23rs"];
    /// let request = Request::new(&ids).with_password("Abcdef12#x");
    /// let preflight = request.preflight_with(&facts);
    /// assert_eq!(preflight.policy(), Policy::LINUX);
    /// let codes: Vec<_> = preflight.problems().map(|p| p.code()).collect();
    /// assert_eq!(codes, ["shorter_than_recommended", "instance_running"]);
    /// assert!(!preflight.is_ok());
    ///
    /// let forced = request.with_force_stop(true).preflight_with(&facts);
    /// let codes: Vec<_> = forced.problems().map(|p| p.code()).collect();
    /// assert_eq!(codes, ["shorter_than_recommended", "forced_shutdown"]);
    /// assert!(forced.is_ok());
    /// ```
    pub fn preflight_with(&self, facts: Facts<'a>) -> Preflight<'a, Id> {
        Preflight::new(*self, Some(facts))
    }
}

/// The outcome of a pre-flight: the policy that applies, and every problem
/// of the request, errors and warnings, in a stable order.
///
/// It holds the request, the caller's facts and the password's verdict, and
/// lists the problems anew each time they are asked for, without
/// allocating. Made by [`Request::preflight`] and
/// [`Request::preflight_with`].
pub struct Preflight<'a, Id = &'a str> {
    request: Request<'a, Id>,
    facts: Option<Facts<'a>>,
    /// Which regions are available, where the caller knows.
    regions: Option<&'a dyn Fn(&str) -> bool>,
    policy: Policy,
    /// `None` when the request has no password.
    password: Option<Result<Accepted, Rejected>>,
}

impl<'a, Id: AsRef<str>> Preflight<'a, Id> {
    fn new(request: Request<'a, Id>, facts: Option<Facts<'a>>) -> Self {
        let ids = request.instance_ids();
        let examined = ids.iter().take(ID_INSPECTION_LIMIT).map(AsRef::as_ref);
        let unexamined = (ids.len() > ID_INSPECTION_LIMIT).then_some(Os::Unknown);
        let targets = examined
            .filter(|id| is_instance_id(id))
            .map(|id| facts.and_then(|f| f(id)).map_or(Os::Unknown, |i| i.os()))
            .chain(unexamined);
        let policy = Policy::for_targets(targets);
        // An empty `UserName` is no name: the policy decides what that means.
        let password = request
            .password()
            .map(|p| policy.check(p, request.username()));
        Preflight {
            request,
            facts,
            regions: None,
            policy,
            password,
        }
    }

    /// Every problem, errors and warnings: first those of the request as a
    /// whole, in the order of its parameters (`Region`, `InstanceIds`,
    /// `Password`, `UserName`), then those of each instance, in the order of
    /// `InstanceIds`, at most one per id.
    ///
    /// ```
    /// use cvm_password::{Problem, Request};
    ///
    /// let ids = ["ins-r8hr2upy", "ins-r8hr2upy"];
    /// let request = Request::new(&ids).with_region("ap-mars-1").with_password("abc123ABC!@#");
    /// let preflight = request.preflight();
    /// let mut problems = preflight.problems();
    /// assert_eq!(problems.next(), Some(Problem::UnsupportedRegion));
    /// assert!(matches!(
    ///     problems.next(),
    ///     Some(Problem::DuplicateInstanceId { index: 1, first: 0, .. }),
    /// ));
    /// assert_eq!(problems.next(), None);
    /// ```
    pub fn problems(&self) -> Problems<'a, Id> {
        Problems {
            preflight: *self,
            stage: Stage::Region,
            severity: None,
        }
    }

    /// The problems that make the server refuse the request, in the order
    /// of [`Preflight::problems`].
    pub fn errors(&self) -> Problems<'a, Id> {
        Problems {
            severity: Some(Severity::Error),
            ..self.problems()
        }
    }

    /// The problems that are only worth knowing, in the order of
    /// [`Preflight::problems`].
    pub fn warnings(&self) -> Problems<'a, Id> {
        Problems {
            severity: Some(Severity::Warning),
            ..self.problems()
        }
    }

    /// Whether the server would accept the request: no error, though there
    /// may be warnings.
    pub fn is_ok(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The password policy of the request's OS mix.
    pub const fn policy(&self) -> Policy {
        self.policy
    }

    /// The request checked.
    pub const fn request(&self) -> Request<'a, Id> {
        self.request
    }

    fn region_problem(&self) -> Option<Problem> {
        let region = self.request.region()?;
        // The caller's facts beat the vendor's page.
        if let Some(available) = self.regions {
            return (!available(region)).then_some(Problem::UnsupportedRegion);
        }
        if Region::from_name(region).is_some() {
            None
        } else if Region::LISTED_ELSEWHERE.contains(&region) {
            Some(Problem::RegionNotListed)
        } else {
            Some(Problem::UnsupportedRegion)
        }
    }

    /// The same pre-flight, knowing which regions are available: those for
    /// which `available` returns `true`, as `DescribeRegions` for CVM lists
    /// them. Facts beat the crate's lists: a region they hold is fine, any
    /// other is `UnsupportedRegion`.
    ///
    /// ```
    /// use cvm_password::Request;
    ///
    /// let ids = ["ins-r8hr2upy"];
    /// let request = Request::new(&ids).with_region("ap-guiyang").with_password("abc123ABC!@#");
    /// let codes: Vec<_> = request.preflight().problems().map(|p| p.code()).collect();
    /// assert_eq!(codes, ["region_not_listed"]);
    /// let available = |region: &str| region == "ap-guiyang";
    /// assert!(request.preflight().with_regions(&available).problems().next().is_none());
    /// ```
    #[must_use]
    pub fn with_regions(self, available: &'a dyn Fn(&str) -> bool) -> Self {
        Preflight {
            regions: Some(available),
            ..self
        }
    }

    /// The same pre-flight, knowing the `DefaultLoginUser` of each instance
    /// for which `users` returns one, as `DescribeInstances` reports it.
    ///
    /// A request without `UserName` sets the password of each instance's
    /// default account: the username rule then looks for each of these
    /// names (of the request's well-formed ids), and a password containing
    /// any of them is refused, as the name of the first one it contains.
    /// An instance without one keeps the OS's default, the policy's. A
    /// request with a `UserName` is unchanged.
    ///
    /// ```
    /// use cvm_password::Request;
    ///
    /// let ids = ["ins-r8hr2upy"];
    /// let request = Request::new(&ids).with_password("Admin#2024xyz9");
    /// assert!(request.preflight().is_ok());
    /// let users = |id: &str| (id == "ins-r8hr2upy").then_some("admin");
    /// let preflight = request.preflight().with_default_login_users(&users);
    /// let codes: Vec<_> = preflight.problems().map(|p| p.code()).collect();
    /// assert_eq!(codes, ["contains_username"]);
    /// ```
    #[must_use]
    pub fn with_default_login_users(self, users: LoginUsers<'a>) -> Self {
        let (Some(password), None) = (self.request.password(), self.request.username()) else {
            return self;
        };
        let names = self
            .request
            .instance_ids()
            .iter()
            .take(ID_INSPECTION_LIMIT)
            .map(AsRef::as_ref)
            .filter(|id| is_instance_id(id))
            .filter_map(users);
        let mut verdict = None;
        for name in names {
            let checked = self.policy.check(password, Some(name));
            if checked.is_err() {
                verdict = Some(checked);
                break;
            }
            verdict.get_or_insert(checked);
        }
        match verdict {
            Some(verdict) => Preflight {
                password: Some(verdict),
                ..self
            },
            None => self,
        }
    }

    fn instance_count_problem(&self) -> Option<Problem> {
        match self.request.instance_ids().len() {
            0 => Some(Problem::MissingInstanceIds),
            count if count > MAX_INSTANCE_IDS => Some(Problem::TooManyInstanceIds {
                count,
                max: MAX_INSTANCE_IDS,
            }),
            _ => None,
        }
    }

    fn username_problem(&self) -> Option<Problem> {
        let length = self.request.username()?.chars().count();
        (length > MAX_USERNAME_LENGTH).then_some(Problem::UsernameTooLong {
            length,
            max: MAX_USERNAME_LENGTH,
        })
    }

    /// The one problem of the id at `index`, the first that applies:
    /// malformed, a repetition, then what its facts tell.
    fn instance_problem(&self, index: usize) -> Option<Problem> {
        let ids = self.request.instance_ids();
        let id = ids.get(index)?.as_ref();
        if !is_instance_id(id) {
            return Some(Problem::MalformedInstanceId { index });
        }
        // Its first occurrence already speaks for the instance.
        if let Some(first) = ids.iter().take(index).position(|e| e.as_ref() == id) {
            return Some(Problem::DuplicateInstanceId { index, first });
        }
        let facts = self.facts?;
        let Some(instance) = facts(id) else {
            return Some(Problem::UndescribedInstance { index });
        };
        match instance.state() {
            None => Some(Problem::UnknownInstanceState { index }),
            Some(InstanceState::Running) if self.request.force_stop() => {
                Some(Problem::ForcedShutdown { index })
            }
            Some(InstanceState::Running) => Some(Problem::InstanceRunning { index }),
            Some(state) if state.api_error_code().is_some() => {
                Some(Problem::UnsupportedInstanceState { index, state })
            }
            Some(_) => instance
                .restriction()
                .map(|restriction| Problem::RestrictedInstance { index, restriction }),
        }
    }
}

// Derived `Clone` and `Copy` would ask the same of `Id`, which is only ever
// borrowed.
impl<Id> Clone for Preflight<'_, Id> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Id> Copy for Preflight<'_, Id> {}

impl<Id: fmt::Debug> fmt::Debug for Preflight<'_, Id> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Preflight")
            .field("request", &self.request)
            .field("facts_given", &self.facts.is_some())
            .field("regions_given", &self.regions.is_some())
            .field("policy", &self.policy)
            .field("password", &self.password)
            .finish()
    }
}

/// The problems of a [`Preflight`], all of them or those of one severity;
/// see [`Preflight::problems`], [`Preflight::errors`] and
/// [`Preflight::warnings`].
pub struct Problems<'a, Id = &'a str> {
    preflight: Preflight<'a, Id>,
    stage: Stage,
    /// Only problems of this severity, if any.
    severity: Option<Severity>,
}

#[derive(Clone, Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "an iterator's state, moved rarely; without an allocator there is nowhere to box it"
)]
enum Stage {
    Region,
    InstanceCount,
    Password,
    Violations(Violations),
    Warnings(Warnings),
    Username,
    /// The id at this position is next.
    Instance(usize),
    Done,
}

impl<Id: AsRef<str>> Iterator for Problems<'_, Id> {
    type Item = Problem;

    fn next(&mut self) -> Option<Problem> {
        loop {
            let problem = self.next_of_any_severity()?;
            if self.severity.is_none_or(|s| s == problem.severity()) {
                return Some(problem);
            }
        }
    }
}

impl<Id: AsRef<str>> Problems<'_, Id> {
    fn next_of_any_severity(&mut self) -> Option<Problem> {
        let preflight = &self.preflight;
        loop {
            let found = match &mut self.stage {
                Stage::Region => {
                    self.stage = Stage::InstanceCount;
                    preflight.region_problem()
                }
                Stage::InstanceCount => {
                    self.stage = Stage::Password;
                    preflight.instance_count_problem()
                }
                Stage::Password => {
                    self.stage = match preflight.password {
                        None => Stage::Username,
                        Some(Err(rejected)) => Stage::Violations(rejected.violations()),
                        Some(Ok(accepted)) => Stage::Warnings(accepted.warnings()),
                    };
                    preflight
                        .password
                        .is_none()
                        .then_some(Problem::MissingPassword)
                }
                Stage::Violations(violations) => {
                    let found = violations.next().map(Problem::Password);
                    if found.is_none() {
                        self.stage = Stage::Username;
                    }
                    found
                }
                Stage::Warnings(warnings) => {
                    let found = warnings.next().map(Problem::PasswordWarning);
                    if found.is_none() {
                        self.stage = Stage::Username;
                    }
                    found
                }
                Stage::Username => {
                    self.stage = Stage::Instance(0);
                    preflight.username_problem()
                }
                Stage::Instance(index) => {
                    let examined = preflight.request.instance_ids().len();
                    if *index >= examined.min(ID_INSPECTION_LIMIT) {
                        self.stage = Stage::Done;
                        return None;
                    }
                    let found = preflight.instance_problem(*index);
                    *index += 1;
                    found
                }
                Stage::Done => return None,
            };
            if found.is_some() {
                return found;
            }
        }
    }
}

impl<Id: AsRef<str>> FusedIterator for Problems<'_, Id> {}

impl<Id> Clone for Problems<'_, Id> {
    fn clone(&self) -> Self {
        Problems {
            preflight: self.preflight,
            stage: self.stage.clone(),
            severity: self.severity,
        }
    }
}

impl<Id: fmt::Debug> fmt::Debug for Problems<'_, Id> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Problems")
            .field("preflight", &self.preflight)
            .field("stage", &self.stage)
            .field("severity", &self.severity)
            .finish()
    }
}
