//! Lone surrogates, as the front ends whose strings may hold them (UTF-16
//! in JavaScript, code points in Python) hand them to the policy.

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
