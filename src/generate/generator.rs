//! The generator: a policy, a length and a username, and the loop that
//! draws candidates until the policy accepts one.

use core::fmt;

use super::error::GenerateError;
use super::password::GeneratedPassword;
#[cfg(feature = "getrandom")]
use super::random::OsRandom;
use super::random::{Draw, RandomSource};
use crate::policy::{max, min, Alphabet, Policy};

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
        let table = Table::new(self.policy.alphabet(), self.policy.first_banned());

        let mut draw = Draw::new(random);
        let mut password = GeneratedPassword {
            bytes: [0; GeneratedPassword::CAPACITY],
            length,
        };
        for _ in 0..Generator::MAX_ATTEMPTS {
            let mut first = true;
            for slot in password.bytes.iter_mut().take(length) {
                let choices = if first { table.first } else { table.len };
                first = false;
                *slot = table.get(draw.below(choices)?);
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
        if policy.alphabet().is_subset(policy.first_banned()) {
            return Err(GenerateError::FirstCharacterUnavailable);
        }
        let available = policy.classes() - usize::from(policy.specials().is_empty());
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

/// The policy's characters, those allowed first before the others (each
/// group in ASCII order), so that the first character is drawn from the
/// first entries: an array, since a draw picks an entry by index.
struct Table {
    chars: [u8; 128],
    len: usize,
    /// How many entries the first character draws from.
    first: usize,
}

impl Table {
    fn new(alphabet: Alphabet, first_banned: Alphabet) -> Table {
        let banned = alphabet.intersection(first_banned).bits();
        let mut table = Table {
            chars: [0; 128],
            len: 0,
            first: 0,
        };
        table.push(alphabet.bits() & !banned);
        table.first = table.len;
        table.push(banned);
        table
    }

    /// Appends the characters of `bits`, one bit per character, lowest
    /// first: a few instructions each, where walking an alphabet's iterator
    /// costs several times more.
    fn push(&mut self, mut bits: u128) {
        while bits != 0 {
            // `len` stays below 128, the array's length: at most one slot
            // per bit of a `u128`.
            if let Some(slot) = self.chars.get_mut(self.len) {
                *slot = lowest_byte(bits);
                self.len += 1;
            }
            bits &= bits - 1;
        }
    }

    #[expect(
        clippy::indexing_slicing,
        reason = "masked below 128, the array's length; draws are below `len` anyway"
    )]
    fn get(&self, index: usize) -> u8 {
        self.chars[index & 0x7f]
    }
}

/// The byte whose bit is the lowest set bit of `bits` (not zero).
#[expect(
    clippy::cast_possible_truncation,
    reason = "a set bit of a u128 is below 128, so its index fits a u8"
)]
const fn lowest_byte(bits: u128) -> u8 {
    bits.trailing_zeros() as u8
}
