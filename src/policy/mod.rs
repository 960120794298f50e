//! The password policy: the rules as plain data, the check, its verdicts
//! and their texts, with the vendor's two presets.
//!
//! The layers below the policy are `message` (languages, no rule); the
//! request pre-flight (`crate::request`) sits above it and only reads it.

mod alphabet;
mod category;
mod check;
mod dispute;
#[cfg(feature = "unicode")]
mod highlight;
mod os;
mod scan;
mod search;
mod specials;
mod surrogate;
mod text;
mod username;
mod verdict;
mod violation;

pub use self::alphabet::{Alphabet, AlphabetIter};
pub use self::category::{classify, Categories, Category};
pub use self::dispute::Dispute;
#[cfg(feature = "unicode")]
pub use self::highlight::{DisallowedPositions, Position};
pub use self::os::Os;
pub use self::specials::Specials;
pub use self::surrogate::{decode_utf16, surrogate_stand_in};
pub use self::username::USERNAME_MIN_CHECKED;
pub use self::verdict::{Accepted, Rejected, Violations, Warnings};
pub use self::violation::{Figure, Figures, Violation, Warning, INVALID_PASSWORD};

use self::category::classify_with;

/// How many characters a check reads at most.
///
/// Past this many characters the check stops reading and reports
/// [`Violation::TooLong`] as "more than 4096 characters": a check costs the
/// same for a 10 MiB input as for a 4 KiB one. Every other verdict speaks of
/// the first `INSPECTION_LIMIT` characters, and a rule that the unread rest
/// could still satisfy (the category count) is not reported. Length bounds
/// above the limit are lowered to it.
///
/// [`Violation::TooLong`]: crate::Violation::TooLong
pub const INSPECTION_LIMIT: usize = 4096;

/// The rules a password must meet: data, with the vendor's two presets as
/// constants.
///
/// Fields are private; read them with the `const fn` accessors and derive a
/// new policy with the `with_*` builders, which take and return the policy
/// by value and so work in `const` items too.
///
/// ```
/// use cvm_password::Policy;
///
/// // The vendor's Linux rules, but with a space allowed as a special
/// // character and at least 16 characters.
/// const STRICT: Policy = Policy::LINUX.with_space_allowed(true).with_min_length(16);
///
/// assert!(STRICT.check("correct horse 9 Battery", None).is_ok());
/// assert!(Policy::LINUX.check("correct horse 9 Battery", None).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Policy {
    min_length: usize,
    max_length: usize,
    recommended_min_length: usize,
    required_categories: usize,
    letters_as_one: bool,
    specials: Specials,
    first_banned: Alphabet,
    bans_username: bool,
}

impl Policy {
    /// The Linux rules: 8 to 30 characters (12 or more recommended), at
    /// least 3 of the 4 categories, no leading `/`.
    ///
    /// ```
    /// use cvm_password::Policy;
    ///
    /// assert_eq!(Policy::LINUX.min_length(), 8);
    /// assert_eq!(Policy::LINUX.max_length(), 30);
    /// assert!(!Policy::LINUX.bans_username());
    /// ```
    pub const LINUX: Policy = Policy {
        min_length: 8,
        max_length: 30,
        recommended_min_length: 12,
        required_categories: 3,
        letters_as_one: false,
        specials: Specials::CVM,
        first_banned: Alphabet::EMPTY.with('/'),
        bans_username: false,
    };

    /// The Windows rules: 12 to 30 characters, at least 3 of the 4
    /// categories, no leading `/`, and the username must not appear in the
    /// password.
    ///
    /// ```
    /// use cvm_password::Policy;
    ///
    /// assert_eq!(Policy::WINDOWS.min_length(), 12);
    /// assert!(Policy::WINDOWS.bans_username());
    /// ```
    pub const WINDOWS: Policy = Policy {
        min_length: 12,
        recommended_min_length: 12,
        bans_username: true,
        ..Policy::LINUX
    };

    /// The policy for a request whose instances run `targets`.
    ///
    /// One Windows instance (or one whose OS is [`Os::Unknown`]) makes the
    /// whole request follow [`Policy::WINDOWS`], as the vendor says. Only
    /// Linux instances give [`Policy::LINUX`]. No instance at all gives
    /// [`Policy::WINDOWS`]: the strictest, so a password it accepts is
    /// accepted on every OS.
    ///
    /// ```
    /// use cvm_password::{Os, Policy};
    ///
    /// assert_eq!(Policy::for_targets([Os::Linux, Os::Windows]), Policy::WINDOWS);
    /// assert_eq!(Policy::for_targets([Os::Linux, Os::Ubuntu]), Policy::LINUX);
    /// assert_eq!(Policy::for_targets([]), Policy::WINDOWS);
    /// ```
    pub fn for_targets<I>(targets: I) -> Policy
    where
        I: IntoIterator<Item = Os>,
    {
        if Os::mix_is_windows(targets) {
            Policy::WINDOWS
        } else {
            Policy::LINUX
        }
    }

