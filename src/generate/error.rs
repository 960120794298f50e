//! Why no password could be generated.

use core::fmt;

use crate::message::{Key, Lang, Message, Out, Said};
use crate::policy::{Figure, Figures};

#[cfg(doc)]
use super::password::GeneratedPassword;
#[cfg(doc)]
use super::Generator;

/// Why no password could be generated.
///
/// Like every message of this crate, these say no character of the username.
///
/// ```
/// use cvm_password::{GenerateError, Policy, RandomError};
///
/// let mut random = |bytes: &mut [u8]| -> Result<(), RandomError> {
///     bytes.fill(7);
///     Ok(())
/// };
/// let error = Policy::WINDOWS.generator().length(8).generate_with(&mut random).unwrap_err();
/// assert!(matches!(error, GenerateError::LengthOutOfRange { length: 8, min: 12, max: 30, .. }));
/// assert_eq!(
///     error.to_string(),
///     "cannot generate a password of 8 characters: the policy accepts 12 to 30",
/// );
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GenerateError {
    /// The length asked for is outside the policy's bounds.
    #[non_exhaustive]
    LengthOutOfRange {
        /// The length asked for.
        length: usize,
        /// The policy's minimum length.
        min: usize,
        /// The policy's maximum length.
        max: usize,
    },
    /// The length asked for is more than a [`GeneratedPassword`] holds.
    #[non_exhaustive]
    LengthAboveCapacity {
        /// The length asked for.
        length: usize,
        /// [`GeneratedPassword::CAPACITY`].
        capacity: usize,
    },
    /// The policy requires more classes of characters than the length
    /// holds, or than its alphabet has (no special character allowed, four
    /// categories required).
    #[non_exhaustive]
    CategoriesUnavailable {
        /// The length asked for.
        length: usize,
        /// How many categories have at least one allowed character.
        available: usize,
        /// How many the policy requires.
        required: usize,
    },
    /// The policy bans, in the first place, every character it allows.
    FirstCharacterUnavailable,
    /// The random source reported a failure.
    RandomSourceFailed,
    /// The random source delivered, but nothing acceptable came of it in
    /// [`Generator::MAX_ATTEMPTS`] candidates, or one character took more
    /// than a few dozen bytes: for a working source, the odds of either are
    /// below 10<sup>-30</sup>, so the source is taken to be broken (say, a
    /// constant).
    RandomSourceStuck,
}

impl GenerateError {
    /// The stable `snake_case` code, as in JavaScript.
    pub const fn code(&self) -> &'static str {
        match self {
            GenerateError::LengthOutOfRange { .. } => "length_out_of_range",
            GenerateError::LengthAboveCapacity { .. } => "length_above_capacity",
            GenerateError::CategoriesUnavailable { .. } => "categories_unavailable",
            GenerateError::FirstCharacterUnavailable => "first_character_unavailable",
            GenerateError::RandomSourceFailed => "random_source_failed",
            GenerateError::RandomSourceStuck => "random_source_stuck",
        }
    }
}

impl GenerateError {
    /// The message in `lang`.
    ///
    /// ```
    /// use cvm_password::{GenerateError, Lang};
    ///
    /// let error = GenerateError::RandomSourceFailed;
    /// assert_eq!(error.message(Lang::ZhCn).to_string(), "无法生成密码：随机数来源出错");
    /// ```
    pub const fn message(self, lang: Lang) -> Message<GenerateError> {
        Message::new(self, lang)
    }

    /// Its figures, by name: `length`, `min` and `max` of a length out of
    /// range; `length` and `capacity` above the capacity; `length`,
    /// `available` and `required` of categories unavailable.
    pub const fn figures(&self) -> Figures {
        match *self {
            GenerateError::LengthOutOfRange { length, min, max } => Figures::three(
                ("length", Figure::Count(length)),
                ("min", Figure::Count(min)),
                ("max", Figure::Count(max)),
            ),
            GenerateError::LengthAboveCapacity { length, capacity } => Figures::two(
                ("length", Figure::Count(length)),
                ("capacity", Figure::Count(capacity)),
            ),
            GenerateError::CategoriesUnavailable {
                length,
                available,
                required,
            } => Figures::three(
                ("length", Figure::Count(length)),
                ("available", Figure::Count(available)),
                ("required", Figure::Count(required)),
            ),
            _ => Figures::NONE,
        }
    }
}

impl Said for GenerateError {
    fn key(&self) -> Key {
        match *self {
            GenerateError::LengthOutOfRange { min, max, .. } if min > max => {
                Key::LengthOutOfRangeNone
            }
            GenerateError::LengthOutOfRange { .. } => Key::LengthOutOfRange,
            GenerateError::LengthAboveCapacity { .. } => Key::LengthAboveCapacity,
            GenerateError::CategoriesUnavailable {
                available,
                required,
                ..
            } if available < required => Key::CategoriesUnavailableAlphabet,
            GenerateError::CategoriesUnavailable { .. } => Key::CategoriesUnavailable,
            GenerateError::FirstCharacterUnavailable => Key::FirstCharacterUnavailable,
            GenerateError::RandomSourceFailed => Key::RandomSourceFailed,
            GenerateError::RandomSourceStuck => Key::RandomSourceStuck,
        }
    }

    fn figure(&self, name: &str, out: &mut Out<'_>) {
        if let Some((_, Figure::Count(n))) = self.figures().find(|(n, _)| *n == name) {
            out.count(n);
        }
    }
}

/// The English message.
impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.message(Lang::En), f)
    }
}

impl core::error::Error for GenerateError {}
