//! The verdict of an API's check: the policy's, and the rules only some of
//! the API's sources refuse.

use super::Api;
use crate::policy::{Accepted, Policy, Rejected, Violations, Warnings};

/// The verdict of [`Api::check`](crate::Api::check): accepted or rejected
/// as the reading says, and, for a password accepted in the common reading,
/// a warning `disputed_rule` for each rule some of the API's sources refuse.
///
/// It keeps the plain [`Accepted`] small: a check with a [`Policy`] alone
/// pays nothing for disputes.
///
/// [`Policy`]: crate::Policy
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ApiVerdict {
    api: &'static Api,
    policy: Policy,
    result: Result<Accepted, Rejected>,
    refusals: [Option<Rejected>; 2],
}

impl ApiVerdict {
    pub(super) const fn of(
        api: &'static Api,
        policy: Policy,
        result: Result<Accepted, Rejected>,
    ) -> ApiVerdict {
        ApiVerdict {
            api,
            policy,
            result,
            refusals: [None, None],
        }
    }

    pub(super) const fn disputed(
        api: &'static Api,
        policy: Policy,
        accepted: Accepted,
        refusals: [Option<Rejected>; 2],
    ) -> ApiVerdict {
        ApiVerdict {
            api,
            policy,
            result: Ok(accepted),
            refusals,
        }
    }

    /// The API checked for.
    pub const fn api(&self) -> &'static Api {
        self.api
    }

    /// The policy of the reading asked: the one whose figures the
    /// violations give ([`Api::policy`]).
    pub const fn policy(&self) -> Policy {
        self.policy
    }

    /// The verdict of the reading's policy.
    ///
    /// # Errors
    ///
    /// [`Rejected`] with every violation the reading counts as an error.
    pub const fn result(&self) -> Result<Accepted, Rejected> {
        self.result
    }

    /// Whether the password is accepted, warnings aside.
    pub const fn is_ok(&self) -> bool {
        self.result.is_ok()
    }

    /// The violations: none when accepted.
    pub fn violations(&self) -> Option<Violations> {
        self.result.as_ref().err().map(Rejected::violations)
    }

    /// The warnings of an accepted password: its own
    /// ([`Accepted::warnings`]), then a
    /// [`Warning::DisputedRule`](crate::Warning::DisputedRule) for each rule
    /// only some sources have and the password breaks, in the order of the
    /// rules table. None when rejected.
    pub fn warnings(&self) -> Warnings {
        let Ok(accepted) = self.result else {
            return Warnings::NONE;
        };
        if self.refusals.iter().any(Option::is_some) {
            accepted
                .warnings()
                .with_disputes(self.refusals, self.api.disputes())
        } else {
            accepted.warnings()
        }
    }
}
