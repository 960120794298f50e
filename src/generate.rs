//! Generating a password the policy accepts: uniformly at random, without
//! allocating, from a random source the caller chooses.
//!
//! A candidate draws each character independently and uniformly from the
//! policy's alphabet (the first one from the alphabet without `/` where a
//! leading `/` is banned), and is kept only if [`Policy::check`] accepts it.
//! Rejecting whole candidates, rather than planting one character of each
//! category, keeps the result uniform over every password of that length
//! the policy accepts: no character, position or category is favoured, and
//! every output is accepted by construction.

use core::fmt;
use core::ops::Deref;

use crate::category::Category;
use crate::policy::{max, min, Policy};

/// A source of uniformly random bytes.
///
/// Implemented for closures, so any generator plugs in without a wrapper
/// type; with the `getrandom` feature, [`OsRandom`] is the operating
/// system's (or, in a browser, `crypto.getRandomValues`).
///
/// ```
/// use cvm_password::{Policy, RandomError};
///
/// // A deterministic source, for a test: never use one for real passwords.
/// let mut state = 7u64;
/// let mut random = |bytes: &mut [u8]| -> Result<(), RandomError> {
///     for b in bytes {
///         state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
///         *b = (state >> 56) as u8;
///     }
///     Ok(())
/// };
/// let password = Policy::LINUX.generator().generate_with(&mut random)?;
/// assert!(Policy::LINUX.check(&password, None).is_ok());
/// # Ok::<(), cvm_password::GenerateError>(())
/// ```
pub trait RandomSource {
    /// Fills `bytes` with independent, uniformly distributed bytes.
    ///
    /// # Errors
    ///
    /// [`RandomError`] when the source cannot deliver; generation then
    /// fails with [`GenerateError::RandomSourceFailed`].
    fn fill(&mut self, bytes: &mut [u8]) -> Result<(), RandomError>;
}

impl<F> RandomSource for F
where
    F: FnMut(&mut [u8]) -> Result<(), RandomError>,
{
    fn fill(&mut self, bytes: &mut [u8]) -> Result<(), RandomError> {
        self(bytes)
    }
}

/// A [`RandomSource`] that could not deliver random bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RandomError;

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the random source failed")
    }
}

impl core::error::Error for RandomError {}

/// The operating system's cryptographically secure random number generator,
/// through the `getrandom` crate.
///
/// On `wasm32-unknown-unknown` it needs getrandom's `wasm_js` feature, which
/// the final binary turns on (see getrandom's documentation); it then uses
/// `crypto.getRandomValues`.
#[cfg(feature = "getrandom")]
#[cfg_attr(docsrs, doc(cfg(feature = "getrandom")))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OsRandom;

#[cfg(feature = "getrandom")]
impl RandomSource for OsRandom {
    fn fill(&mut self, bytes: &mut [u8]) -> Result<(), RandomError> {
        getrandom::fill(bytes).map_err(|_| RandomError)
    }
}

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
    /// The policy requires more categories than the length holds, or than
    /// its alphabet has (no special character allowed, four categories
    /// required).
    #[non_exhaustive]
    CategoriesUnavailable {
        /// The length asked for.
        length: usize,
        /// How many categories have at least one allowed character.
        available: usize,
        /// How many the policy requires.
        required: usize,
    },
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
            GenerateError::RandomSourceFailed => "random_source_failed",
            GenerateError::RandomSourceStuck => "random_source_stuck",
        }
    }
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            GenerateError::LengthOutOfRange { length, min, max } if min > max => write!(
                f,
                "cannot generate a password of {length} characters: the policy accepts none, its minimum {min} is above its maximum {max}",
            ),
            GenerateError::LengthOutOfRange { length, min, max } => write!(
                f,
                "cannot generate a password of {length} characters: the policy accepts {min} to {max}",
            ),
            GenerateError::LengthAboveCapacity { length, capacity } => write!(
                f,
                "cannot generate a password of {length} characters: at most {capacity} can be generated",
            ),
            GenerateError::CategoriesUnavailable {
                length,
                available,
                required,
            } if available < required => write!(
                f,
                "cannot generate a password of {length} characters: the policy requires {required} character categories but allows characters of only {available}",
            ),
            GenerateError::CategoriesUnavailable {
                length, required, ..
            } => write!(
                f,
                "cannot generate a password of {length} characters: the policy requires {required} character categories",
            ),
            GenerateError::RandomSourceFailed => {
                f.write_str("cannot generate a password: the random source failed")
            }
            GenerateError::RandomSourceStuck => f.write_str(
                "cannot generate a password: the random source keeps giving unusable values",
            ),
        }
    }
}

