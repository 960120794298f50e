//! A JSON writer into a [`Sink`], without allocating: compact, or pretty
//! as `serde_json` writes it (two spaces a level).

use crate::message::Sink;

/// JSON being written: values, objects and arrays, in order.
pub struct Json<'a> {
    out: &'a mut dyn Sink,
    pretty: bool,
    depth: usize,
    /// No item yet in the container just opened.
    fresh: bool,
    /// A key was just written: its value follows on the same line.
    keyed: bool,
}

impl<'a> Json<'a> {
    pub(crate) fn new(out: &'a mut dyn Sink, pretty: bool) -> Json<'a> {
        Json {
            out,
            pretty,
            depth: 0,
            fresh: true,
            keyed: false,
        }
    }

    /// What comes before a value or a key: a comma after the previous
    /// item, and in pretty JSON a line of its own.
    fn item(&mut self) {
        if self.keyed {
            self.keyed = false;
            return;
        }
        if !self.fresh {
            self.out.push_str(",");
        }
        self.fresh = false;
        if self.depth > 0 {
            self.line();
        }
    }

    fn line(&mut self) {
        if self.pretty {
            self.out.push_str("\n");
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    fn open(&mut self, bracket: &str) {
        self.item();
        self.out.push_str(bracket);
        self.depth += 1;
        self.fresh = true;
    }

    fn close(&mut self, bracket: &str) {
        self.depth = self.depth.saturating_sub(1);
        if !self.fresh {
            self.line();
        }
        self.out.push_str(bracket);
        self.fresh = false;
    }

    /// An object, its members written by `members`.
    pub(crate) fn object(&mut self, members: impl FnOnce(&mut Json<'_>)) {
        self.open("{");
        members(self);
        self.close("}");
    }

    /// An array, its items written by `items`.
    pub(crate) fn array(&mut self, items: impl FnOnce(&mut Json<'_>)) {
        self.open("[");
        items(self);
        self.close("]");
    }

    /// A member's key; its value is written next.
    pub(crate) fn key(&mut self, key: &str) -> &mut Self {
        self.item();
        self.quoted(|out| out.push_str(key));
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self.keyed = true;
        self
    }

    /// A string, escaped as JSON escapes it.
    pub(crate) fn string(&mut self, s: &str) {
        self.item();
        self.quoted(|out| out.push_str(s));
    }

    /// A string written by `write`, escaped as it is written.
    pub(crate) fn string_with(&mut self, write: impl FnOnce(&mut dyn Sink)) {
        self.item();
        self.quoted(write);
    }

    /// A string, or `null`.
    pub(crate) fn optional(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.null(),
        }
    }

    /// An array of strings.
    pub(crate) fn strings<'s>(&mut self, items: impl IntoIterator<Item = &'s str>) {
        self.array(|json| items.into_iter().for_each(|s| json.string(s)));
    }

    pub(crate) fn count(&mut self, n: usize) {
        self.item();
        self.out.push_count(n);
    }

    pub(crate) fn flag(&mut self, flag: bool) {
        self.item();
        self.out.push_str(if flag { "true" } else { "false" });
    }

    pub(crate) fn null(&mut self) {
        self.item();
        self.out.push_str("null");
    }

    fn quoted(&mut self, write: impl FnOnce(&mut dyn Sink)) {
        self.out.push_str("\"");
        write(&mut Escaped(&mut *self.out));
        self.out.push_str("\"");
    }
}

/// A sink that escapes what passes through it as a JSON string's
/// contents: `"`, `\` and control characters, as `serde_json` does.
struct Escaped<'a>(&'a mut dyn Sink);

impl Sink for Escaped<'_> {
    fn push_str(&mut self, s: &str) {
        let mut rest = s;
        while let Some(at) = rest.find(|c: char| c == '"' || c == '\\' || c < ' ') {
            let (plain, special) = rest.split_at_checked(at).unwrap_or((rest, ""));
            self.0.push_str(plain);
            let mut chars = special.chars();
            let Some(c) = chars.next() else { return };
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                '\u{8}' => self.0.push_str("\\b"),
                '\u{c}' => self.0.push_str("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let code = u32::from(c) as usize;
                    let digits = [
                        b'\\',
                        b'u',
                        b'0',
                        b'0',
                        HEX.get(code >> 4 & 0xF).copied().unwrap_or(b'0'),
                        HEX.get(code & 0xF).copied().unwrap_or(b'0'),
                    ];
                    self.0
                        .push_str(core::str::from_utf8(&digits).unwrap_or_default());
                }
            }
            rest = chars.as_str();
        }
        self.0.push_str(rest);
    }
}

#[cfg(all(test, feature = "std"))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::Json;

    /// The crate's own texts hold no character JSON escapes, so the
    /// escapes are tested here, against `serde_json`'s, for every
    /// character below `~` and a few beyond.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let every: String = (0..=0x7F_u8)
            .map(char::from)
            .chain(['é', '密', '\u{2028}', '😀'])
            .collect();
        for text in [every.as_str(), "", "\"", "\\", "a\"b\\c\u{1}d\u{1f}e\n"] {
            let mut out = String::new();
            Json::new(&mut out, false).string(text);
            assert_eq!(out, serde_json::to_string(text).unwrap());
        }
    }
}
