//! Rules the vendor's sources disagree on: which source refuses, which
//! accepts. The API table (`crate::api`) says it; the verdict turns it into
//! warnings.

use super::violation::{Violation, Warning};

/// A rule some of the vendor's sources for an API have and others do not:
/// the violation's code, and the sources on each side, named.
///
/// ```
/// use cvm_password::{Api, Os};
///
/// let run = Api::from_name("cvm:RunInstances").unwrap();
/// let dispute = run.disputes().iter().find(|d| d.code() == "leading_slash").unwrap();
/// assert!(dispute.refused_by().contains("213/17008"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Dispute {
    code: &'static str,
    refused_by: &'static str,
    accepted_by: &'static str,
}

impl Dispute {
    /// The dispute over the rule whose violation has `code`.
    pub(crate) const fn new(
        code: &'static str,
        refused_by: &'static str,
        accepted_by: &'static str,
    ) -> Dispute {
        Dispute {
            code,
            refused_by,
            accepted_by,
        }
    }

    /// The code of the violation the rule gives, such as `leading_slash`.
    pub const fn code(&self) -> &'static str {
        self.code
    }

    /// The sources that refuse what breaks the rule.
    pub const fn refused_by(&self) -> &'static str {
        self.refused_by
    }

    /// The sources that accept it.
    pub const fn accepted_by(&self) -> &'static str {
        self.accepted_by
    }

    /// The warning for `violation`, a rule of the strict reading only,
    /// naming its sources from `disputes`.
    pub(super) fn warning(disputes: &[Dispute], violation: Violation) -> Warning {
        let found = disputes.iter().find(|d| d.code == violation.code());
        Warning::DisputedRule {
            violation,
            refused_by: found.map_or("some of the vendor's sources", |d| d.refused_by),
            accepted_by: found.map_or("others", |d| d.accepted_by),
        }
    }
}