impl core::error::Error for GenerateError {}

/// A generated password: up to [`GeneratedPassword::CAPACITY`] ASCII
/// characters, held inline, no allocation.
///
/// Read it with [`as_str`](GeneratedPassword::as_str) or through `Deref`
/// to `str`. It has no `Display` and its `Debug` shows only the length, so
/// it does not end up in a log by accident; it is `Clone` but not `Copy`,
/// so copies of the secret are made only on purpose.
#[derive(Clone)]
pub struct GeneratedPassword {
    bytes: [u8; GeneratedPassword::CAPACITY],
    length: usize,
}

impl GeneratedPassword {
    /// The most characters a generated password holds: far more than any
    /// vendor limit (30), and 128 characters of the vendor's alphabet carry
    /// over 800 bits of entropy.
    pub const CAPACITY: usize = 128;

    /// The password.
    pub fn as_str(&self) -> &str {
        // The bytes are ASCII from the policy's alphabet, so this never
        // falls back to the empty string.
        self.bytes
            .get(..self.length)
            .and_then(|bytes| core::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

impl Deref for GeneratedPassword {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for GeneratedPassword {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for GeneratedPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GeneratedPassword")
            .field("length", &self.length)
            .finish_non_exhaustive()
    }
}

/// Generates passwords a [`Policy`] accepts; made by [`Policy::generator`].
///
/// The output is uniform over all passwords of the chosen length that
/// [`Policy::check`] accepts with the chosen username: each character is
/// drawn by rejection sampling (no modulo bias), the first one never `/`
/// where the policy bans it, and candidates the check refuses (too few
/// categories, the username inside) are thrown away whole.
///
/// ```
/// use cvm_password::{Generator, Policy};
///
/// let generator = Policy::WINDOWS.generator().username("Admin");
/// assert_eq!(generator.resolved_length(), Generator::DEFAULT_LENGTH);
/// # #[cfg(feature = "getrandom")] {
/// let password = generator.generate()?;
/// assert_eq!(password.len(), 20);
/// assert!(Policy::WINDOWS.check(&password, Some("Admin")).is_ok());
/// # }
/// # Ok::<(), cvm_password::GenerateError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Generator<'a> {
    policy: Policy,
    length: Option<usize>,
    username: Option<&'a str>,
}

impl Policy {
    /// A [`Generator`] of passwords this policy accepts, of the default
    /// length, for the OS default username.
    pub const fn generator<'a>(&self) -> Generator<'a> {
        Generator {
            policy: *self,
            length: None,
            username: None,
        }
    }
}

impl<'a> Generator<'a> {
    /// The length generated when none is asked for, within the policy's
    /// bounds: 20 characters, about 130 bits of entropy with the vendor's 92
    /// characters, well above the Linux recommendation of 13 and below the
    /// maximum of 30. A policy recommending more gets its recommendation; one
    /// whose bounds exclude 20 gets the nearest bound.
    pub const DEFAULT_LENGTH: usize = 20;

    /// How many candidates are drawn before giving up with
    /// [`GenerateError::RandomSourceStuck`]. The hardest satisfiable policy
    /// (4 categories in 4 characters, `/` the only special character) keeps
    /// more than 0.7 % of candidates, so a working source gives up with
    /// odds below 10<sup>-30</sup>; a broken one costs at most this many
    /// checks.
    pub const MAX_ATTEMPTS: usize = 10_000;

    /// The generator for passwords of `length` characters.
    #[must_use]
    pub const fn length(self, length: usize) -> Generator<'a> {
        Generator {
            length: Some(length),
            ..self
        }
    }

    /// The generator for a request whose `UserName` is `username`; without
    /// it, the OS default administrator, as in [`Policy::check`].
    #[must_use]
    pub const fn username(self, username: &str) -> Generator<'_> {
        Generator {
            policy: self.policy,
            length: self.length,
            username: Some(username),
        }
    }