    /// The strictest combination of two policies: a password the merged
    /// policy accepts, both accept.
    ///
    /// Length bounds, required counts and bans take the stricter side; the
    /// allowed specials are those both allow, the banned first characters
    /// those either bans. The recommended length takes the larger one, so
    /// the merge warns where either would. Linux and Windows merge into the
    /// Windows rules, which is also what a batch of both OSes follows
    /// ([`Policy::for_targets`]).
    ///
    /// Where one policy counts letters as one class and the other does not,
    /// the merge counts the four categories and requires one more than the
    /// first asks in classes (a password with `r + 1` categories has at
    /// least `r` classes), or what the second asks, whichever is more. Then,
    /// and only then, the merge may refuse a password both accept: no one
    /// policy can say "2 of 3 classes and 3 of 4 categories" in general.
    ///
    /// ```
    /// use cvm_password::Policy;
    ///
    /// assert_eq!(Policy::LINUX.merge(Policy::WINDOWS), Policy::WINDOWS);
    /// let advised = Policy::LINUX.with_recommended_min_length(16);
    /// assert_eq!(advised.merge(Policy::WINDOWS).recommended_min_length(), 16);
    ///
    /// let short = Policy::LINUX.with_max_length(16);
    /// assert_eq!(short.merge(Policy::WINDOWS).max_length(), 16);
    ///
    /// let two_of_three = Policy::LINUX.with_letters_as_one(true).with_required_categories(2);
    /// let merged = two_of_three.merge(Policy::LINUX.with_required_categories(2));
    /// assert_eq!((merged.letters_as_one(), merged.required_categories()), (false, 3));
    /// ```
    #[must_use]
    pub const fn merge(self, other: Policy) -> Policy {
        let (a, b) = (self.required_categories, other.required_categories);
        let (letters_as_one, required_categories) =
            match (self.letters_as_one, other.letters_as_one) {
                (true, false) => (false, max(min(a + 1, 4), b)),
                (false, true) => (false, max(a, min(b + 1, 4))),
                (same, _) => (same, max(a, b)),
            };
        Policy {
            min_length: max(self.min_length, other.min_length),
            max_length: min(self.max_length, other.max_length),
            recommended_min_length: max(self.recommended_min_length, other.recommended_min_length),
            required_categories,
            letters_as_one,
            specials: self.specials.intersection(other.specials),
            first_banned: self.first_banned.union(other.first_banned),
            bans_username: self.bans_username || other.bans_username,
        }
    }

    /// The most lenient combination of two policies, rule by rule: each rule
    /// as the side that accepts more has it. For sources that disagree,
    /// what this policy refuses, every source refuses, rule by rule.
    ///
    /// Where the two differ on counting letters as one class, the result
    /// takes `self`'s way of counting, with the smaller requirement.
    ///
    /// ```
    /// use cvm_password::{Policy, Specials};
    ///
    /// let page = Policy::LINUX;
    /// let reference = Policy::LINUX
    ///     .with_required_categories(2)
    ///     .with_specials(Specials::CVM.without('_'))
    ///     .with_leading_slash_banned(false);
    /// let lenient = page.loosen(reference);
    /// assert_eq!(lenient.required_categories(), 2);
    /// assert_eq!(lenient.specials(), Specials::CVM);
    /// assert!(!lenient.bans_leading_slash());
    /// ```
    #[must_use]
    pub const fn loosen(self, other: Policy) -> Policy {
        Policy {
            min_length: min(self.min_length, other.min_length),
            max_length: max(self.max_length, other.max_length),
            recommended_min_length: min(self.recommended_min_length, other.recommended_min_length),
            required_categories: min(self.required_categories, other.required_categories),
            letters_as_one: self.letters_as_one,
            specials: self.specials.union(other.specials),
            first_banned: self.first_banned.intersection(other.first_banned),
            bans_username: self.bans_username && other.bans_username,
        }
    }

    /// The category of `c` under this policy's specials; `None` for a
    /// disallowed character.
    ///
    /// ```
    /// use cvm_password::{Category, Policy};
    ///
    /// assert_eq!(Policy::LINUX.classify(' '), None);
    /// let spaced = Policy::LINUX.with_space_allowed(true);
    /// assert_eq!(spaced.classify(' '), Some(Category::Special));
    /// ```
    pub const fn classify(&self, c: char) -> Option<Category> {
        classify_with(c, self.specials)
    }

    /// The fewest characters accepted.
    pub const fn min_length(&self) -> usize {
        self.min_length
    }

    /// The most characters accepted; never above [`INSPECTION_LIMIT`].
    pub const fn max_length(&self) -> usize {
        self.max_length
    }

