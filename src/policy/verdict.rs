//! The outcome of a check: `Accepted` or `Rejected`, both `Copy`, neither
//! holding a character of the password.

use core::fmt;
use core::iter::FusedIterator;

use super::alphabet::Alphabet;
use super::category::Categories;
use super::dispute::Dispute;
use super::scan::Measure;
use super::violation::{Violation, Warning};

/// The violations found, as one bit each in the order of the rules table
/// (docs/SPEC.md section 6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(super) struct Found(u8);

impl Found {
    pub(super) const TOO_SHORT: u8 = 1 << 0;
    pub(super) const TOO_LONG: u8 = 1 << 1;
    pub(super) const LEADING_SLASH: u8 = 1 << 2;
    pub(super) const BANNED_FIRST_CHARACTER: u8 = 1 << 3;
    pub(super) const TOO_FEW_CATEGORIES: u8 = 1 << 4;
    pub(super) const DISALLOWED_CHARACTER: u8 = 1 << 5;
    pub(super) const CONTAINS_USERNAME: u8 = 1 << 6;

    pub(super) fn set(&mut self, bit: u8, on: bool) {
        self.0 |= if on { bit } else { 0 };
    }

    pub(super) const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The limits of the policy that messages quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Limits {
    pub(super) min_length: usize,
    pub(super) max_length: usize,
    pub(super) required_categories: usize,
    /// 4, or 3 where letters count as one.
    pub(super) classes: usize,
    /// The banned first characters other than `/`, which has a violation
    /// of its own.
    pub(super) first_banned: Alphabet,
    pub(super) recommended_min_length: usize,
}

/// A password the policy accepts, perhaps with warnings.
///
/// ```
/// use cvm_password::{Categories, Category, Policy};
///
/// let accepted = Policy::WINDOWS.check("abc123ABC!@#", None).unwrap();
/// assert_eq!(accepted.length(), 12);
/// assert_eq!(accepted.categories(), Categories::ALL);
/// assert_eq!(accepted.warnings().count(), 0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Accepted {
    measure: Measure,
    recommended_min_length: usize,
}

impl Accepted {
    pub(super) const fn new(measure: Measure, limits: Limits) -> Accepted {
        Accepted {
            measure,
            recommended_min_length: limits.recommended_min_length,
        }
    }

    /// The password's length, in characters.
    pub const fn length(&self) -> usize {
        self.measure.length
    }

    /// The categories the password draws from.
    pub const fn categories(&self) -> Categories {
        self.measure.categories
    }

    /// The warnings, in a stable order: today at most
    /// [`Warning::ShorterThanRecommended`]. (An API's verdict adds the
    /// rules only some of its sources have: see
    /// [`ApiVerdict::warnings`](crate::ApiVerdict::warnings).)
    pub fn warnings(&self) -> Warnings {
        let recommended = (self.measure.length < self.recommended_min_length).then_some(
            Warning::ShorterThanRecommended {
                length: self.measure.length,
                recommended: self.recommended_min_length,
            },
        );
        Warnings {
            recommended,
            disputed: None,
        }
    }
}

/// The warnings of an [`Accepted`] password.
#[derive(Clone, Debug)]
pub struct Warnings {
    recommended: Option<Warning>,
    disputed: Option<Disputed>,
}

/// The rules still to tell of, one bit each, the verdicts of the sources
/// that refused them, and who says what.
type Disputed = (u8, [Option<Rejected>; 2], &'static [Dispute]);

impl Warnings {
    /// No warning: those of a rejected password.
    pub(crate) const NONE: Warnings = Warnings {
        recommended: None,
        disputed: None,
    };

    /// These warnings, then a `disputed_rule` for each rule the `refusals`
    /// of some sources give (each violation as the first of them to give it
    /// says); `disputes` say which source refuses each rule.
    pub(crate) fn with_disputes(
        self,
        refusals: [Option<Rejected>; 2],
        disputes: &'static [Dispute],
    ) -> Warnings {
        let bits = refusals
            .iter()
            .flatten()
            .fold(0, |bits, r| bits | r.found.0);
        Warnings {
            disputed: Some((bits, refusals, disputes)),
            ..self
        }
    }
}

impl Iterator for Warnings {
    type Item = Warning;

    fn next(&mut self) -> Option<Warning> {
        if let Some(warning) = self.recommended.take() {
            return Some(warning);
        }
        let (bits, refusals, disputes) = self.disputed.as_mut()?;
        let bit = *bits & bits.wrapping_neg();
        *bits &= !bit;
        let violation = refusals
            .iter()
            .flatten()
            .find_map(|refusal| refusal.violation(bit))?;
        Some(Dispute::warning(disputes, violation))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.recommended.is_some())
            + self
                .disputed
                .as_ref()
                .map_or(0, |(bits, _, _)| bits.count_ones() as usize);
        (n, Some(n))
    }
}

