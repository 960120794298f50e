//! What a check can find wrong, or merely worth a warning.

use core::fmt;

use crate::category::Categories;
use crate::message::{Lang, Message};

/// The API error code of every password violation: the one code the server
/// answers, whatever the reason.
pub const INVALID_PASSWORD: &str = "InvalidParameterValue.InvalidPassword";

/// One reason a password is rejected, with the figures its message needs.
///
/// It holds numbers and categories only, never a character of the password
/// or the username, so its `Display`, `Debug` and [`Violation::message`]
/// are safe to log.
///
/// ```
/// use cvm_password::{Policy, Violation};
///
/// let rejected = Policy::LINUX.check("abc", None).unwrap_err();
/// let first = rejected.violations().next().unwrap();
/// assert!(matches!(first, Violation::TooShort { length: 3, min: 8, .. }));
/// assert_eq!(first.code(), "too_short");
/// assert_eq!(first.api_error_code(), "InvalidParameterValue.InvalidPassword");
/// assert_eq!(first.to_string(), "password is too short: 3 characters, at least 8 required");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Violation {
    /// Fewer characters than [`Policy::min_length`](crate::Policy::min_length).
    #[non_exhaustive]
    TooShort {
        /// The password's length, in characters.
        length: usize,
        /// The fewest characters accepted.
        min: usize,
    },
    /// More characters than [`Policy::max_length`](crate::Policy::max_length).
    #[non_exhaustive]
    TooLong {
        /// The password's length, in characters; past the
        /// [`INSPECTION_LIMIT`](crate::INSPECTION_LIMIT) the check stops
        /// counting, and this is the limit plus one, read "more than the
        /// limit".
        length: usize,
        /// The most characters accepted.
        max: usize,
    },
    /// The first character is `/`.
    LeadingSlash,
    /// Fewer categories present than
    /// [`Policy::required_categories`](crate::Policy::required_categories).
    #[non_exhaustive]
    TooFewCategories {
        /// The categories the password draws from.
        present: Categories,
        /// How many are required.
        required: usize,
    },
    /// Characters outside the policy's alphabet: reported once for all.
    #[non_exhaustive]
    DisallowedCharacter {
        /// How many, among the characters inspected.
        count: usize,
    },
    /// The password contains the username, in any ASCII letter case.
    ContainsUsername,
}

impl Violation {
    /// The stable `snake_case` code, the same in Rust, JSON and JavaScript.
    pub const fn code(&self) -> &'static str {
        match self {
            Violation::TooShort { .. } => "too_short",
            Violation::TooLong { .. } => "too_long",
            Violation::LeadingSlash => "leading_slash",
            Violation::TooFewCategories { .. } => "too_few_categories",
            Violation::DisallowedCharacter { .. } => "disallowed_character",
            Violation::ContainsUsername => "contains_username",
        }
    }

    /// The error code `ResetInstancesPassword` answers for it:
    /// [`INVALID_PASSWORD`].
    pub const fn api_error_code(&self) -> &'static str {
        INVALID_PASSWORD
    }

    /// The message in `lang`, for a user interface.
    ///
    /// ```
    /// use cvm_password::{Lang, Policy};
    ///
    /// let rejected = Policy::LINUX.check("/Abcdefg1", None).unwrap_err();
    /// let v = rejected.violations().next().unwrap();
    /// assert_eq!(v.message(Lang::ZhCn).to_string(), "密码不能以“/”开头");
    /// ```
    pub const fn message(self, lang: Lang) -> Message {
        Message::violation(self, lang)
    }
}

/// The English message.
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.message(Lang::En), f)
    }
}

/// Something worth telling about an accepted password.
///
/// ```
/// use cvm_password::{Policy, Warning};
///
/// let accepted = Policy::LINUX.check("abcABC123", None).unwrap();
/// let w = accepted.warnings().next().unwrap();
/// assert_eq!(w.code(), "shorter_than_recommended");
/// assert_eq!(
///     w.to_string(),
///     "password is shorter than recommended: 9 characters, at least 13 recommended",
/// );
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Warning {
    /// Accepted, but shorter than
    /// [`Policy::recommended_min_length`](crate::Policy::recommended_min_length).
    #[non_exhaustive]
    ShorterThanRecommended {
        /// The password's length, in characters.
        length: usize,
        /// The recommended minimum.
        recommended: usize,
    },
}

impl Warning {
    /// The stable `snake_case` code.
    pub const fn code(&self) -> &'static str {
        match self {
            Warning::ShorterThanRecommended { .. } => "shorter_than_recommended",
        }
    }

    /// The message in `lang`, for a user interface.
    pub const fn message(self, lang: Lang) -> Message {
        Message::warning(self, lang)
    }
}

/// The English message.
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.message(Lang::En), f)
    }
}
