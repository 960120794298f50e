//! What the request pre-flight's messages say: the template of each
//! problem and its figures. A password problem's message is its
//! violation's or warning's.

use super::login::LoginProblem;
use super::problem::Problem;
use super::region::Region;
use crate::message::{Key, Out, Said};

impl Said for Problem {
    fn key(&self) -> Key {
        match self {
            Problem::UnsupportedRegion => Key::UnsupportedRegion,
            Problem::RegionNotListed => Key::RegionNotListed,
            Problem::MissingInstanceIds => Key::MissingInstanceIds,
            Problem::TooManyInstanceIds { .. } => Key::TooManyInstanceIds,
            Problem::MalformedInstanceId { .. } => Key::MalformedInstanceId,
            Problem::DuplicateInstanceId { .. } => Key::DuplicateInstanceId,
            Problem::MissingPassword => Key::MissingPassword,
            Problem::Password(v) => v.key(),
            Problem::PasswordWarning(w) => w.key(),
            Problem::UsernameTooLong { .. } => Key::UsernameTooLong,
            Problem::InstanceRunning { .. } => Key::InstanceRunning,
            Problem::UnsupportedInstanceState { .. } => Key::UnsupportedInstanceState,
            Problem::ForcedShutdown { .. } => Key::ForcedShutdown,
            Problem::UndescribedInstance { .. } => Key::UndescribedInstance,
            Problem::UnknownInstanceState { .. } => Key::UnknownInstanceState,
            Problem::RestrictedInstance { .. } => Key::RestrictedInstance,
        }
    }

    fn figure(&self, name: &str, out: &mut Out<'_>) {
        match (*self, name) {
            (Problem::Password(v), _) => v.figure(name, out),
            (Problem::PasswordWarning(w), _) => w.figure(name, out),
            (Problem::UnsupportedRegion | Problem::RegionNotListed, "count") => {
                out.count(Region::ALL.len());
            }
            (Problem::RegionNotListed, "date") => out.text(Region::LISTED_ON),
            (
                Problem::TooManyInstanceIds { count, .. }
                | Problem::UsernameTooLong { length: count, .. },
                "count" | "length",
            ) => out.count(count),
            (
                Problem::TooManyInstanceIds { max, .. } | Problem::UsernameTooLong { max, .. },
                "max",
            ) => {
                out.count(max);
            }
            (Problem::DuplicateInstanceId { first, .. }, "first") => out.count(first),
            (Problem::UnsupportedInstanceState { state, .. }, "state") => out.text(state.name()),
            (Problem::RestrictedInstance { restriction, .. }, "field") => {
                out.text(restriction.field());
            }
            (Problem::RestrictedInstance { restriction, .. }, "restriction") => {
                out.text(restriction.name());
            }
            (problem, "index") => {
                if let Some(index) = problem.instance_index() {
                    out.count(index);
                }
            }
            _ => {}
        }
    }
}

impl Said for LoginProblem {
    fn key(&self) -> Key {
        match self {
            LoginProblem::MissingPassword => Key::LoginMissingPassword,
            LoginProblem::PasswordWithAutoGenerate => Key::PasswordWithAutoGenerate,
            LoginProblem::AutoGenerateUnsupported => Key::AutoGenerateUnsupported,
            LoginProblem::Password(v) => v.key(),
            LoginProblem::PasswordWarning(w) => w.key(),
            LoginProblem::LinuxPasswordAtCreation => Key::LinuxPasswordAtCreation,
            LoginProblem::PasswordWithKeys => Key::PasswordWithKeys,
            LoginProblem::TooManyKeys { .. } => Key::TooManyKeys,
            LoginProblem::KeysOnWindows => Key::KeysOnWindows,
            LoginProblem::KeysOnUnknownOs => Key::KeysOnUnknownOs,
            LoginProblem::KeepImageLoginWithCredentials => Key::KeepImageLoginWithCredentials,
        }
    }

    fn figure(&self, name: &str, out: &mut Out<'_>) {
        match (*self, name) {
            (LoginProblem::Password(v), _) => v.figure(name, out),
            (LoginProblem::PasswordWarning(w), _) => w.figure(name, out),
            (LoginProblem::TooManyKeys { count, .. }, "count") => out.count(count),
            (LoginProblem::TooManyKeys { max, .. }, "max") => out.count(max),
            _ => {}
        }
    }
}
