//! JavaScript strings as Rust text, lone surrogates included, and where
//! their disallowed characters are.
//!
//! A JS string is UTF-16 and may hold a lone surrogate, which no Rust `str`
//! can. wasm-bindgen's own conversion replaces each with U+FFFD, which would
//! merge distinct inputs (a lone `\uD800` and a real `\uFFFD` would then
//! compare equal in the username rule). Instead each lone surrogate becomes
//! its own *stand-in*: U+40000 plus its offset from U+D800, a code point of
//! unassigned plane 4 that behaves as a lone surrogate does: outside every
//! password alphabet (a disallowed character, one character long), and of
//! grapheme break property `Other`, as UAX #29 gives an unpaired surrogate
//! (a combining mark after it joins its cluster, as in `Intl.Segmenter`).
//! Distinct surrogates stay distinct and equal ones equal, so the username
//! rule compares them exactly; the only inputs this cannot tell apart are a
//! lone surrogate and the unassigned code point standing in for it, which
//! no keyboard types.
//!
//! Highlighting works on the UTF-16 units themselves: [`inspect`] finds
//! the disallowed characters, and the package's JavaScript widens each to
//! its grapheme cluster, from `Intl.Segmenter`, the segmentation the
//! browser itself draws with; the core's Unicode tables would otherwise add
//! 16 KB gzipped to the package.

use core::ops::Range;

use cvm_password::{decode_utf16 as decode, Policy, INSPECTION_LIMIT};

/// The most UTF-16 units a check needs: enough for the inspected characters
/// and the one after them, which makes a password too long, even if each
/// takes two units. Reading no further keeps a check of a 10 MiB string as
/// cheap as one of 16 KiB.
pub const MAX_UNITS: usize = 2 * (INSPECTION_LIMIT + 1);

/// The most units the short path decodes, in a buffer cheap to clear.
const SHORT: usize = 64;

/// Calls `f` with the text of `units`, `len` of them: decoded on the
/// stack, in a small buffer, or for a long text a large one, whose
/// clearing costs microseconds. `f` gives nothing back, but writes into
/// what it captures: one copy of this function serves every export, where
/// a result type would make one per export.
pub fn with_text(units: impl Iterator<Item = u16> + Clone, len: u32, f: &mut dyn FnMut(&str)) {
    if len as usize <= SHORT {
        let mut bytes = [0; 4 * SHORT];
        f(decode(units, &mut bytes));
    } else {
        with_long_text(units, f);
    }
}

#[inline(never)]
// The stack holds it: the module has no heap, and a long text is rare.
#[allow(clippy::large_stack_arrays)]
fn with_long_text(units: impl Iterator<Item = u16>, f: &mut dyn FnMut(&str)) {
    let mut bytes = [0; 4 * MAX_UNITS];
    f(decode(units, &mut bytes));
}

/// What highlighting needs of the characters a check inspects (the first
/// [`INSPECTION_LIMIT`]): `disallowed` is given the UTF-16 range of each
/// disallowed one, in order; the result is how many units they take in all.
pub fn inspect(
    units: impl IntoIterator<Item = u16>,
    policy: &Policy,
    mut disallowed: impl FnMut(Range<usize>),
) -> usize {
    let mut end = 0;
    for unit in char::decode_utf16(units).take(INSPECTION_LIMIT) {
        let (allowed, width) = match unit {
            Ok(c) => (policy.classify(c).is_some(), c.len_utf16()),
            Err(_) => (false, 1),
        };
        let start = end;
        end += width;
        if !allowed {
            disallowed(start..end);
        }
    }
    end
}

/// A string from JavaScript: its UTF-16 units and the Rust text made of
/// them (natively, for the tests and the differential test's reference).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone)]
pub struct Text {
    units: Vec<u16>,
    string: String,
}

#[cfg(not(target_arch = "wasm32"))]
impl Text {
    /// The text of `units`, each lone surrogate replaced by its stand-in.
    pub fn from_utf16(units: Vec<u16>) -> Text {
        let mut bytes = vec![0; 4 * units.len()];
        let string = decode(units.iter().copied(), &mut bytes).to_owned();
        Text { units, string }
    }

    /// The text, for the checks of the core.
    pub fn as_str(&self) -> &str {
        &self.string
    }

    /// [`inspect`], collected.
    pub fn inspect(&self, policy: &Policy) -> Inspection {
        let mut disallowed = Vec::new();
        let units = inspect(self.units.iter().copied(), policy, |range| {
            disallowed.push(range);
        });
        Inspection { disallowed, units }
    }
}

/// See [`Text::inspect`].
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inspection {
    /// The UTF-16 range of each disallowed character, in order.
    pub disallowed: Vec<Range<usize>>,
    /// How many UTF-16 units the inspected characters take.
    pub units: usize,
}

/// The stand-in of a lone surrogate: the core's, which every front end
/// shares ([`cvm_password::surrogate_stand_in`]).
pub use cvm_password::surrogate_stand_in as stand_in;
