//! Messages for people, in English and Simplified Chinese: the lowest
//! layer, which knows no rule.
//!
//! Every text is a template of one table ([`Template`]), with its figures
//! named: `password is too short: {length}, at least {min} required`. A
//! subject (a violation, a warning, a problem, a line of the rules, a
//! generator's error) says which template tells of it and writes each of
//! its figures ([`Said`]); one filler puts them together, for `Display`
//! and for the WebAssembly module alike. Every text is built from the
//! figures its subject holds, never from the password or the username.

mod fill;
mod lang;
mod table;

use core::fmt::{self, Display, Formatter};

pub use self::fill::{Out, Said, Sink};
pub use self::lang::Lang;
pub use self::table::Key;
pub use self::table::Template;

/// A message about `S` in one language, ready to display.
///
/// Made by [`Violation::message`], [`Warning::message`],
/// [`Problem::message`] and [`Rule::message`]; it writes without
/// allocating. Its text comes from the figures of its subject only.
///
/// [`Violation::message`]: crate::Violation::message
/// [`Warning::message`]: crate::Warning::message
/// [`Problem::message`]: crate::Problem::message
/// [`Rule::message`]: crate::Rule::message
///
/// ```
/// use cvm_password::{Lang, Policy};
///
/// let rejected = Policy::LINUX.check("abc", None).unwrap_err();
/// let message = rejected.violations().next().unwrap().message(Lang::ZhCn);
/// assert_eq!(message.lang(), Lang::ZhCn);
/// assert_eq!(message.to_string(), "密码太短：3 个字符，至少需要 8 个");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Message<S> {
    subject: S,
    lang: Lang,
}

impl<S> Message<S> {
    pub(crate) const fn new(subject: S, lang: Lang) -> Message<S> {
        Message { subject, lang }
    }

    /// What the message is about.
    pub const fn subject(&self) -> &S {
        &self.subject
    }

    /// Its language.
    pub const fn lang(&self) -> Lang {
        self.lang
    }
}

impl<S: Said> Message<S> {
    /// Writes the message into `sink`: what `Display` writes, for a caller
    /// without `core::fmt`.
    pub fn write_to(&self, sink: &mut dyn Sink) {
        fill::write(&self.subject, self.lang, sink);
    }
}

impl<S: Said> Display for Message<S> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        fill::display(&self.subject, self.lang, f)
    }
}

/// "7 characters", "1 character"; in Chinese "7 个字符".
pub(crate) fn characters(out: &mut Out<'_>, count: usize) {
    struct Count(usize);
    impl Said for Count {
        fn key(&self) -> Key {
            if self.0 == 1 {
                Key::CharactersOne
            } else {
                Key::Characters
            }
        }
        fn figure(&self, _: &str, out: &mut Out<'_>) {
            out.count(self.0);
        }
    }
    let count = Count(count);
    out.fill(count.key(), &count);
}
