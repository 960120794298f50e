//! The languages of messages.

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
}
