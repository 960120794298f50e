//! What a pre-flight can find wrong with a request, or worth a warning.

use core::fmt::{self, Display, Formatter};

use super::instance::{InstanceState, Restriction};
use crate::message::{Lang, Message};
use crate::policy::{Figure, Figures, Violation, Warning};

/// Whether a [`Problem`] makes the server refuse the request, or is only
/// worth knowing.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The server would refuse the request, with the problem's
    /// [`api_error_code`](Problem::api_error_code).
    Error,
    /// The request goes through, but the caller should know.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem of a `ResetInstancesPassword` request, found by
/// [`Request::preflight`](crate::Request::preflight).
///
/// It holds figures and positions only: an instance id is named by its
/// position in `InstanceIds` (0 for the first, as the API's
/// `InstanceIds.0`), and never a character of the password or the
/// username, so its `Display`, `Debug` and [`Problem::message`] are safe to
/// log.
///
/// ```
/// use cvm_password::{Problem, Request, Severity};
///
/// let ids = ["ins-r8hr2upy", "ins-R8HR2UPY"];
/// let preflight = Request::new(&ids).with_password("abc123ABC!@#").preflight();
/// let problem = preflight.errors().next().unwrap();
/// assert!(matches!(problem, Problem::MalformedInstanceId { index: 1, .. }));
/// assert_eq!(problem.code(), "malformed_instance_id");
/// assert_eq!(problem.api_error_code(), Some("InvalidInstanceId.Malformed"));
/// assert_eq!(problem.severity(), Severity::Error);
/// assert_eq!(problem.instance_index(), Some(1));
/// assert_eq!(
///     problem.to_string(),
///     "instance id InstanceIds.1 is malformed: it must be 'ins-' followed by 8 lowercase letters or digits",
/// );
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    /// `Region` is not one of the 18 of [`Region::ALL`](crate::Region::ALL),
    /// nor a CVM region the vendor names elsewhere; or, where the caller
    /// gave the regions `DescribeRegions` lists, not one of those.
    UnsupportedRegion,
    /// A warning: `Region` is a CVM region the vendor names elsewhere
    /// ([`Region::LISTED_ELSEWHERE`](crate::Region::LISTED_ELSEWHERE)), but
    /// not among the 18 of the API's page.
    RegionNotListed,
    /// `InstanceIds` is missing or empty.
    MissingInstanceIds,
    /// More than [`MAX_INSTANCE_IDS`](crate::MAX_INSTANCE_IDS) instance ids.
    #[non_exhaustive]
    TooManyInstanceIds {
        /// How many the request holds.
        count: usize,
        /// The most it may hold.
        max: usize,
    },
    /// An id that is not `ins-` followed by 8 lowercase letters or digits
    /// (see [`is_instance_id`](crate::is_instance_id)). The server answers
    /// `InvalidInstanceId.Malformed`, or sometimes
    /// `InvalidParameterValue.InstanceIdMalformed`.
    #[non_exhaustive]
    MalformedInstanceId {
        /// Its position in `InstanceIds`.
        index: usize,
    },
    /// A warning: an id already given earlier in `InstanceIds`.
    #[non_exhaustive]
    DuplicateInstanceId {
        /// The position of the repetition.
        index: usize,
        /// The position of the first occurrence.
        first: usize,
    },
    /// `Password` is missing.
    MissingPassword,
    /// The password breaks a rule of the policy for the request's OS mix.
    Password(Violation),
    /// A warning about an accepted password.
    PasswordWarning(Warning),
    /// `UserName` is longer than
    /// [`MAX_USERNAME_LENGTH`](crate::MAX_USERNAME_LENGTH) characters.
    #[non_exhaustive]
    UsernameTooLong {
        /// Its length, in characters.
        length: usize,
        /// The most allowed.
        max: usize,
    },
    /// The instance is running and `ForceStop` is not set.
    #[non_exhaustive]
    InstanceRunning {
        /// Its position in `InstanceIds`.
        index: usize,
    },
    /// The instance is in a state where its password cannot be reset, one
    /// with an [`InstanceState::api_error_code`] other than `RUNNING`.
    #[non_exhaustive]
    UnsupportedInstanceState {
        /// Its position in `InstanceIds`.
        index: usize,
        /// Its state.
        state: InstanceState,
    },
    /// A warning: the instance is running and `ForceStop` is set, so it will
    /// be shut down by force, which may lose data.
    #[non_exhaustive]
    ForcedShutdown {
        /// Its position in `InstanceIds`.
        index: usize,
    },
    /// A warning: the caller gave instance facts, but none for this id. Its
    /// state is not checked, and its OS counts as unknown (Windows rules).
    #[non_exhaustive]
    UndescribedInstance {
        /// Its position in `InstanceIds`.
        index: usize,
    },
    /// A warning: the instance's state is unknown, so whether its password
    /// can be reset is not checked.
    #[non_exhaustive]
    UnknownInstanceState {
        /// Its position in `InstanceIds`.
        index: usize,
    },
    /// A warning: the instance is restricted (expired or isolated), and the
    /// vendor does not document whether its password can be reset (see
    /// [`Restriction`]).
    #[non_exhaustive]
    RestrictedInstance {
        /// Its position in `InstanceIds`.
        index: usize,
        /// Its restriction.
        restriction: Restriction,
    },
}

