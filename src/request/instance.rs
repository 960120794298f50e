//! Instance ids, and what `DescribeInstances` tells of an instance: its OS
//! and its state.

use crate::policy::Os;

/// Whether `id` is a well-formed instance id: `ins-` followed by exactly 8
/// lowercase ASCII letters or digits, as in `ins-r8hr2upy`.
///
/// Nothing else is accepted: no uppercase, no other prefix, no surrounding
/// space, no look-alike of a letter from outside ASCII. The server answers
/// any other id `InvalidInstanceId.Malformed`.
///
/// ```
/// use cvm_password::is_instance_id;
///
/// assert!(is_instance_id("ins-r8hr2upy"));
/// assert!(!is_instance_id("ins-1122"));
/// assert!(!is_instance_id("ins-R8HR2UPY"));
/// assert!(!is_instance_id("lhins-r8hr2upy"));
/// ```
pub const fn is_instance_id(id: &str) -> bool {
    let [b'i', b'n', b's', b'-', rest @ ..] = id.as_bytes() else {
        return false;
    };
    if rest.len() != 8 {
        return false;
    }
    let mut rest = rest;
    while let [b, tail @ ..] = rest {
        if !matches!(*b, b'a'..=b'z' | b'0'..=b'9') {
            return false;
        }
        rest = tail;
    }
    true
}

/// The state of an instance, as `DescribeInstances` reports it in
/// `InstanceState`.
///
/// ```
/// use cvm_password::InstanceState;
///
/// let state = InstanceState::from_name("STOPPING").unwrap();
/// assert_eq!(state, InstanceState::Stopping);
/// assert_eq!(state.name(), "STOPPING");
/// assert_eq!(
///     state.api_error_code(),
///     Some("UnsupportedOperation.InstanceStateStopping"),
/// );
/// assert_eq!(InstanceState::Stopped.api_error_code(), None);
/// assert_eq!(InstanceState::from_name("stopped"), None);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InstanceState {
    /// `PENDING`: being created.
    Pending,
    /// `LAUNCH_FAILED`: creation failed.
    LaunchFailed,
    /// `RUNNING`: running. Its password is reset only with `ForceStop`.
    Running,
    /// `STOPPED`: shut down, the state a password reset expects.
    Stopped,
    /// `STARTING`: starting up.
    Starting,
    /// `STOPPING`: shutting down.
    Stopping,
    /// `REBOOTING`: restarting.
    Rebooting,
    /// `SHUTDOWN`: shut down and to be terminated (isolated).
    Shutdown,
    /// `TERMINATING`: being terminated.
    Terminating,
    /// `ENTER_RESCUE_MODE`: entering the rescue mode.
    EnterRescueMode,
    /// `RESCUE_MODE`: in the rescue mode.
    RescueMode,
    /// `EXIT_RESCUE_MODE`: leaving the rescue mode.
    ExitRescueMode,
    /// `ENTER_SERVICE_LIVE_MIGRATE`: entering a live migration.
    EnterServiceLiveMigrate,
    /// `SERVICE_LIVE_MIGRATE`: in a live migration.
    ServiceLiveMigrate,
    /// `EXIT_SERVICE_LIVE_MIGRATE`: leaving a live migration.
    ExitServiceLiveMigrate,
}

impl InstanceState {
    /// Every state, in the order of the API's documentation.
    pub const ALL: [InstanceState; 15] = [
        InstanceState::Pending,
        InstanceState::LaunchFailed,
        InstanceState::Running,
        InstanceState::Stopped,
        InstanceState::Starting,
        InstanceState::Stopping,
        InstanceState::Rebooting,
        InstanceState::Shutdown,
        InstanceState::Terminating,
        InstanceState::EnterRescueMode,
        InstanceState::RescueMode,
        InstanceState::ExitRescueMode,
        InstanceState::EnterServiceLiveMigrate,
        InstanceState::ServiceLiveMigrate,
        InstanceState::ExitServiceLiveMigrate,
    ];

