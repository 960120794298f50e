//! Messages for people, in English and Simplified Chinese: the lowest
//! layer, which knows no rule.
//!
//! A [`Message`] pairs a subject (a violation, a warning, a problem) with a
//! [`Lang`]. Each product writes its own texts, as `Display` for
//! `Message<ItsSubject>`, beside its subjects: `policy/text.rs` for the
//! password's, `request/text.rs` for the request's. Every text is built from
//! the figures its subject holds, never from the password or the username.

use core::fmt::{self, Display, Formatter};

/// A language for messages shown to people.
///
/// `Display` of a violation is English; [`Violation::message`] and
/// [`Warning::message`] take a `Lang`.
///
/// [`Violation::message`]: crate::Violation::message
/// [`Warning::message`]: crate::Warning::message
///
/// ```
/// use cvm_password::Lang;
///
/// assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhCn));
/// assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
/// assert_eq!(Lang::from_tag("fr"), None);
/// assert_eq!(Lang::ZhCn.tag(), "zh-CN");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Simplified Chinese.
    ZhCn,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The BCP 47 tag: `en` or `zh-CN`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language of a BCP 47 tag, ignoring case: `en` and `en-*` give
    /// English; `zh`, `zh-CN`, `zh-SG` and `zh-Hans*` give Simplified
    /// Chinese. Traditional Chinese tags (`zh-TW`, `zh-Hant`) and every
    /// other language give `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next()?;
        let region = subtags.next();
        if language.eq_ignore_ascii_case("en") {
            return Some(Lang::En);
        }
        if !language.eq_ignore_ascii_case("zh") {
            return None;
        }
        match region {
            None => Some(Lang::ZhCn),
            Some(r)
                if ["cn", "sg", "hans"]
                    .iter()
                    .any(|s| r.eq_ignore_ascii_case(s)) =>
            {
                Some(Lang::ZhCn)
            }
            Some(_) => None,
        }
    }

    /// The pair in this language, of the two given.
    pub(crate) const fn pick_pair(
        self,
        english: (&'static str, &'static str),
        chinese: (&'static str, &'static str),
    ) -> (&'static str, &'static str) {
        match self {
            Lang::En => english,
            Lang::ZhCn => chinese,
        }
    }

    /// The text in this language, of the two given.
    pub(crate) const fn pick(self, english: &'static str, chinese: &'static str) -> &'static str {
        match self {
            Lang::En => english,
            Lang::ZhCn => chinese,
        }
    }
}

/// A message about `S` in one language, ready to display.
///
/// Made by [`Violation::message`], [`Warning::message`],
/// [`Problem::message`] and [`Rules::summary`]; it writes without
/// allocating. Its text comes from the figures of its subject only.
///
/// [`Violation::message`]: crate::Violation::message
/// [`Warning::message`]: crate::Warning::message
/// [`Problem::message`]: crate::Problem::message
/// [`Rules::summary`]: crate::Rules::summary
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

/// "1 character", "7 characters"; in Chinese "7 个字符".
pub(crate) struct Characters(pub(crate) usize, pub(crate) Lang);

impl Display for Characters {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match (self.1, self.0) {
            (Lang::En, 1) => f.write_str("1 character"),
            (Lang::En, n) => write!(f, "{n} characters"),
            (Lang::ZhCn, n) => write!(f, "{n} 个字符"),
        }
    }
}