impl Problem {
    /// The stable `snake_case` code. A password problem has the code of
    /// its [`Violation`] or [`Warning`], such as `too_short`.
    pub const fn code(&self) -> &'static str {
        match self {
            Problem::UnsupportedRegion => "unsupported_region",
            Problem::RegionNotListed => "region_not_listed",
            Problem::MissingInstanceIds => "missing_instance_ids",
            Problem::TooManyInstanceIds { .. } => "too_many_instance_ids",
            Problem::MalformedInstanceId { .. } => "malformed_instance_id",
            Problem::DuplicateInstanceId { .. } => "duplicate_instance_id",
            Problem::MissingPassword => "missing_password",
            Problem::Password(v) => v.code(),
            Problem::PasswordWarning(w) => w.code(),
            Problem::UsernameTooLong { .. } => "username_too_long",
            Problem::InstanceRunning { .. } => "instance_running",
            Problem::UnsupportedInstanceState { .. } => "unsupported_instance_state",
            Problem::ForcedShutdown { .. } => "forced_shutdown",
            Problem::UndescribedInstance { .. } => "undescribed_instance",
            Problem::UnknownInstanceState { .. } => "unknown_instance_state",
            Problem::RestrictedInstance { .. } => "restricted_instance",
        }
    }

    /// [`Severity::Error`] when the server would refuse the request,
    /// [`Severity::Warning`] otherwise: stated for each problem, not
    /// inferred.
    pub const fn severity(&self) -> Severity {
        match self {
            Problem::UnsupportedRegion
            | Problem::MissingInstanceIds
            | Problem::TooManyInstanceIds { .. }
            | Problem::MalformedInstanceId { .. }
            | Problem::MissingPassword
            | Problem::Password(_)
            | Problem::UsernameTooLong { .. }
            | Problem::InstanceRunning { .. }
            | Problem::UnsupportedInstanceState { .. } => Severity::Error,
            Problem::RegionNotListed
            | Problem::DuplicateInstanceId { .. }
            | Problem::PasswordWarning(_)
            | Problem::ForcedShutdown { .. }
            | Problem::UndescribedInstance { .. }
            | Problem::UnknownInstanceState { .. }
            | Problem::RestrictedInstance { .. } => Severity::Warning,
        }
    }

    /// The error code `ResetInstancesPassword` would answer: `Some` for
    /// every error, `None` for every warning.
    pub const fn api_error_code(&self) -> Option<&'static str> {
        match self {
            Problem::UnsupportedRegion => Some("UnsupportedRegion"),
            Problem::MissingInstanceIds | Problem::MissingPassword => Some("MissingParameter"),
            Problem::TooManyInstanceIds { .. } => Some("InvalidParameterValue.LimitExceeded"),
            Problem::MalformedInstanceId { .. } => Some("InvalidInstanceId.Malformed"),
            Problem::Password(v) => Some(v.api_error_code()),
            Problem::UsernameTooLong { .. } => Some("InvalidParameterValue.TooLong"),
            Problem::InstanceRunning { .. } => Some("UnsupportedOperation.InstanceStateRunning"),
            // Built only for a state that has a code (its fields are the
            // crate's to fill), so this is `Some`.
            Problem::UnsupportedInstanceState { state, .. } => state.api_error_code(),
            Problem::RegionNotListed
            | Problem::DuplicateInstanceId { .. }
            | Problem::PasswordWarning(_)
            | Problem::ForcedShutdown { .. }
            | Problem::UndescribedInstance { .. }
            | Problem::UnknownInstanceState { .. }
            | Problem::RestrictedInstance { .. } => None,
        }
    }

    /// Whether the server would refuse the request.
    pub const fn is_error(&self) -> bool {
        matches!(self.severity(), Severity::Error)
    }

    /// The position in `InstanceIds` of the id concerned, if any.
    pub const fn instance_index(&self) -> Option<usize> {
        match *self {
            Problem::MalformedInstanceId { index }
            | Problem::DuplicateInstanceId { index, .. }
            | Problem::InstanceRunning { index }
            | Problem::UnsupportedInstanceState { index, .. }
            | Problem::ForcedShutdown { index }
            | Problem::UndescribedInstance { index }
            | Problem::UnknownInstanceState { index }
            | Problem::RestrictedInstance { index, .. } => Some(index),
            _ => None,
        }
    }

    /// The message in `lang`, for a user interface.
    ///
    /// ```
    /// use cvm_password::{Lang, Problem, Request};
    ///
    /// let preflight = Request::new(&["ins-r8hr2upy"]).preflight();
    /// let problem = preflight.problems().next().unwrap();
    /// assert_eq!(problem, Problem::MissingPassword);
    /// assert_eq!(problem.message(Lang::ZhCn).to_string(), "缺少密码：Password 为必填参数");
    /// ```
    pub const fn message(self, lang: Lang) -> Message<Problem> {
        Message::new(self, lang)
    }

    /// Its figures, by name, as [`Violation::figures`]: a password
    /// problem's are its violation's or warning's; `count` and `max` of too
    /// many ids, `length` and `max` of a long username, `first` of a
    /// repeated id; `field` and `restriction` of a restricted instance
    /// (`RestrictState`, `PROTECTIVELY_ISOLATED`). The position of an id is
    /// [`instance_index`](Problem::instance_index).
    ///
    /// ```
    /// use cvm_password::{Figure, Problem, Request};
    ///
    /// let ids = ["ins-r8hr2upy", "ins-r8hr2upy"];
    /// let preflight = Request::new(&ids).with_password("abc123ABC!@#").preflight();
    /// let repeated = preflight.warnings().next().unwrap();
    /// assert_eq!(repeated.figures().collect::<Vec<_>>(), [("first", Figure::Count(0))]);
    /// ```
    pub const fn figures(&self) -> Figures {
        match *self {
            Problem::Password(v) => v.figures(),
            Problem::PasswordWarning(w) => w.figures(),
            Problem::TooManyInstanceIds { count, max } => {
                Figures::two(("count", Figure::Count(count)), ("max", Figure::Count(max)))
            }
            Problem::UsernameTooLong { length, max } => Figures::two(
                ("length", Figure::Count(length)),
                ("max", Figure::Count(max)),
            ),
            Problem::DuplicateInstanceId { first, .. } => {
                Figures::one(("first", Figure::Count(first)))
            }
            Problem::RestrictedInstance { restriction, .. } => Figures::two(
                ("field", Figure::Text(restriction.field())),
                ("restriction", Figure::Text(restriction.name())),
            ),
            _ => Figures::NONE,
        }
    }
}