    /// The state `DescribeInstances` calls `name` (its `InstanceState`),
    /// compared exactly: the API spells states in uppercase. `None` for a
    /// name this crate does not know, such as a state added to the API after
    /// it was written.
    pub fn from_name(name: &str) -> Option<InstanceState> {
        InstanceState::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The API's name, such as `RUNNING`.
    pub const fn name(self) -> &'static str {
        match self {
            InstanceState::Pending => "PENDING",
            InstanceState::LaunchFailed => "LAUNCH_FAILED",
            InstanceState::Running => "RUNNING",
            InstanceState::Stopped => "STOPPED",
            InstanceState::Starting => "STARTING",
            InstanceState::Stopping => "STOPPING",
            InstanceState::Rebooting => "REBOOTING",
            InstanceState::Shutdown => "SHUTDOWN",
            InstanceState::Terminating => "TERMINATING",
            InstanceState::EnterRescueMode => "ENTER_RESCUE_MODE",
            InstanceState::RescueMode => "RESCUE_MODE",
            InstanceState::ExitRescueMode => "EXIT_RESCUE_MODE",
            InstanceState::EnterServiceLiveMigrate => "ENTER_SERVICE_LIVE_MIGRATE",
            InstanceState::ServiceLiveMigrate => "SERVICE_LIVE_MIGRATE",
            InstanceState::ExitServiceLiveMigrate => "EXIT_SERVICE_LIVE_MIGRATE",
        }
    }

    /// The error code `ResetInstancesPassword` answers for an instance in
    /// this state when `ForceStop` is not set; `None` where the reset goes
    /// ahead.
    ///
    /// The codes are those of the vendor's page. It has one code for a live
    /// migration, which this crate also gives to entering and leaving one.
    /// It has none for `STOPPED` and `LAUNCH_FAILED`: no refusal is
    /// predicted for them.
    pub const fn api_error_code(self) -> Option<&'static str> {
        Some(match self {
            InstanceState::Stopped | InstanceState::LaunchFailed => return None,
            InstanceState::Pending => "UnsupportedOperation.InstanceStatePending",
            InstanceState::Running => "UnsupportedOperation.InstanceStateRunning",
            InstanceState::Starting => "UnsupportedOperation.InstanceStateStarting",
            InstanceState::Stopping => "UnsupportedOperation.InstanceStateStopping",
            InstanceState::Rebooting => "UnsupportedOperation.InstanceStateRebooting",
            InstanceState::Shutdown => "UnsupportedOperation.InstanceStateShutdown",
            InstanceState::Terminating => "UnsupportedOperation.InstanceStateTerminating",
            InstanceState::EnterRescueMode => "UnsupportedOperation.InstanceStateEnterRescueMode",
            InstanceState::RescueMode => "UnsupportedOperation.InstanceStateRescueMode",
            InstanceState::ExitRescueMode => "UnsupportedOperation.InstanceStateExitRescueMode",
            InstanceState::EnterServiceLiveMigrate
            | InstanceState::ServiceLiveMigrate
            | InstanceState::ExitServiceLiveMigrate => {
                "UnsupportedOperation.InstanceStateServiceLiveMigrate"
            }
        })
    }
}

/// A restriction `DescribeInstances` reports beside the state: its
/// `RestrictState` (`EXPIRED`, `PROTECTIVELY_ISOLATED`; `NORMAL` is none)
/// or its `IsolatedSource` (`ARREAR`, `EXPIRE`, `MANMADE`; `NOTISOLATED`
/// is none).
///
/// The vendor does not document what a password reset answers for a
/// restricted instance. It lists two codes no state of the API's page
/// leads to, `UnsupportedOperation.InstanceStateFreezing` and
/// `UnsupportedOperation.InstanceStateIsolating`, without naming the
/// states that get them; so a restriction is a warning that says so
/// ([`Problem::RestrictedInstance`](crate::Problem::RestrictedInstance)),
/// never a predicted code.
///
/// ```
/// use cvm_password::Restriction;
///
/// let restriction = Restriction::from_names("PROTECTIVELY_ISOLATED", "NOTISOLATED");
/// assert_eq!(restriction, Some(Restriction::ProtectivelyIsolated));
/// assert_eq!(restriction.unwrap().name(), "PROTECTIVELY_ISOLATED");
/// assert_eq!(Restriction::from_names("NORMAL", "NOTISOLATED"), None);
/// assert_eq!(Restriction::from_names("", "ARREAR"), Some(Restriction::IsolatedForArrears));
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Restriction {
    /// `RestrictState` `EXPIRED`: the instance's term is over.
    Expired,
    /// `RestrictState` `PROTECTIVELY_ISOLATED`: isolated for protection.
    ProtectivelyIsolated,
    /// `IsolatedSource` `ARREAR`: isolated for arrears.
    IsolatedForArrears,
    /// `IsolatedSource` `EXPIRE`: isolated when its term ended.
    IsolatedOnExpiry,
    /// `IsolatedSource` `MANMADE`: isolated by its owner.
    IsolatedByOwner,
}

