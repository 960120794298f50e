//! The request pre-flight: a whole `ResetInstancesPassword` request, its
//! instances and region, checked before the call.
//!
//! It reads the password policy (`crate::policy`) and never the other way
//! round: the policy knows nothing of requests.

#[cfg(feature = "serde")]
mod body;
mod instance;
mod login;
mod parameters;
mod preflight;
mod problem;
mod region;
mod text;

#[cfg(feature = "serde")]
pub use self::body::RequestBody;
pub use self::instance::{is_instance_id, Instance, InstanceState, Restriction};
pub use self::login::{LoginPreflight, LoginProblem, LoginProblems, LoginSettings};
pub use self::parameters::{Request, MAX_INSTANCE_IDS, MAX_USERNAME_LENGTH};
pub use self::preflight::{Preflight, Problems, ID_INSPECTION_LIMIT};
pub use self::problem::{Parameter, Problem, Severity};
pub use self::region::Region;
