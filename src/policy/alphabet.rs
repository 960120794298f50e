//! The characters a policy allows, as one `Copy` set: what the generator
//! draws from, what the proptest strategies pick, what a form's `pattern`
//! lists.

use core::fmt;

use super::category::Category;
use super::Policy;

/// A set of ASCII characters, one bit each: the characters a [`Policy`]
/// allows, or those of one of its categories.
///
/// Every allowed character is ASCII, so 128 bits hold any alphabet. Made by
/// [`Policy::alphabet`] and [`Policy::category_alphabet`]; the set
/// operations derive the others.
///
/// ```
/// use cvm_password::{Category, Policy};
///
/// let alphabet = Policy::LINUX.alphabet();
/// assert_eq!(alphabet.len(), 92);
/// assert!(alphabet.contains('/') && !alphabet.contains(' '));
/// let digits = Policy::LINUX.category_alphabet(Category::Digit);
/// assert_eq!(digits.iter().collect::<String>(), "0123456789");
/// assert!(digits.is_subset(alphabet));
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Alphabet {
    bits: u128,
}

/// The bits of `0`-`9`, `A`-`Z` and `a`-`z`.
const DIGITS: u128 = 0x3ff << b'0';
const UPPERCASE: u128 = 0x3ff_ffff << b'A';
const LOWERCASE: u128 = 0x3ff_ffff << b'a';

impl Alphabet {
    /// No character.
    pub const EMPTY: Alphabet = Alphabet { bits: 0 };

    pub(super) const fn from_bits(bits: u128) -> Alphabet {
        Alphabet { bits }
    }

    /// One bit per character, bit `b` for the byte `b`.
    pub(crate) const fn bits(self) -> u128 {
        self.bits
    }

    /// Whether `c` is in the set.
    pub const fn contains(self, c: char) -> bool {
        let c = c as u32;
        c < 0x80 && self.bits & (1 << c) != 0
    }

    /// The set with `c` added; a character outside ASCII is ignored.
    #[must_use]
    pub const fn with(self, c: char) -> Alphabet {
        let c = c as u32;
        if c < 0x80 {
            Alphabet {
                bits: self.bits | 1 << c,
            }
        } else {
            self
        }
    }

    /// The set without `c`.
    #[must_use]
    pub const fn without(self, c: char) -> Alphabet {
        let c = c as u32;
        if c < 0x80 {
            Alphabet {
                bits: self.bits & !(1 << c),
            }
        } else {
            self
        }
    }

    /// The characters of either set.
    #[must_use]
    pub const fn union(self, other: Alphabet) -> Alphabet {
        Alphabet {
            bits: self.bits | other.bits,
        }
    }

    /// The characters of both sets.
    #[must_use]
    pub const fn intersection(self, other: Alphabet) -> Alphabet {
        Alphabet {
            bits: self.bits & other.bits,
        }
    }

    /// Whether every character of `self` is in `other`.
    pub const fn is_subset(self, other: Alphabet) -> bool {
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
    pub fn iter(self) -> AlphabetIter {
        AlphabetIter { bits: self.bits }
    }

    /// The `n`th character in ASCII order, counting from 0; `None` past the
    /// last.
    ///
    /// ```
    /// let digits = cvm_password::Policy::LINUX.category_alphabet(cvm_password::Category::Digit);
    /// assert_eq!(digits.nth(3), Some('3'));
    /// assert_eq!(digits.nth(10), None);
    /// ```
    pub fn nth(self, n: usize) -> Option<char> {
        self.iter().nth(n)
    }
}

impl IntoIterator for Alphabet {
    type Item = char;
    type IntoIter = AlphabetIter;

    fn into_iter(self) -> AlphabetIter {
        self.iter()
    }
}

impl FromIterator<char> for Alphabet {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> Alphabet {
        iter.into_iter().fold(Alphabet::EMPTY, Alphabet::with)
    }
}

/// Writes the characters in ASCII order, with nothing between them.
impl fmt::Display for Alphabet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.iter().try_for_each(|c| fmt::Write::write_char(f, c))
    }
}

impl fmt::Debug for Alphabet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Alphabet(")?;
        self.write_quoted(f)?;
        f.write_str(")")
    }
}

impl Alphabet {
    /// Writes the set as a quoted string, `"` and `\\` escaped, without
    /// allocating one.
    pub(super) fn write_quoted(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self {
            c.escape_debug()
                .try_for_each(|e| fmt::Write::write_char(f, e))?;
        }
        f.write_str("\"")
    }
}

/// The characters of an [`Alphabet`], in ASCII order.
#[derive(Clone, Debug)]
pub struct AlphabetIter {
    bits: u128,
}

impl Iterator for AlphabetIter {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.bits == 0 {
            return None;
        }
        let lowest = self.bits.trailing_zeros();
        self.bits &= self.bits - 1;
        // A set bit of a `u128` is below 128: always a `char`.
        char::from_u32(lowest)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for AlphabetIter {
    fn next_back(&mut self) -> Option<char> {
        if self.bits == 0 {
            return None;
        }
        let highest = self.bits.ilog2();
        self.bits &= !(1 << highest);
        char::from_u32(highest)
    }
}

impl ExactSizeIterator for AlphabetIter {}
impl core::iter::FusedIterator for AlphabetIter {}

impl Policy {
    /// Every character the policy allows: ASCII letters and digits, and its
    /// [`specials`](Policy::specials).
    pub const fn alphabet(&self) -> Alphabet {
        Alphabet {
            bits: LOWERCASE | UPPERCASE | DIGITS | self.specials().bits(),
        }
    }

    /// The characters of one category under this policy.
    ///
    /// ```
    /// use cvm_password::{Category, Policy};
    ///
    /// assert_eq!(Policy::WINDOWS.category_alphabet(Category::Special).len(), 30);
    /// assert_eq!(Policy::WINDOWS.category_alphabet(Category::Uppercase).len(), 26);
    /// ```
    pub const fn category_alphabet(&self, category: Category) -> Alphabet {
        Alphabet {
            bits: match category {
                Category::Lowercase => LOWERCASE,
                Category::Uppercase => UPPERCASE,
                Category::Digit => DIGITS,
                Category::Special => self.specials().bits(),
            },
        }
    }
}
