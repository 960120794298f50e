//! The module's buffers, and how answers are written into them.
//!
//! Nothing is allocated in the package's build: the buffers are statics,
//! read and written as atomics, the one way safe Rust shares memory with a
//! writer it does not see (on wasm32 without threads, plain loads and
//! stores).

// Addresses and counts are below 2^32 on wasm32, and figures below 2^32
// everywhere (a length is at most 4097).
#![allow(clippy::cast_possible_truncation)]

use core::sync::atomic::{AtomicU16, AtomicU32, AtomicU8, Ordering::Relaxed};

use cvm_password::{Categories, Category, Figure, Finding, Lang, Severity, Sink};

use crate::layout::{at, buffer, figure, finding, kind, none::NONE, severity, MAX_UNITS};

/// The password's units, then from `buffer::USERNAME` on the username's.
pub static UNITS: [AtomicU16; at(buffer::UNITS)] = [const { AtomicU16::new(0) }; at(buffer::UNITS)];
/// The numbers of each answer.
pub static WORDS: [AtomicU32; at(buffer::WORDS)] = [const { AtomicU32::new(0) }; at(buffer::WORDS)];
/// The text of each answer.
pub static BYTES: [AtomicU8; at(buffer::BYTES)] = [const { AtomicU8::new(0) }; at(buffer::BYTES)];
/// The random pool, each byte used once and then zeroed.
pub static RANDOM: [AtomicU8; at(buffer::RANDOM)] =
    [const { AtomicU8::new(0) }; at(buffer::RANDOM)];

/// A count as a word, or `NONE` past 2^32.
pub fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NONE)
}

/// The address of `s` in the module's memory.
pub fn address<T: ?Sized>(s: &T) -> u32 {
    count(core::ptr::from_ref(s).cast::<u8>() as usize)
}

/// Consecutive words of [`WORDS`], from `at`.
pub struct Words {
    /// The next word written.
    pub at: usize,
}

impl Words {
    /// Writes `word`, where it fits.
    pub fn push(&mut self, word: u32) {
        if let Some(slot) = WORDS.get(self.at) {
            slot.store(word, Relaxed);
        }
        self.at += 1;
    }

    /// A string of the crate's: its address and length.
    pub fn text(&mut self, s: &'static str) {
        self.push(address(s));
        self.push(count(s.len()));
    }

    /// A string of the crate's, or `NONE` and 0.
    pub fn optional(&mut self, s: Option<&'static str>) {
        match s {
            Some(s) => self.text(s),
            None => [NONE, 0].into_iter().for_each(|word| self.push(word)),
        }
    }

    /// Text written into `bytes` by `write`: its address and length.
    pub fn bytes(&mut self, bytes: &mut Bytes, write: impl FnOnce(&mut Bytes)) {
        let start = bytes.at;
        write(bytes);
        self.push(address(&BYTES) + count(start));
        self.push(count(bytes.at - start));
    }
}

/// Text written into [`BYTES`], from `at`; what does not fit is left out.
pub struct Bytes {
    /// The next byte written.
    pub at: usize,
}

impl Sink for Bytes {
    fn push_str(&mut self, s: &str) {
        let room = BYTES.get(self.at..).unwrap_or_default();
        for (slot, &b) in room.iter().zip(s.as_bytes()) {
            slot.store(b, Relaxed);
        }
        self.at += s.len().min(room.len());
    }
}

/// A set of categories, bit `i` for `Category::ALL[i]`.
pub fn category_bits(set: Categories) -> u32 {
    Category::ALL
        .iter()
        .enumerate()
        .filter(|(_, c)| set.contains(**c))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// Writes `found` at `base`, its message in `lang` and its texts into
/// `bytes`: a `finding` record, then its figures; returns where the next
/// record starts.
pub fn finding(base: usize, bytes: &mut Bytes, found: &Finding, lang: Lang) -> usize {
    let field = |offset: u32| Words {
        at: base + at(offset),
    };
    field(finding::CODE).text(found.code());
    field(finding::SEVERITY).push(match found.severity() {
        Severity::Error => severity::ERROR,
        _ => severity::WARNING,
    });
    field(finding::API_ERROR_CODE).optional(found.api_error_code());
    field(finding::MESSAGE).bytes(bytes, |out| found.message(lang).write_to(out));
    let mut parameter = field(finding::PARAMETER);
    match found.parameter() {
        Some(p) => parameter.bytes(bytes, |out| {
            out.push_str(p.name());
            if let Some(index) = p.index() {
                out.push_str(".");
                out.push_count(index);
            }
        }),
        None => parameter.optional(None),
    }
    field(finding::INSTANCE_INDEX).push(found.instance_index().map_or(NONE, count));
    let mut id = field(finding::INSTANCE_ID);
    match found.instance_id() {
        Some(text) => id.bytes(bytes, |out| out.push_str(text)),
        None => id.optional(None),
    }
    let figures = found.figures();
    // Counted, not `len()`: its assertion would bring formatting along.
    field(finding::FIGURES).push(count(figures.clone().count()));
    let mut next = base + at(finding::WORDS);
    for (name, value) in figures {
        let field = |offset: u32| Words {
            at: next + at(offset),
        };
        field(figure::NAME).text(name);
        let mut value_words = field(figure::VALUE);
        let kind_of = match value {
            Figure::Count(n) => {
                value_words.push(count(n));
                kind::COUNT
            }
            Figure::Categories(set) => {
                value_words.push(category_bits(set));
                kind::CATEGORIES
            }
            Figure::Characters(set) => {
                value_words.bytes(bytes, |out| set.iter().for_each(|c| out.push_ascii(c)));
                kind::CHARACTERS
            }
            Figure::Text(s) => {
                value_words.text(s);
                kind::TEXT
            }
            _ => NONE,
        };
        field(figure::KIND).push(kind_of);
        next += at(figure::WORDS);
    }
    next
}

/// The units of the password (`start` 0) or the username
/// (`buffer::USERNAME`), at most [`MAX_UNITS`].
pub fn units(start: usize, len: u32) -> impl Iterator<Item = u16> + Clone {
    let len = (len as usize).min(MAX_UNITS);
    UNITS
        .get(start..start + len)
        .unwrap_or_default()
        .iter()
        .map(|unit| unit.load(Relaxed))
}

/// Clears the first `len` units of the password and of the username
/// (`NONE` for none), so that no secret outlives the call in the module's
/// memory.
pub fn wipe(password_len: u32, username_len: u32) {
    for (start, len) in [(0, password_len), (at(buffer::USERNAME), username_len)] {
        let len = if len == NONE {
            0
        } else {
            (len as usize).min(MAX_UNITS)
        };
        let units = UNITS.get(start..start + len).unwrap_or_default();
        for unit in units {
            unit.store(0, Relaxed);
        }
    }
}
