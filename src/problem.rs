//! What a pre-flight can find wrong with a request, or worth a warning.

use core::fmt::{self, Display, Formatter};

use crate::instance::InstanceState;
use crate::message::{Lang, Message};
use crate::region::Region;
use crate::violation::{Violation, Warning};

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
    /// `Region` is not one of the 18 of [`Region::ALL`].
    UnsupportedRegion,
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
}

impl Problem {
    /// The stable `snake_case` code. A password problem has the code of
    /// its [`Violation`] or [`Warning`], such as `too_short`.
    pub const fn code(&self) -> &'static str {
        match self {
            Problem::UnsupportedRegion => "unsupported_region",
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
        }
    }

    /// The error code `ResetInstancesPassword` would answer; `None` for a
    /// warning.
    pub const fn api_error_code(&self) -> Option<&'static str> {
        Some(match self {
            Problem::UnsupportedRegion => "UnsupportedRegion",
            Problem::MissingInstanceIds | Problem::MissingPassword => "MissingParameter",
            Problem::TooManyInstanceIds { .. } => "InvalidParameterValue.LimitExceeded",
            Problem::MalformedInstanceId { .. } => "InvalidInstanceId.Malformed",
            Problem::Password(v) => v.api_error_code(),
            Problem::UsernameTooLong { .. } => "InvalidParameterValue.TooLong",
            Problem::InstanceRunning { .. } => "UnsupportedOperation.InstanceStateRunning",
            Problem::UnsupportedInstanceState { state, .. } => match state.api_error_code() {
                Some(code) => code,
                // Never built for such a state; the family's code is the
                // honest fallback.
                None => "UnsupportedOperation",
            },
            Problem::DuplicateInstanceId { .. }
            | Problem::PasswordWarning(_)
            | Problem::ForcedShutdown { .. }
            | Problem::UndescribedInstance { .. }
            | Problem::UnknownInstanceState { .. } => return None,
        })
    }

    /// [`Severity::Error`] when the server would refuse the request,
    /// [`Severity::Warning`] otherwise.
    pub const fn severity(&self) -> Severity {
        if self.api_error_code().is_some() {
            Severity::Error
        } else {
            Severity::Warning
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
            | Problem::UnknownInstanceState { index } => Some(index),
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
    pub const fn message(self, lang: Lang) -> Message {
        Message::problem(self, lang)
    }
}

/// The English message.
impl Display for Problem {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Display::fmt(&self.message(Lang::En), f)
    }
}

pub(crate) fn english(p: Problem, f: &mut Formatter<'_>) -> fmt::Result {
    match p {
        Problem::UnsupportedRegion => write!(
            f,
            "region is not supported: ResetInstancesPassword is available in {} regions",
            Region::ALL.len(),
        ),
        Problem::MissingInstanceIds => f.write_str("no instance ids: at least 1 required"),
        Problem::TooManyInstanceIds { count, max } => write!(
            f,
            "too many instance ids: {count}, at most {max} per request",
        ),
        Problem::MalformedInstanceId { index } => write!(
            f,
            "instance id InstanceIds.{index} is malformed: it must be 'ins-' followed by 8 lowercase letters or digits",
        ),
        Problem::DuplicateInstanceId { index, first } => write!(
            f,
            "instance id InstanceIds.{index} repeats InstanceIds.{first}",
        ),
        Problem::MissingPassword => f.write_str("no password: Password is required"),
        Problem::Password(v) => Display::fmt(&v.message(Lang::En), f),
        Problem::PasswordWarning(w) => Display::fmt(&w.message(Lang::En), f),
        Problem::UsernameTooLong { length, max } => write!(
            f,
            "username is too long: {length} characters, at most {max} allowed",
        ),
        Problem::InstanceRunning { index } => write!(
            f,
            "instance InstanceIds.{index} is running: stop it first, or set ForceStop",
        ),
        Problem::UnsupportedInstanceState { index, state } => write!(
            f,
            "instance InstanceIds.{index} is in state {}, where its password cannot be reset",
            state.name(),
        ),
        Problem::ForcedShutdown { index } => write!(
            f,
            "instance InstanceIds.{index} is running and ForceStop is set: a forced shutdown may lose data",
        ),
        Problem::UndescribedInstance { index } => write!(
            f,
            "instance InstanceIds.{index} is not among the described instances: its state is not checked, and its OS counts as Windows",
        ),
        Problem::UnknownInstanceState { index } => write!(
            f,
            "instance InstanceIds.{index} is in an unknown state: whether its password can be reset is not checked",
        ),
    }
}

pub(crate) fn chinese(p: Problem, f: &mut Formatter<'_>) -> fmt::Result {
    match p {
        Problem::UnsupportedRegion => write!(
            f,
            "不支持该地域：ResetInstancesPassword 仅在 {} 个地域可用",
            Region::ALL.len(),
        ),
        Problem::MissingInstanceIds => f.write_str("缺少实例 ID：至少需要 1 个"),
        Problem::TooManyInstanceIds { count, max } => {
            write!(f, "实例 ID 太多：{count} 个，每次请求最多 {max} 个")
        }
        Problem::MalformedInstanceId { index } => write!(
            f,
            "实例 ID InstanceIds.{index} 格式错误：应为“ins-”后接 8 个小写字母或数字",
        ),
        Problem::DuplicateInstanceId { index, first } => {
            write!(f, "实例 ID InstanceIds.{index} 与 InstanceIds.{first} 重复")
        }
        Problem::MissingPassword => f.write_str("缺少密码：Password 为必填参数"),
        Problem::Password(v) => Display::fmt(&v.message(Lang::ZhCn), f),
        Problem::PasswordWarning(w) => Display::fmt(&w.message(Lang::ZhCn), f),
        Problem::UsernameTooLong { length, max } => {
            write!(f, "用户名太长：{length} 个字符，最多允许 {max} 个")
        }
        Problem::InstanceRunning { index } => write!(
            f,
            "实例 InstanceIds.{index} 正在运行：请先关机，或设置 ForceStop",
        ),
        Problem::UnsupportedInstanceState { index, state } => write!(
            f,
            "实例 InstanceIds.{index} 处于 {} 状态，此状态下不能重置密码",
            state.name(),
        ),
        Problem::ForcedShutdown { index } => write!(
            f,
            "实例 InstanceIds.{index} 正在运行且设置了 ForceStop：强制关机可能导致数据丢失",
        ),
        Problem::UndescribedInstance { index } => write!(
            f,
            "实例 InstanceIds.{index} 不在已查询的实例之中：未检查其状态，其操作系统按 Windows 处理",
        ),
        Problem::UnknownInstanceState { index } => write!(
            f,
            "实例 InstanceIds.{index} 的状态未知：未检查能否重置其密码",
        ),
    }
}
