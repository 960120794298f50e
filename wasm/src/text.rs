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
//! Highlighting works on the UTF-16 units themselves: [`Text::inspect`]
//! finds the disallowed characters, and [`spans`] widens each to its
//! grapheme cluster. In the browser the clusters come from
//! `Intl.Segmenter`, the segmentation the browser itself draws with; the
//! core's Unicode tables would otherwise add 16 KB gzipped to the package.

use core::ops::Range;

use cvm_password::{Policy, INSPECTION_LIMIT};

/// Where the stand-ins start: U+D800 maps here, U+DFFF to U+407FF.
const STAND_IN_BASE: u32 = 0x40000;

/// The most UTF-16 units a check needs: enough for the inspected characters
/// and the one after them, which makes a password too long, even if each
/// takes two units. Reading no further keeps a check of a 10 MiB string as
/// cheap as one of 16 KiB.
pub const MAX_UNITS: usize = 2 * (INSPECTION_LIMIT + 1);

/// A string from JavaScript: its UTF-16 units and the Rust text made of them.
#[derive(Clone)]
pub struct Text {
    units: Vec<u16>,
    string: String,
}

impl Text {
    /// The text of `units`, each lone surrogate replaced by its stand-in.
    pub fn from_utf16(units: Vec<u16>) -> Text {
        let string = char::decode_utf16(units.iter().copied())
            .map(|unit| unit.unwrap_or_else(|lone| stand_in(lone.unpaired_surrogate())))
            .collect();
        Text { units, string }
    }

    /// The text, for the checks of the core.
    pub fn as_str(&self) -> &str {
        &self.string
    }

    /// What highlighting needs of the characters a check inspects (the
    /// first [`INSPECTION_LIMIT`]): the UTF-16 range of each disallowed
    /// one, and how many units they take in all.
    pub fn inspect(&self, policy: &Policy) -> Inspection {
        let mut inspection = Inspection {
            disallowed: Vec::new(),
            units: 0,
        };
        let chars = char::decode_utf16(self.units.iter().copied()).take(INSPECTION_LIMIT);
        for unit in chars {
            let (allowed, width) = match unit {
                Ok(c) => (policy.classify(c).is_some(), c.len_utf16()),
                Err(_) => (false, 1),
            };
            let start = inspection.units;
            inspection.units += width;
            if !allowed {
                inspection.disallowed.push(start..inspection.units);
            }
        }
        inspection
    }
}

/// See [`Text::inspect`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inspection {
    /// The UTF-16 range of each disallowed character, in order.
    pub disallowed: Vec<Range<usize>>,
    /// How many UTF-16 units the inspected characters take.
    pub units: usize,
}

/// A grapheme cluster holding a disallowed character, in UTF-16 units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// Which cluster, counting from 0.
    pub index: usize,
    /// Its first unit.
    pub start: usize,
    /// One past its last unit.
    pub end: usize,
}

/// The clusters, consecutive UTF-16 ranges from 0, that hold one of the
/// `disallowed` ranges (sorted, as [`Text::inspect`] gives them).
pub fn spans(
    clusters: impl IntoIterator<Item = Range<usize>>,
    disallowed: &[Range<usize>],
) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut rest = disallowed.iter().peekable();
    for (index, cluster) in clusters.into_iter().enumerate() {
        // Clusters are consecutive, so what starts before this one ends
        // was taken by an earlier one or is in this one.
        let mut holds = false;
        while rest.next_if(|c| c.start < cluster.end).is_some() {
            holds = true;
        }
        if holds {
            spans.push(Span {
                index,
                start: cluster.start,
                end: cluster.end,
            });
        }
        if rest.peek().is_none() {
            break;
        }
    }
    spans
}

/// The stand-in of a lone surrogate; see the module documentation.
pub fn stand_in(surrogate: u16) -> char {
    let offset = u32::from(surrogate).saturating_sub(0xD800) & 0x7FF;
    char::from_u32(STAND_IN_BASE + offset).unwrap_or(char::REPLACEMENT_CHARACTER)
}
