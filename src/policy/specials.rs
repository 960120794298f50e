//! The set of special characters a policy allows.

use core::fmt;

use super::alphabet::{Alphabet, AlphabetIter};

/// A set of ASCII punctuation characters (and possibly space) that count as
/// [`Category::Special`]: a 128-bit `Copy` bitset.
///
/// Only printable ASCII that is not a letter or a digit can be a special
/// character (space included, `0x20` to `0x7E`); anything else given to the
/// builders is ignored, so letters and digits always keep their own
/// category and control characters stay disallowed.
///
/// [`Category::Special`]: crate::Category::Special
///
/// ```
/// use cvm_password::Specials;
///
/// assert_eq!(Specials::CVM.len(), 30);
/// assert!(Specials::CVM.contains('/'));
/// assert!(!Specials::CVM.contains('"'));
/// assert!(Specials::CVM.with(' ').contains(' '));
/// assert_eq!(Specials::from_ascii("a!é\t?"), Specials::from_ascii("!?"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Specials {
    bits: u128,
}

impl Specials {
    /// The 30 special characters of the vendor's page:
    /// ``()`~!@#$%^&*-+=_|{}[]:;'<>,.?/``. No space, no `"`, no `\`.
    pub const CVM: Specials = Specials::from_ascii("()`~!@#$%^&*-+=_|{}[]:;'<>,.?/");

    /// No special character at all.
    pub const NONE: Specials = Specials { bits: 0 };

    /// Every character that can be special: the 33 printable ASCII characters
    /// that are not letters or digits, space included.
    pub const ALL: Specials = Specials {
        bits: Specials::CANDIDATES,
    };

    // 0x20..=0x7E without the 62 letters and digits.
    const CANDIDATES: u128 = {
        let mut bits = 0u128;
        let mut b = 0x20u8;
        while b < 0x7f {
            if !b.is_ascii_alphanumeric() {
                bits |= 1 << b;
            }
            b += 1;
        }
        bits
    };

    /// The characters of `chars` that can be special; the others are ignored.
    pub const fn from_ascii(chars: &str) -> Specials {
        let mut rest = chars.as_bytes();
        let mut bits = 0u128;
        while let [b, tail @ ..] = rest {
            // Bytes of non-ASCII characters are >= 0x80: none can be special.
            if *b < 0x80 {
                bits |= 1 << *b;
            }
            rest = tail;
        }
        Specials {
            bits: bits & Specials::CANDIDATES,
        }
    }

    /// Whether `c` is in the set.
    pub const fn contains(self, c: char) -> bool {
        let c = c as u32;
        c < 0x80 && self.bits & (1 << c) != 0
    }

    /// One bit per character, bit `b` for the byte `b`.
    pub(crate) const fn bits(self) -> u128 {
        self.bits
    }

    pub(crate) const fn contains_byte(self, b: u8) -> bool {
        b < 0x80 && self.bits & (1 << b) != 0
    }

    /// The set with `c` added, if it can be special.
    #[must_use]
    pub const fn with(self, c: char) -> Specials {
        let c = c as u32;
        if c < 0x80 {
            Specials {
                bits: (self.bits | 1 << c) & Specials::CANDIDATES,
            }
        } else {
            self
        }
    }

    /// The set without `c`.
    #[must_use]
    pub const fn without(self, c: char) -> Specials {
        let c = c as u32;
        if c < 0x80 {
            Specials {
                bits: self.bits & !(1 << c),
            }
        } else {
            self
        }
    }

    /// The characters in both sets.
    #[must_use]
    pub const fn intersection(self, other: Specials) -> Specials {
        Specials {
            bits: self.bits & other.bits,
        }
    }

    /// Whether every character of `self` is in `other`.
    pub const fn is_subset(self, other: Specials) -> bool {
        self.bits & !other.bits == 0
    }

    /// How many characters the set holds.
    pub const fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The characters, in ASCII order.
    ///
    /// ```
    /// let s: String = cvm_password::Specials::from_ascii("?!").iter().collect();
    /// assert_eq!(s, "!?");
    /// ```
    pub fn iter(self) -> AlphabetIter {
        Alphabet::from_bits(self.bits).iter()
    }
}

/// Writes the characters in ASCII order, with nothing between them.
impl fmt::Display for Specials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Alphabet::from_bits(self.bits), f)
    }
}

impl fmt::Debug for Specials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Specials(")?;
        Alphabet::from_bits(self.bits).write_quoted(f)?;
        f.write_str(")")
    }
}
