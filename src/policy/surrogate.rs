//! Lone surrogates, as the front ends whose strings may hold them (UTF-16
//! in JavaScript, code points in Python) hand them to the policy, and
//! UTF-16 read as text.

/// Where the stand-ins start: U+D800 maps here, U+DFFF to U+407FF.
const STAND_IN_BASE: u32 = 0x40000;

/// The character that stands for the lone surrogate `surrogate` (U+D800 to
/// U+DFFF) in a check: U+40000 plus its offset from U+D800.
///
/// A JavaScript or Python string may hold a lone surrogate, which no Rust
/// `str` can. Replacing each with U+FFFD, as lossy decoders do, would merge
/// distinct inputs (a lone `\uD800` and a real `\uFFFD` would then compare
/// equal in the username rule). Its stand-in is a code point of unassigned
/// plane 4 that behaves as a lone surrogate does: outside every password
/// alphabet, so a disallowed character one character long, and of grapheme
/// break property `Other`, as UAX #29 gives an unpaired surrogate. Distinct
/// surrogates stay distinct and equal ones equal; the only inputs this
/// cannot tell apart are a lone surrogate and the unassigned code point
/// standing in for it, which no keyboard types. Every front end calls this
/// one function, so they all give the same verdict.
///
/// A value outside the surrogates is read modulo their range.
///
/// ```
/// use cvm_password::{surrogate_stand_in, Policy};
///
/// assert_eq!(surrogate_stand_in(0xD800), '\u{40000}');
/// assert_eq!(surrogate_stand_in(0xDFFF), '\u{407FF}');
/// let password: String = ['a', 'B', '3', '#', surrogate_stand_in(0xDC00), 'x', 'y', 'z'].into_iter().collect();
/// let codes: Vec<_> = Policy::LINUX.check(&password, None).unwrap_err().violations().map(|v| v.code()).collect();
/// assert_eq!(codes, ["disallowed_character"]);
/// ```
pub const fn surrogate_stand_in(surrogate: u16) -> char {
    let offset = (surrogate as u32).wrapping_sub(0xD800) & 0x7FF;
    match char::from_u32(STAND_IN_BASE + offset) {
        Some(c) => c,
        // Unreachable: U+40000 to U+407FF are all scalar values.
        None => char::REPLACEMENT_CHARACTER,
    }
}

/// The text of the UTF-16 `units`, written as UTF-8 into `out`, each lone
/// surrogate replaced by its [stand-in](surrogate_stand_in): how a front end
/// whose strings are UTF-16 (JavaScript's, a Go host's) hands them to a
/// check, without allocating. Four bytes a unit always suffice; a character
/// that does not fit is left out, with all after it.
///
/// ```
/// use cvm_password::{decode_utf16, surrogate_stand_in};
///
/// let mut out = [0; 16];
/// let text = decode_utf16([0x61, 0xD83D, 0xDE00, 0xDC00], &mut out);
/// assert_eq!(text, format!("a😀{}", surrogate_stand_in(0xDC00)));
/// ```
#[allow(clippy::cast_possible_truncation)]
pub fn decode_utf16(units: impl IntoIterator<Item = u16>, out: &mut [u8]) -> &str {
    let mut len = 0;
    let mut units = units.into_iter();
    // ASCII, the common case, a byte a unit; the rest through UTF-16, from
    // the first other unit. (`Peekable::next_if` would do the same, with
    // an assertion's message and its panic in the module.)
    let mut first = None;
    for unit in units.by_ref() {
        let slot = out.get_mut(len);
        match slot {
            Some(slot) if unit < 0x80 => *slot = unit as u8,
            _ => {
                first = Some(unit);
                break;
            }
        }
        len += 1;
    }
    for unit in char::decode_utf16(first.into_iter().chain(units)) {
        let c = unit.unwrap_or_else(|lone| surrogate_stand_in(lone.unpaired_surrogate()));
        let Some(slot) = out.get_mut(len..len + c.len_utf8()) else {
            break;
        };
        utf8(c, slot);
        len += slot.len();
    }
    // Whole characters only were written.
    core::str::from_utf8(out.get(..len).unwrap_or_default()).unwrap_or_default()
}

/// Writes `c` in UTF-8 into `out`, which holds exactly its bytes:
/// `char::encode_utf8` would bring a panic's message along into a
/// WebAssembly module.
#[allow(clippy::cast_possible_truncation)]
fn utf8(c: char, out: &mut [u8]) {
    let code = u32::from(c);
    // The lead byte's marker, by length; each byte keeps its low 8 bits.
    let lead = [0, 0, 0xC0, 0xE0, 0xF0]
        .get(out.len())
        .copied()
        .unwrap_or(0);
    let last = out.len().saturating_sub(1);
    for (i, b) in out.iter_mut().enumerate() {
        let shift = 6 * (last - i);
        *b = if i == 0 {
            (lead | code >> shift) as u8
        } else {
            (0x80 | (code >> shift & 0x3F)) as u8
        };
    }
}