impl ExactSizeIterator for Warnings {}
impl FusedIterator for Warnings {}

/// A password the policy rejects, with every reason.
///
/// It implements [`Error`](core::error::Error); its `Display` joins the
/// English messages with `"; "`.
///
/// ```
/// use cvm_password::Policy;
///
/// let rejected = Policy::WINDOWS.check("admin1", Some("Admin")).unwrap_err();
/// let codes: Vec<_> = rejected.violations().map(|v| v.code()).collect();
/// assert_eq!(codes, ["too_short", "too_few_categories", "contains_username"]);
/// assert_eq!(
///     rejected.to_string(),
///     "password is too short: 6 characters, at least 12 required; \
///      password has too few character categories: 2 (lowercase letters, digits), \
///      at least 3 of 4 required; \
///      password must not contain the username, in any letter case",
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rejected {
    found: Found,
    measure: Measure,
    limits: Limits,
}

impl Rejected {
    pub(super) const fn new(found: Found, measure: Measure, limits: Limits) -> Rejected {
        Rejected {
            found,
            measure,
            limits,
        }
    }

    /// The same verdict, with only the violations of `bits` that it has;
    /// `None` when none is left.
    pub(crate) const fn only(self, bits: u8) -> Option<Rejected> {
        let found = self.found.0 & bits;
        if found == 0 {
            None
        } else {
            Some(Rejected {
                found: Found(found),
                ..self
            })
        }
    }

    /// The violations found, one bit each.
    pub(crate) const fn bits(&self) -> u8 {
        self.found.0
    }

    /// Every violation, in the order of the rules table: `too_short`,
    /// `too_long`, `leading_slash`, `banned_first_character`,
    /// `too_few_categories`, `disallowed_character`, `contains_username`.
    pub fn violations(&self) -> Violations {
        Violations {
            rejected: *self,
            bits: self.found.0,
        }
    }

    /// The password's length in characters, counted up to
    /// [`INSPECTION_LIMIT`](crate::INSPECTION_LIMIT) plus one.
    pub const fn length(&self) -> usize {
        self.measure.length
    }

    /// The categories the password draws from, among the characters
    /// inspected.
    pub const fn categories(&self) -> Categories {
        self.measure.categories
    }

    fn violation(&self, bit: u8) -> Option<Violation> {
        let Measure {
            length,
            categories,
            disallowed,
        } = self.measure;
        Some(match bit {
            Found::TOO_SHORT => Violation::TooShort {
                length,
                min: self.limits.min_length,
            },
            Found::TOO_LONG => Violation::TooLong {
                length,
                max: self.limits.max_length,
            },
            Found::LEADING_SLASH => Violation::LeadingSlash,
            Found::BANNED_FIRST_CHARACTER => Violation::BannedFirstCharacter {
                banned: self.limits.first_banned,
            },
            Found::TOO_FEW_CATEGORIES => Violation::TooFewCategories {
                present: categories,
                required: self.limits.required_categories,
                out_of: self.limits.classes,
            },
            Found::DISALLOWED_CHARACTER => Violation::DisallowedCharacter { count: disallowed },
            Found::CONTAINS_USERNAME => Violation::ContainsUsername,
            _ => return None,
        })
    }
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.violations().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            fmt::Display::fmt(&v, f)?;
        }
        Ok(())
    }
}

impl core::error::Error for Rejected {}

/// The violations of a [`Rejected`] password; see [`Rejected::violations`].
#[derive(Clone, Debug)]
pub struct Violations {
    rejected: Rejected,
    bits: u8,
}

impl Iterator for Violations {
    type Item = Violation;

    fn next(&mut self) -> Option<Violation> {
        while self.bits != 0 {
            let bit = self.bits & self.bits.wrapping_neg();
            self.bits &= !bit;
            if let Some(v) = self.rejected.violation(bit) {
                return Some(v);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Violations {}
impl FusedIterator for Violations {}
