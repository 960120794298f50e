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
    /// Always a subset of [`Specials::ALL`].
    set: Alphabet,
}

impl Specials {
    /// The 30 special characters of the vendor's page:
    /// ``()`~!@#$%^&*-+=_|{}[]:;'<>,.?/``. No space, no `"`, no `\`.
    pub const CVM: Specials = Specials::from_ascii("()`~!@#$%^&*-+=_|{}[]:;'<>,.?/");

    /// No special character at all.
    pub const NONE: Specials = Specials {
        set: Alphabet::EMPTY,
    };

    /// Every character that can be special: the 33 printable ASCII characters
    /// that are not letters or digits, space included.
    pub const ALL: Specials = Specials {
        set: Alphabet::from_bits(Specials::CANDIDATES),
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

    /// The set of `set`'s characters that can be special.
    const fn of(set: Alphabet) -> Specials {
        Specials {
            set: set.intersection(Specials::ALL.set),
        }
    }

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
        Specials::of(Alphabet::from_bits(bits))
    }

    /// The set as an [`Alphabet`].
    pub const fn alphabet(self) -> Alphabet {
        self.set
    }

    /// Whether `c` is in the set.
    pub const fn contains(self, c: char) -> bool {
        self.set.contains(c)
    }

    /// One bit per character, bit `b` for the byte `b`.
    pub(super) const fn bits(self) -> u128 {
        self.set.bits()
    }

    pub(super) const fn contains_byte(self, b: u8) -> bool {
        b < 0x80 && self.bits() & (1 << b) != 0
    }

    /// The set with `c` added, if it can be special.
    #[must_use]
    pub const fn with(self, c: char) -> Specials {
        Specials::of(self.set.with(c))
    }

    /// The set without `c`.
    #[must_use]
    pub const fn without(self, c: char) -> Specials {
        Specials {
            set: self.set.without(c),
        }
    }

    /// The characters in both sets.
    #[must_use]
    pub const fn intersection(self, other: Specials) -> Specials {
        Specials {
            set: self.set.intersection(other.set),
        }
    }

    /// The characters in either set.
    #[must_use]
    pub const fn union(self, other: Specials) -> Specials {
        Specials {
            set: self.set.union(other.set),
        }
    }

    /// Whether every character of `self` is in `other`.
    pub const fn is_subset(self, other: Specials) -> bool {
        self.set.is_subset(other.set)
    }

    /// How many characters the set holds.
    pub const fn len(self) -> usize {
        self.set.len()
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.set.is_empty()
    }

    /// The characters, in ASCII order.
    ///
    /// ```
    /// let s: String = cvm_password::Specials::from_ascii("?!").iter().collect();
    /// assert_eq!(s, "!?");
    /// ```
    pub fn iter(self) -> AlphabetIter {
        self.set.iter()
    }
}

/// Writes the characters in ASCII order, with nothing between them.
impl fmt::Display for Specials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.set, f)
    }
}

impl fmt::Debug for Specials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Specials(")?;
        self.set.write_quoted(f)?;
        f.write_str(")")
    }
}