/// The path of a request parameter, such as `Region`, `InstanceIds.3` or
/// `LoginSettings.KeyIds`: a name, and for one item of a list its position.
///
/// ```
/// use cvm_password::{Parameter, Problem, Request};
///
/// let ids = ["ins-r8hr2upy", "not an id"];
/// let preflight = Request::new(&ids).with_password("abc123ABC!@#").preflight();
/// let problem = preflight.problems().next().unwrap();
/// let parameter = problem.parameter().unwrap();
/// assert_eq!(parameter.to_string(), "InstanceIds.1");
/// assert_eq!((parameter.name(), parameter.index()), ("InstanceIds", Some(1)));
/// assert_eq!(Problem::MissingPassword.parameter(), Some(Parameter::named("Password")));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Parameter {
    name: &'static str,
    index: Option<usize>,
}

impl Parameter {
    /// The parameter `name` as a whole.
    pub const fn named(name: &'static str) -> Parameter {
        Parameter { name, index: None }
    }

    /// The item at `index` of the list `name`.
    pub const fn item(name: &'static str, index: usize) -> Parameter {
        Parameter {
            name,
            index: Some(index),
        }
    }

    /// The parameter's name, such as `InstanceIds`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The item's position, for one item of a list.
    pub const fn index(&self) -> Option<usize> {
        self.index
    }
}