    /// A password shorter than this is accepted with the warning
    /// [`Warning::ShorterThanRecommended`](crate::Warning::ShorterThanRecommended):
    /// 12 in both presets. The vendor recommends "12位以上", and 以上
    /// includes the number itself (its own example password has 12
    /// characters), so Linux warns at 8 to 11; on Windows 12 is also the
    /// minimum, which never warns.
    pub const fn recommended_min_length(&self) -> usize {
        self.recommended_min_length
    }

    /// How many classes of characters must be present: of the four
    /// [`Category`] values, or of three where
    /// [`letters_as_one`](Policy::letters_as_one).
    pub const fn required_categories(&self) -> usize {
        self.required_categories
    }

    /// Whether lowercase and uppercase letters count as one class, so that
    /// there are three (letters, digits, specials) rather than four: the
    /// rule of Batch, ECM and bare-metal APIs on Linux.
    pub const fn letters_as_one(&self) -> bool {
        self.letters_as_one
    }

    /// How many classes there are to draw from: 4, or 3 where letters
    /// count as one.
    pub const fn classes(&self) -> usize {
        if self.letters_as_one {
            3
        } else {
            4
        }
    }

    /// The characters that count as [`Category::Special`].
    pub const fn specials(&self) -> Specials {
        self.specials
    }

    /// Whether a space is accepted, as a special character.
    pub const fn space_allowed(&self) -> bool {
        self.specials.contains(' ')
    }

    /// The characters a password may not start with: `/` in both presets,
    /// any special character for EMR.
    pub const fn first_banned(&self) -> Alphabet {
        self.first_banned
    }

    /// Whether a password may not start with `/`.
    pub const fn bans_leading_slash(&self) -> bool {
        self.first_banned.contains('/')
    }

    /// Whether a password may not contain the request's username, or the
    /// default administrator without one (see [`Policy::banned_name`]).
    pub const fn bans_username(&self) -> bool {
        self.bans_username
    }

    /// The policy with `length` as its minimum length (at most
    /// [`INSPECTION_LIMIT`]).
    #[must_use]
    pub const fn with_min_length(self, length: usize) -> Policy {
        Policy {
            min_length: min(length, INSPECTION_LIMIT),
            ..self
        }
    }

    /// The policy with `length` as its maximum length (at most
    /// [`INSPECTION_LIMIT`]).
    #[must_use]
    pub const fn with_max_length(self, length: usize) -> Policy {
        Policy {
            max_length: min(length, INSPECTION_LIMIT),
            ..self
        }
    }

    /// The policy warning below `length` characters.
    #[must_use]
    pub const fn with_recommended_min_length(self, length: usize) -> Policy {
        Policy {
            recommended_min_length: length,
            ..self
        }
    }

    /// The policy requiring `count` classes (at most [`Policy::classes`]).
    #[must_use]
    pub const fn with_required_categories(self, count: usize) -> Policy {
        Policy {
            required_categories: min(count, self.classes()),
            ..self
        }
    }

    /// The policy counting lowercase and uppercase letters as one class, or
    /// not; a requirement above the classes there are is lowered to them.
    #[must_use]
    pub const fn with_letters_as_one(self, as_one: bool) -> Policy {
        Policy {
            letters_as_one: as_one,
            ..self
        }
        .with_required_categories(self.required_categories)
    }

    /// The policy with `specials` as its special characters.
    #[must_use]
    pub const fn with_specials(self, specials: Specials) -> Policy {
        Policy { specials, ..self }
    }

    /// The policy accepting a space as a special character, or not.
    ///
    /// Off in both presets: the vendor's Windows list shows a space, but its
    /// Linux list and other Tencent pages do not, and Lighthouse says spaces
    /// are refused.
    #[must_use]
    pub const fn with_space_allowed(self, allowed: bool) -> Policy {
        let specials = if allowed {
            self.specials.with(' ')
        } else {
            self.specials.without(' ')
        };
        Policy { specials, ..self }
    }

    /// The policy refusing passwords that start with any of `banned`.
    #[must_use]
    pub const fn with_first_banned(self, banned: Alphabet) -> Policy {
        Policy {
            first_banned: banned,
            ..self
        }
    }

    /// The policy refusing a leading `/`, or not.
    #[must_use]
    pub const fn with_leading_slash_banned(self, banned: bool) -> Policy {
        Policy {
            first_banned: if banned {
                self.first_banned.with('/')
            } else {
                self.first_banned.without('/')
            },
            ..self
        }
    }

    /// The policy refusing passwords that contain the username, or not.
    #[must_use]
    pub const fn with_username_banned(self, banned: bool) -> Policy {
        Policy {
            bans_username: banned,
            ..self
        }
    }
}

// `Ord::max` and `Ord::min` are not `const`.
pub(crate) const fn max(a: usize, b: usize) -> usize {
    if a > b {
        a
    } else {
        b
    }
}

pub(crate) const fn min(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        b
    }
}
