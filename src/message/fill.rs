//! Filling a template: each `{name}` replaced by the figure its subject
//! gives for it. One filler serves `Display`, and the WebAssembly module,
//! which writes into its own buffer without `core::fmt`.

use core::fmt;

use super::table::{Key, Part};
use super::Lang;

/// Where a message, or any text of the crate, is written: a `String`, a
/// `Formatter`, a fixed buffer.
pub trait Sink {
    /// Appends `s`.
    fn push_str(&mut self, s: &str);

    /// Appends `n` in decimal, without `core::fmt`.
    fn push_count(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = n;
        loop {
            at -= 1;
            if let Some(d) = digits.get_mut(at) {
                // `rest % 10` is a digit, below 10.
                #[allow(clippy::cast_possible_truncation)]
                let digit = (rest % 10) as u8;
                *d = b'0' + digit;
            }
            rest /= 10;
            if rest == 0 || at == 0 {
                break;
            }
        }
        self.push_str(
            core::str::from_utf8(digits.get(at..).unwrap_or_default()).unwrap_or_default(),
        );
    }

    /// Appends `c` if it is ASCII, as every character of the crate's sets
    /// is; any other is left out.
    fn push_ascii(&mut self, c: char) {
        if c.is_ascii() {
            // ASCII: one byte, the code itself.
            #[allow(clippy::cast_possible_truncation)]
            let byte = [c as u8];
            self.push_str(core::str::from_utf8(&byte).unwrap_or_default());
        }
    }
}

impl<S: Sink + ?Sized> Sink for &mut S {
    fn push_str(&mut self, s: &str) {
        (**self).push_str(s);
    }
}

/// What a message says: the template it takes, and its figures. Every
/// subject of a [`Message`](super::Message) is one.
pub trait Said {
    /// The template that says it.
    fn key(&self) -> Key;

    /// Writes the figure `{name}` of its template.
    fn figure(&self, name: &str, out: &mut Out<'_>);
}

/// Where a subject writes its figures: a sink, in a language.
pub struct Out<'a> {
    sink: &'a mut dyn Sink,
    lang: Lang,
}

impl Out<'_> {
    /// The language written in.
    pub(crate) const fn lang(&self) -> Lang {
        self.lang
    }

    /// Appends `s`, a text of the crate's, never of the input.
    pub(crate) fn text(&mut self, s: &str) {
        self.sink.push_str(s);
    }

    /// Appends `n` in decimal.
    pub(crate) fn count(&mut self, n: usize) {
        self.sink.push_count(n);
    }

    /// Appends `chars`, ASCII characters of the crate's tables (a set of
    /// specials, say), in order; any other is left out.
    pub(crate) fn ascii(&mut self, chars: impl IntoIterator<Item = char>) {
        chars.into_iter().for_each(|c| self.sink.push_ascii(c));
    }

    /// Appends the template `key`, filled with `subject`'s figures.
    pub(crate) fn fill(&mut self, key: Key, subject: &dyn Said) {
        for part in key.template().parts(self.lang) {
            match *part {
                Part::Text(text) => self.sink.push_str(text),
                Part::Figure(name) => subject.figure(name, self),
            }
        }
    }

    /// Appends the template `key`, which has no figure.
    pub(crate) fn plain(&mut self, key: Key) {
        self.sink.push_str(key.template().text(self.lang));
    }

    /// Appends the texts of `items`, separated as the language separates a
    /// list.
    pub(crate) fn list(&mut self, items: impl IntoIterator<Item = Key>) {
        for (i, key) in items.into_iter().enumerate() {
            if i > 0 {
                self.plain(Key::ListSeparator);
            }
            self.plain(key);
        }
    }
}

/// Writes `subject`'s message in `lang` into `sink`.
pub fn write(subject: &dyn Said, lang: Lang, sink: &mut dyn Sink) {
    Out { sink, lang }.fill(subject.key(), subject);
}

/// A `Formatter` as a [`Sink`], keeping its first error.
struct Formatter<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    result: fmt::Result,
}

impl Sink for Formatter<'_, '_> {
    fn push_str(&mut self, s: &str) {
        if self.result.is_ok() {
            self.result = self.f.write_str(s);
        }
    }
}

/// `Display` of `subject`'s message in `lang`.
pub(crate) fn display(subject: &dyn Said, lang: Lang, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut sink = Formatter { f, result: Ok(()) };
    write(subject, lang, &mut sink);
    sink.result
}