/// `InstanceIds.3`, as the API's documentation writes it.
impl Display for Parameter {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)?;
        match self.index {
            Some(index) => write!(f, ".{index}"),
            None => Ok(()),
        }
    }
}

impl Problem {
    /// Every error code a `ResetInstancesPassword` pre-flight can give, in
    /// the order of the problems, each once.
    ///
    /// ```
    /// use cvm_password::Problem;
    ///
    /// let codes: Vec<_> = Problem::api_error_codes().collect();
    /// assert_eq!(codes[..2], ["UnsupportedRegion", "MissingParameter"]);
    /// assert!(codes.contains(&"UnsupportedOperation.InstanceStateRescueMode"));
    /// ```
    pub fn api_error_codes() -> impl Iterator<Item = &'static str> {
        // One problem of each kind that has a code; a state problem for
        // every state.
        let kinds = [
            Problem::UnsupportedRegion,
            Problem::MissingInstanceIds,
            Problem::TooManyInstanceIds { count: 0, max: 0 },
            Problem::MalformedInstanceId { index: 0 },
            Problem::MissingPassword,
            Problem::UsernameTooLong { length: 0, max: 0 },
            Problem::InstanceRunning { index: 0 },
        ];
        let states = InstanceState::ALL
            .into_iter()
            .map(|state| Problem::UnsupportedInstanceState { index: 0, state });
        let codes = kinds
            .into_iter()
            .chain(states)
            .filter_map(|p| p.api_error_code())
            .chain([crate::policy::INVALID_PASSWORD]);
        let mut seen: [Option<&'static str>; 32] = [None; 32];
        codes.filter(move |code| {
            if seen.contains(&Some(*code)) {
                return false;
            }
            if let Some(slot) = seen.iter_mut().find(|s| s.is_none()) {
                *slot = Some(code);
            }
            true
        })
    }

    /// The parameter concerned: `Region`, `InstanceIds` or one of its ids,
    /// `Password`, `UserName`.
    pub const fn parameter(&self) -> Option<Parameter> {
        if let Some(index) = self.instance_index() {
            return Some(Parameter::item("InstanceIds", index));
        }
        Some(Parameter::named(match self {
            Problem::UnsupportedRegion | Problem::RegionNotListed => "Region",
            Problem::MissingInstanceIds | Problem::TooManyInstanceIds { .. } => "InstanceIds",
            Problem::UsernameTooLong { .. } => "UserName",
            _ => "Password",
        }))
    }
}

/// The English message.
impl Display for Problem {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Display::fmt(&self.message(Lang::En), f)
    }
}
