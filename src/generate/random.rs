//! Where the randomness comes from: any [`RandomSource`], and uniform
//! indices drawn from it without modulo bias.

use core::fmt;

use super::error::GenerateError;

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

/// Uniform indices from a random source, a buffer of bytes at a time (one
/// call to the OS, or to JavaScript, costs far more than one byte).
pub(super) struct Draw<'r, R: ?Sized> {
    random: &'r mut R,
    pool: [u8; 64],
    next: usize,
}

impl<'r, R: RandomSource + ?Sized> Draw<'r, R> {
    /// More consecutive rejected bytes than this means a stuck source: each
    /// byte is rejected with probability below 1/2, so a working source
    /// gets here with odds below 2<sup>-100</sup>.
    const MAX_REJECTED: usize = 100;

    pub(super) fn new(random: &'r mut R) -> Draw<'r, R> {
        Draw {
            random,
            pool: [0; 64],
            next: 64,
        }
    }

    #[expect(
        clippy::indexing_slicing,
        reason = "masked below 64, the pool's length; refilled before it runs out anyway"
    )]
    fn byte(&mut self) -> Result<u8, GenerateError> {
        if self.next >= self.pool.len() {
            self.random
                .fill(&mut self.pool)
                .map_err(|RandomError| GenerateError::RandomSourceFailed)?;
            self.next = 0;
        }
        let b = self.pool[self.next & 63];
        self.next += 1;
        Ok(b)
    }

    /// A uniform index below `n`, 1 to 256. Bytes from the largest multiple
    /// of `n` up are thrown away, so that every index has as many bytes
    /// mapping to it: `b % n` alone would favour the low indices.
    pub(super) fn below(&mut self, n: usize) -> Result<usize, GenerateError> {
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
