//! A generated password, held inline, kept out of logs.

use core::fmt;
use core::ops::Deref;

/// A generated password: up to [`GeneratedPassword::CAPACITY`] ASCII
/// characters, held inline, no allocation.
///
/// Read it with [`as_str`](GeneratedPassword::as_str) or through `Deref`
/// to `str`. It has no `Display` and its `Debug` shows only the length, so
/// it does not end up in a log by accident; it is `Clone` but not `Copy`,
/// so copies of the secret are made only on purpose.
#[derive(Clone)]
pub struct GeneratedPassword {
    pub(super) bytes: [u8; GeneratedPassword::CAPACITY],
    pub(super) length: usize,
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