    /// The length the generator will produce: the one asked for, or the
    /// default ([`Generator::DEFAULT_LENGTH`]).
    pub const fn resolved_length(&self) -> usize {
        if let Some(length) = self.length {
            return length;
        }
        let policy = &self.policy;
        let wanted = max(Generator::DEFAULT_LENGTH, policy.recommended_min_length());
        let highest = min(policy.max_length(), GeneratedPassword::CAPACITY);
        // Not `clamp`, which panics when the policy's bounds cross: the
        // length check below reports that instead.
        max(min(wanted, highest), policy.min_length())
    }

    /// Generates a password from the operating system's secure random
    /// number generator ([`OsRandom`]).
    ///
    /// # Errors
    ///
    /// As [`Generator::generate_with`].
    #[cfg(feature = "getrandom")]
    #[cfg_attr(docsrs, doc(cfg(feature = "getrandom")))]
    pub fn generate(&self) -> Result<GeneratedPassword, GenerateError> {
        self.generate_with(&mut OsRandom)
    }

    /// Generates a password from `random`.
    ///
    /// # Errors
    ///
    /// [`GenerateError`] when the policy accepts no password of the length
    /// asked for, the length exceeds [`GeneratedPassword::CAPACITY`], or the
    /// random source fails or is stuck. Never panics.
    pub fn generate_with<R>(&self, random: &mut R) -> Result<GeneratedPassword, GenerateError>
    where
        R: RandomSource + ?Sized,
    {
        let length = self.resolved_length();
        self.feasible(length)?;
        let alphabet = Alphabet::new(&self.policy);

        let mut draw = Draw::new(random);
        let mut password = GeneratedPassword {
            bytes: [0; GeneratedPassword::CAPACITY],
            length,
        };
        for _ in 0..Generator::MAX_ATTEMPTS {
            let mut first = true;
            for slot in password.bytes.iter_mut().take(length) {
                let choices = if first { alphabet.first } else { alphabet.len };
                first = false;
                *slot = alphabet.get(draw.below(choices)?);
            }
            if self.policy.check(password.as_str(), self.username).is_ok() {
                return Ok(password);
            }
        }
        Err(GenerateError::RandomSourceStuck)
    }

    /// Refuses, before drawing anything, what no candidate could satisfy,
    /// so that only a broken random source can exhaust the attempts.
    fn feasible(&self, length: usize) -> Result<(), GenerateError> {
        let policy = &self.policy;
        if length < policy.min_length() || length > policy.max_length() {
            return Err(GenerateError::LengthOutOfRange {
                length,
                min: policy.min_length(),
                max: policy.max_length(),
            });
        }
        if length > GeneratedPassword::CAPACITY {
            return Err(GenerateError::LengthAboveCapacity {
                length,
                capacity: GeneratedPassword::CAPACITY,
            });
        }
        let available = Category::ALL.len() - usize::from(policy.specials().is_empty());
        let required = policy.required_categories();
        if required > available || required > length {
            return Err(GenerateError::CategoriesUnavailable {
                length,
                available,
                required,
            });
        }
        // Every other obstacle leaves room: the first character can always
        // be a letter, and a name of three or more characters can always be
        // avoided with 62 letters and digits to choose from.
        Ok(())
    }
}

impl fmt::Debug for Generator<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Generator")
            .field("policy", &self.policy)
            .field("length", &self.resolved_length())
            .field("username", &self.username.map(|_| "<redacted>"))
            .finish()
    }
}

