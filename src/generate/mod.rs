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
//!
//! [`Policy::check`]: crate::Policy::check

mod error;
mod generator;
mod password;
mod random;

pub use self::error::GenerateError;
pub use self::generator::Generator;
pub use self::password::GeneratedPassword;
#[cfg(feature = "getrandom")]
pub use self::random::OsRandom;
pub use self::random::{RandomError, RandomSource};
