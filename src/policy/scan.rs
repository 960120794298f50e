//! Measuring a password: length, categories and disallowed characters, in
//! one pass over its bytes, stopping at the inspection limit.
//!
//! Each byte adds its entry of a 256-entry table to six 8-bit counters
//! packed in one `u64`: one addition per byte, no branch, no decoding. An
//! ASCII byte counts in its category or as disallowed; a UTF-8 continuation
//! byte counts as a continuation (it starts no character); any other byte
//! starts a non-ASCII character, always disallowed. The counters are emptied
//! into `usize` totals every 255 bytes, before one can overflow.

use super::category::Categories;
#[cfg(doc)]
use super::category::Category;
use super::specials::Specials;
use super::INSPECTION_LIMIT;

const LOWERCASE: u64 = 1;
const UPPERCASE: u64 = 1 << 8;
const DIGIT: u64 = 1 << 16;
const SPECIAL: u64 = 1 << 24;
const DISALLOWED: u64 = 1 << 32;
const CONTINUATION: u64 = 1 << 40;

/// The most bytes whose counts surely fit the 8-bit counters.
const CHUNK: usize = u8::MAX as usize;

/// What a check measured of the password: figures only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Measure {
    /// Characters, counted up to `INSPECTION_LIMIT + 1`.
    pub(super) length: usize,
    pub(super) categories: Categories,
    pub(super) disallowed: usize,
}

/// A measure, and how much of the password it read.
pub(super) struct Scan {
    pub(super) measure: Measure,
    /// The byte length of the first [`INSPECTION_LIMIT`] characters.
    pub(super) inspected: usize,
    /// Whether characters follow the inspected ones.
    pub(super) truncated: bool,
}

/// Measures the first [`INSPECTION_LIMIT`] characters of `password`.
#[inline]
pub(super) fn scan(password: &str, specials: Specials) -> Scan {
    // The presets' alphabet has a ready-made table; any other set of
    // specials decides each ASCII punctuation byte as it comes.
    if specials == Specials::CVM {
        scan_with(password.as_bytes(), |b| entry(&CVM, b))
    } else {
        scan_with(password.as_bytes(), |b| {
            if specials.contains_byte(b) {
                SPECIAL
            } else {
                entry(&NO_SPECIALS, b)
            }
        })
    }
}

#[inline]
fn scan_with(bytes: &[u8], entry: impl Fn(u8) -> u64) -> Scan {
    let sum = |chunk: &[u8]| chunk.iter().fold(0, |sum, &b| sum + entry(b));
    let mut totals = Totals::default();
    // Nearly every password fits one chunk, and so the limit too.
    if bytes.len() <= CHUNK {
        let packed = sum(bytes);
        totals.add(packed);
        let chars = bytes.len() - field(packed, CONTINUATION);
        return totals.scan(chars, bytes.len(), false);
    }
    let mut chars = 0;
    let mut inspected = 0;
    for chunk in bytes.chunks(CHUNK) {
        let packed = sum(chunk);
        let chunk_chars = chunk.len() - field(packed, CONTINUATION);
        if chars + chunk_chars <= INSPECTION_LIMIT {
            totals.add(packed);
            chars += chunk_chars;
            inspected += chunk.len();
            continue;
        }
        // The limit falls inside this chunk: count it again, byte by byte,
        // up to the first byte of the first character past the limit.
        let mut packed = 0;
        for &b in chunk {
            if !is_continuation(b) {
                if chars == INSPECTION_LIMIT {
                    totals.add(packed);
                    return totals.scan(chars + 1, inspected, true);
                }
                chars += 1;
            }
            packed += entry(b);
            inspected += 1;
        }
        // Unreachable for valid UTF-8: the chunk held a character too many.
        totals.add(packed);
    }
    totals.scan(chars, inspected, false)
}

#[derive(Default)]
struct Totals {
    seen: u8,
    disallowed: usize,
}

impl Totals {
    #[inline]
    fn add(&mut self, packed: u64) {
        self.seen |= nonzero_categories(packed);
        self.disallowed += field(packed, DISALLOWED);
    }

    #[inline]
    fn scan(self, length: usize, inspected: usize, truncated: bool) -> Scan {
        Scan {
            measure: Measure {
                length,
                categories: Categories::from_bits(self.seen),
                disallowed: self.disallowed,
            },
            inspected,
            truncated,
        }
    }
}

/// The [`Category::bit`]s of the category counters (the low four bytes of
/// `packed`) that are not zero, without a branch.
#[inline]
const fn nonzero_categories(packed: u64) -> u8 {
    let low = packed & 0xffff_ffff;
    // Bit 7 of each byte is set where the byte is not zero...
    let nonzero = (((low & 0x7f7f_7f7f) + 0x7f7f_7f7f) | low) & 0x8080_8080;
    // ...and one multiplication moves bits 7, 15, 23 and 31 to 21 to 24: the
    // shifted copies never overlap, so no carry disturbs them.
    let bits = ((nonzero >> 7) * 0x0020_4081) >> 21;
    (bits & 0xf) as u8
}

/// Whether `b` continues a multi-byte UTF-8 sequence (`10xxxxxx`).
#[inline]
#[expect(
    clippy::cast_possible_wrap,
    reason = "as i8, the continuation bytes 0x80..=0xBF are exactly those below -0x40"
)]
const fn is_continuation(b: u8) -> bool {
    (b as i8) < -0x40
}

/// The 8-bit counter whose unit is `one`.
#[inline]
fn field(packed: u64, one: u64) -> usize {
    ((packed / one) & 0xff) as usize
}

#[inline]
#[expect(
    clippy::indexing_slicing,
    reason = "a u8 always indexes a [_; 256]; the compiler drops the bounds check"
)]
fn entry(table: &[u64; 256], b: u8) -> u64 {
    table[usize::from(b)]
}

static CVM: [u64; 256] = table(Specials::CVM);
static NO_SPECIALS: [u64; 256] = table(Specials::NONE);

#[expect(
    clippy::indexing_slicing,
    reason = "const evaluation; the loop keeps the index below 256"
)]
const fn table(specials: Specials) -> [u64; 256] {
    let mut table = [0u64; 256];
    let mut b: u8 = 0;
    loop {
        table[b as usize] = match b {
            b'a'..=b'z' => LOWERCASE,
            b'A'..=b'Z' => UPPERCASE,
            b'0'..=b'9' => DIGIT,
            _ if specials.contains_byte(b) => SPECIAL,
            0x80..=0xbf => CONTINUATION,
            _ => DISALLOWED,
        };
        if b == u8::MAX {
            return table;
        }
        b += 1;
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::policy::Category;

    #[test]
    fn nonzero_categories_reads_each_counter() {
        let ones = [LOWERCASE, UPPERCASE, DIGIT, SPECIAL];
        let categories = [
            Category::Lowercase,
            Category::Uppercase,
            Category::Digit,
            Category::Special,
        ];
        // Every counter at 0, 1, 128 and 255, with the upper counters busy.
        for case in 0..4u32.pow(4) {
            let mut packed = DISALLOWED * 3 + CONTINUATION * 200 + (0xff << 48);
            let mut expected = 0u8;
            for (i, (one, category)) in ones.iter().zip(categories).enumerate() {
                let count = [0u64, 1, 128, 255][(case >> (2 * i) & 3) as usize];
                packed += one * count;
                if count != 0 {
                    expected |= category.bit();
                }
            }
            assert_eq!(nonzero_categories(packed), expected, "{packed:#x}");
        }
    }
}
