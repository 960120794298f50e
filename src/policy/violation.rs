//! What a check can find wrong, or merely worth a warning.

use core::fmt;

use super::alphabet::Alphabet;
use super::category::Categories;
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
    /// The first character is one the policy bans there, other than `/`
    /// (which is [`Violation::LeadingSlash`]): EMR refuses a special one.
    #[non_exhaustive]
    BannedFirstCharacter {
        /// The characters banned first, `/` aside: the policy's, never the
        /// password's.
        banned: Alphabet,
    },
    /// Fewer classes present than
    /// [`Policy::required_categories`](crate::Policy::required_categories).
    #[non_exhaustive]
    TooFewCategories {
        /// The categories the password draws from.
        present: Categories,
        /// How many classes are required.
        required: usize,
        /// How many classes there are: 4, or 3 where lowercase and
        /// uppercase letters count as one.
        out_of: usize,
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
            Violation::BannedFirstCharacter { .. } => "banned_first_character",
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
    pub const fn message(self, lang: Lang) -> Message<Violation> {
        Message::new(self, lang)
    }

    /// Its figures, by name: what its message quotes, for a front end to
    /// pass on as data. The names are the same in Rust, JSON, JavaScript
    /// and Python: `length`, `min`, `max`, `banned`, `present`, `required`,
    /// `out_of`, `count`.
    ///
    /// ```
    /// use cvm_password::{Figure, Policy};
    ///
    /// let rejected = Policy::LINUX.check("abc", None).unwrap_err();
    /// let too_short = rejected.violations().next().unwrap();
    /// let figures: Vec<_> = too_short.figures().collect();
    /// assert_eq!(figures, [("length", Figure::Count(3)), ("min", Figure::Count(8))]);
    /// ```
    pub const fn figures(&self) -> Figures {
        match *self {
            Violation::TooShort { length, min } => Figures::two(
                ("length", Figure::Count(length)),
                ("min", Figure::Count(min)),
            ),
            Violation::TooLong { length, max } => Figures::two(
                ("length", Figure::Count(length)),
                ("max", Figure::Count(max)),
            ),
            Violation::BannedFirstCharacter { banned } => {
                Figures::one(("banned", Figure::Characters(banned)))
            }
            Violation::TooFewCategories {
                present,
                required,
                out_of,
            } => Figures::three(
                ("present", Figure::Categories(present)),
                ("required", Figure::Count(required)),
                ("out_of", Figure::Count(out_of)),
            ),
            Violation::DisallowedCharacter { count } => {
                Figures::one(("count", Figure::Count(count)))
            }
            Violation::LeadingSlash | Violation::ContainsUsername => Figures::NONE,
        }
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
///     "password is shorter than recommended: 9 characters, at least 12 recommended",
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
    /// Accepted by what every source of the API says, but refused by a rule
    /// only some of them have: an error in the strict reading.
    #[non_exhaustive]
    DisputedRule {
        /// The violation of the rule, as the strict reading reports it.
        violation: Violation,
        /// The sources that refuse it, named.
        refused_by: &'static str,
        /// The sources that accept it, named.
        accepted_by: &'static str,
    },
}

impl Warning {
    /// The stable `snake_case` code.
    pub const fn code(&self) -> &'static str {
        match self {
            Warning::ShorterThanRecommended { .. } => "shorter_than_recommended",
            Warning::DisputedRule { .. } => "disputed_rule",
        }
    }

    /// The message in `lang`, for a user interface.
    pub const fn message(self, lang: Lang) -> Message<Warning> {
        Message::new(self, lang)
    }

    /// Its figures, by name, as [`Violation::figures`]: `length` and
    /// `recommended`; for a disputed rule, the `rule` (its violation's
    /// code), `refused_by` and `accepted_by`.
    pub const fn figures(&self) -> Figures {
        match *self {
            Warning::ShorterThanRecommended {
                length,
                recommended,
            } => Figures::two(
                ("length", Figure::Count(length)),
                ("recommended", Figure::Count(recommended)),
            ),
            Warning::DisputedRule {
                violation,
                refused_by,
                accepted_by,
            } => Figures::three(
                ("rule", Figure::Text(violation.code())),
                ("refused_by", Figure::Text(refused_by)),
                ("accepted_by", Figure::Text(accepted_by)),
            ),
        }
    }
}

/// The English message.
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.message(Lang::En), f)
    }
}

/// One figure of a violation, a warning or a problem.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Figure {
    /// A number: a length, a limit, a count, a position.
    Count(usize),
    /// A set of categories, written as their names.
    Categories(Categories),
    /// A set of characters of the policy (never of the password), written
    /// as a string in ASCII order.
    Characters(Alphabet),
    /// A code or a name of the crate's tables, never of the input.
    Text(&'static str),
}

/// The named figures of a violation, a warning or a problem, in the order
/// their messages give them; see [`Violation::figures`].
#[derive(Clone, Debug)]
pub struct Figures {
    items: [Option<(&'static str, Figure)>; 3],
    next: usize,
}

impl Figures {
    pub(crate) const NONE: Figures = Figures {
        items: [None, None, None],
        next: 0,
    };

    pub(crate) const fn one(figure: (&'static str, Figure)) -> Figures {
        Figures {
            items: [Some(figure), None, None],
            next: 0,
        }
    }

    pub(crate) const fn three(
        first: (&'static str, Figure),
        second: (&'static str, Figure),
        third: (&'static str, Figure),
    ) -> Figures {
        Figures {
            items: [Some(first), Some(second), Some(third)],
            next: 0,
        }
    }

    pub(crate) const fn two(
        first: (&'static str, Figure),
        second: (&'static str, Figure),
    ) -> Figures {
        Figures {
            items: [Some(first), Some(second), None],
            next: 0,
        }
    }
}

impl Iterator for Figures {
    type Item = (&'static str, Figure);

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.items.get(self.next).copied().flatten();
        self.next += usize::from(item.is_some());
        item
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.items.iter().skip(self.next).flatten().count();
        (n, Some(n))
    }
}

impl ExactSizeIterator for Figures {}
impl core::iter::FusedIterator for Figures {}
