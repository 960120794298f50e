//! Filling a template: each `{name}` replaced by the figure its subject
//! gives for it. One filler serves `Display`, and the WebAssembly module,
//! which writes into its own buffer without `core::fmt`.

use core::fmt;

use super::table::Key;
use super::Lang;

/// Where a message is written.
pub trait Sink {
    /// Appends `s`.
    fn push_str(&mut self, s: &str);
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
        write_count(self.sink, n);
    }

    /// Appends `chars`, ASCII characters of the crate's tables (a set of
    /// specials, say), in order; any other is left out.
    pub(crate) fn ascii(&mut self, chars: impl IntoIterator<Item = char>) {
        write_ascii(self.sink, chars);
    }

    /// Appends the template `key`, filled with `subject`'s figures.
    pub(crate) fn fill(&mut self, key: Key, subject: &dyn Said) {
        let mut rest = key.template().text(self.lang);
        // `find` gives char boundaries, so each split is `Some`.
        while let Some((text, after)) = rest.find('{').and_then(|at| rest.split_at_checked(at)) {
            self.sink.push_str(text);
            let Some((name, after)) = after.find('}').and_then(|at| after.split_at_checked(at))
            else {
                self.sink.push_str(after);
                return;
            };
            subject.figure(name.get(1..).unwrap_or_default(), self);
            rest = after.get(1..).unwrap_or_default();
        }
        self.sink.push_str(rest);
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

/// Writes the ASCII characters of `chars` into `sink`, in order; any other
/// is left out.
pub(crate) fn write_ascii(sink: &mut dyn Sink, chars: impl IntoIterator<Item = char>) {
    for c in chars.into_iter().filter(char::is_ascii) {
        // ASCII: one byte, the code itself.
        #[allow(clippy::cast_possible_truncation)]
        let byte = [c as u8];
        sink.push_str(core::str::from_utf8(&byte).unwrap_or_default());
    }
}

/// Writes `n` in decimal into `sink`, without `core::fmt`.
pub(crate) fn write_count(sink: &mut dyn Sink, n: usize) {
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
    sink.push_str(core::str::from_utf8(digits.get(at..).unwrap_or_default()).unwrap_or_default());
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