impl Restriction {
    /// The restriction of an instance with `RestrictState` `restrict_state`
    /// and `IsolatedSource` `isolated_source`, either of which may be `""`
    /// when absent: the restrict state's, else the isolation's, else none.
    /// Names this crate does not know count as no restriction.
    pub fn from_names(restrict_state: &str, isolated_source: &str) -> Option<Restriction> {
        match (restrict_state, isolated_source) {
            ("EXPIRED", _) => Some(Restriction::Expired),
            ("PROTECTIVELY_ISOLATED", _) => Some(Restriction::ProtectivelyIsolated),
            (_, "ARREAR") => Some(Restriction::IsolatedForArrears),
            (_, "EXPIRE") => Some(Restriction::IsolatedOnExpiry),
            (_, "MANMADE") => Some(Restriction::IsolatedByOwner),
            _ => None,
        }
    }

    /// The field that reports it: `RestrictState` or `IsolatedSource`.
    pub const fn field(self) -> &'static str {
        match self {
            Restriction::Expired | Restriction::ProtectivelyIsolated => "RestrictState",
            _ => "IsolatedSource",
        }
    }

    /// The field's value, such as `PROTECTIVELY_ISOLATED`.
    pub const fn name(self) -> &'static str {
        match self {
            Restriction::Expired => "EXPIRED",
            Restriction::ProtectivelyIsolated => "PROTECTIVELY_ISOLATED",
            Restriction::IsolatedForArrears => "ARREAR",
            Restriction::IsolatedOnExpiry => "EXPIRE",
            Restriction::IsolatedByOwner => "MANMADE",
        }
    }
}

/// What the caller knows of one instance, from `DescribeInstances`: its OS
/// (`OsName`), its state (`InstanceState`), and its restriction
/// ([`Restriction`]). Its `DefaultLoginUser`, a name the password must
/// not contain, is told apart
/// ([`Preflight::with_default_login_users`](crate::Preflight::with_default_login_users)),
/// so that an `Instance` stays a small value that borrows nothing.
///
/// ```
/// use cvm_password::{Instance, InstanceState, Os, Restriction};
///
/// let instance =
///     Instance::from_os_name_and_state("Windows Server 2022 DataCenter 64bit", "RUNNING");
/// assert_eq!(instance.os(), Os::Windows);
/// assert_eq!(instance.state(), Some(InstanceState::Running));
///
/// let unknown = Instance::from_os_name_and_state("", "HIBERNATING");
/// assert_eq!(unknown, Instance::new(Os::Unknown, None));
///
/// let described = Instance::new(Os::Windows, Some(InstanceState::Running))
///     .with_restriction(Restriction::from_names("PROTECTIVELY_ISOLATED", ""));
/// assert_eq!(described.restriction(), Some(Restriction::ProtectivelyIsolated));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Instance {
    os: Os,
    state: Option<InstanceState>,
    restriction: Option<Restriction>,
}

impl Instance {
    /// An instance running `os`, in `state`; `None` for a state the caller
    /// does not know.
    pub const fn new(os: Os, state: Option<InstanceState>) -> Instance {
        Instance {
            os,
            state,
            restriction: None,
        }
    }

    /// The instance `DescribeInstances` describes with `OsName` `os_name`
    /// (see [`Os::from_os_name`]) and `InstanceState` `instance_state` (see
    /// [`InstanceState::from_name`]).
    pub fn from_os_name_and_state(os_name: &str, instance_state: &str) -> Instance {
        Instance::new(
            Os::from_os_name(os_name),
            InstanceState::from_name(instance_state),
        )
    }

    /// The same instance, with `restriction`, or none.
    #[must_use]
    pub const fn with_restriction(self, restriction: Option<Restriction>) -> Instance {
        Instance {
            restriction,
            ..self
        }
    }

    /// Its operating system.
    pub const fn os(&self) -> Os {
        self.os
    }

    /// Its state, if known.
    pub const fn state(&self) -> Option<InstanceState> {
        self.state
    }

    /// Its restriction, if any.
    pub const fn restriction(&self) -> Option<Restriction> {
        self.restriction
    }
}