/// The bits of `0`-`9`, `A`-`Z` and `a`-`z` in a 128-bit ASCII set.
const LETTERS_AND_DIGITS: u128 = (0x3ff << b'0') | (0x3ff_ffff << b'A') | (0x3ff_ffff << b'a');

/// The policy's characters in ASCII order, `/` last so that the first
/// character can be drawn from all but the last entry.
struct Alphabet {
    chars: [u8; 128],
    len: usize,
    /// How many entries the first character draws from.
    first: usize,
}

impl Alphabet {
    fn new(policy: &Policy) -> Alphabet {
        let mut alphabet = Alphabet {
            chars: [0; 128],
            len: 0,
            first: 0,
        };
        let slash = policy.specials().contains('/');
        // One bit per allowed ASCII character, taken lowest first: a few
        // instructions a character, where classifying all 128 costs thousands.
        let mut allowed = (LETTERS_AND_DIGITS | policy.specials().bits()) & !(1 << b'/');
        let mut push = |b: u8| {
            if let Some(slot) = alphabet.chars.get_mut(alphabet.len) {
                *slot = b;
                alphabet.len += 1;
            }
        };
        while allowed != 0 {
            // A set bit of a `u128` is below 128: it fits a `u8`.
            push(u8::try_from(allowed.trailing_zeros()).unwrap_or(b'a'));
            allowed &= allowed - 1;
        }
        if slash {
            push(b'/');
        }
        let slash_banned = policy.bans_leading_slash() && slash;
        alphabet.first = alphabet.len - usize::from(slash_banned);
        alphabet
    }

    fn get(&self, index: usize) -> u8 {
        self.chars.get(index).copied().unwrap_or(b'a')
    }
}

/// Uniform indices from a random source, a buffer of bytes at a time (one
/// call to the OS, or to JavaScript, costs far more than one byte).
struct Draw<'r, R: ?Sized> {
    random: &'r mut R,
    pool: [u8; 64],
    next: usize,
}

impl<'r, R: RandomSource + ?Sized> Draw<'r, R> {
    /// More consecutive rejected bytes than this means a stuck source: each
    /// byte is rejected with probability below 1/2, so a working source
    /// gets here with odds below 2<sup>-100</sup>.
    const MAX_REJECTED: usize = 100;

    fn new(random: &'r mut R) -> Draw<'r, R> {
        Draw {
            random,
            pool: [0; 64],
            next: 64,
        }
    }

    fn byte(&mut self) -> Result<u8, GenerateError> {
        if self.next >= self.pool.len() {
            self.random
                .fill(&mut self.pool)
                .map_err(|RandomError| GenerateError::RandomSourceFailed)?;
            self.next = 0;
        }
        let b = self.pool.get(self.next).copied().unwrap_or_default();
        self.next += 1;
        Ok(b)
    }

    /// A uniform index below `n`, 1 to 256. Bytes from the largest multiple
    /// of `n` up are thrown away, so that every index has as many bytes
    /// mapping to it: `b % n` alone would favour the low indices.
    fn below(&mut self, n: usize) -> Result<usize, GenerateError> {
        let n = n.clamp(1, 256);
        let zone = 256 - 256 % n;
        for _ in 0..Self::MAX_REJECTED {
            let b = usize::from(self.byte()?);
            if b < zone {
                return Ok(b % n);
            }
        }
        Err(GenerateError::RandomSourceStuck)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_keeps_every_byte_under_the_largest_multiple() {
        // 256 = 2 × 92 + 72: bytes 0 to 183 give an index, 184 to 255 are
        // thrown away.
        let mut script = [183u8, 184, 255, 100].into_iter();
        let mut source = |bytes: &mut [u8]| {
            for b in bytes {
                *b = script.next().unwrap_or(0);
            }
            Ok(())
        };
        let mut draw = Draw::new(&mut source);
        assert_eq!(draw.below(92), Ok(183 % 92));
        assert_eq!(draw.below(92), Ok(100 % 92));
        assert_eq!(draw.below(1), Ok(0));
    }
}
