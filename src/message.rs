//! Messages in English and Simplified Chinese.
//!
//! Every message is built from the figures a [`Violation`], [`Warning`] or
//! [`Problem`] holds: never from the password or the username.

use core::fmt::{self, Display, Formatter};

use crate::category::{Categories, Category};
use crate::policy::INSPECTION_LIMIT;
use crate::problem::{self, Problem};
use crate::violation::{Violation, Warning};

/// A language for messages shown to people.
///
/// `Display` of a violation is English; [`Violation::message`] and
/// [`Warning::message`] take a `Lang`.
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

/// A message in one language, ready to display.
///
/// Made by [`Violation::message`], [`Warning::message`] and
/// [`Problem::message`]; it writes without allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    subject: Subject,
    lang: Lang,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Subject {
    Violation(Violation),
    Warning(Warning),
    Problem(Problem),
}

impl Message {
    pub(crate) const fn violation(v: Violation, lang: Lang) -> Message {
        Message {
            subject: Subject::Violation(v),
            lang,
        }
    }

    pub(crate) const fn warning(w: Warning, lang: Lang) -> Message {
        Message {
            subject: Subject::Warning(w),
            lang,
        }
    }

    pub(crate) const fn problem(p: Problem, lang: Lang) -> Message {
        Message {
            subject: Subject::Problem(p),
            lang,
        }
    }
}

impl Display for Message {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match (self.subject, self.lang) {
            (Subject::Problem(p), Lang::En) => problem::english(p, f),
            (Subject::Problem(p), Lang::ZhCn) => problem::chinese(p, f),
            (Subject::Violation(v), Lang::En) => english(v, f),
            (Subject::Violation(v), Lang::ZhCn) => chinese(v, f),
            (Subject::Warning(w), Lang::En) => match w {
                Warning::ShorterThanRecommended {
                    length,
                    recommended,
                } => write!(
                    f,
                    "password is shorter than recommended: {}, at least {recommended} recommended",
                    Characters(length),
                ),
            },
            (Subject::Warning(w), Lang::ZhCn) => match w {
                Warning::ShorterThanRecommended {
                    length,
                    recommended,
                } => write!(
                    f,
                    "密码短于建议长度：{length} 个字符，建议至少 {recommended} 个"
                ),
            },
        }
    }
}

fn english(v: Violation, f: &mut Formatter<'_>) -> fmt::Result {
    match v {
        Violation::TooShort { length, min } => write!(
            f,
            "password is too short: {}, at least {min} required",
            Characters(length),
        ),
        Violation::TooLong { length, max } if length > INSPECTION_LIMIT => write!(
            f,
            "password is too long: more than {INSPECTION_LIMIT} characters, at most {max} allowed",
        ),
        Violation::TooLong { length, max } => write!(
            f,
            "password is too long: {}, at most {max} allowed",
            Characters(length),
        ),
        Violation::LeadingSlash => f.write_str("password must not start with '/'"),
        Violation::TooFewCategories { present, required } => {
            write!(f, "password has too few character categories: {}", present.len())?;
            if !present.is_empty() {
                write!(f, " ({})", CategoryList(present, Lang::En))?;
            }
            write!(f, ", at least {required} of 4 required")
        }
        Violation::DisallowedCharacter { count } => write!(
            f,
            "password contains {count} disallowed {}: only ASCII letters, digits and the allowed special characters can be used",
            if count == 1 { "character" } else { "characters" },
        ),
        Violation::ContainsUsername => {
            f.write_str("password must not contain the username, in any letter case")
        }
    }
}

fn chinese(v: Violation, f: &mut Formatter<'_>) -> fmt::Result {
    match v {
        Violation::TooShort { length, min } => {
            write!(f, "密码太短：{length} 个字符，至少需要 {min} 个")
        }
        Violation::TooLong { length, max } if length > INSPECTION_LIMIT => {
            write!(
                f,
                "密码太长：超过 {INSPECTION_LIMIT} 个字符，最多允许 {max} 个"
            )
        }
        Violation::TooLong { length, max } => {
            write!(f, "密码太长：{length} 个字符，最多允许 {max} 个")
        }
        Violation::LeadingSlash => f.write_str("密码不能以“/”开头"),
        Violation::TooFewCategories { present, required } => {
            write!(f, "密码包含的字符类别太少：{} 类", present.len())?;
            if !present.is_empty() {
                write!(f, "（{}）", CategoryList(present, Lang::ZhCn))?;
            }
            write!(f, "，至少需要 4 类中的 {required} 类")
        }
        Violation::DisallowedCharacter { count } => write!(
            f,
            "密码包含 {count} 个不允许的字符：只能使用 ASCII 字母、数字和允许的特殊字符"
        ),
        Violation::ContainsUsername => f.write_str("密码不能包含用户名（不区分大小写）"),
    }
}

/// "1 character", "7 characters".
struct Characters(usize);

impl Display for Characters {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.0 {
            1 => f.write_str("1 character"),
            n => write!(f, "{n} characters"),
        }
    }
}

struct CategoryList(Categories, Lang);

impl Display for CategoryList {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let separator = match self.1 {
            Lang::En => ", ",
            Lang::ZhCn => "、",
        };
        for (i, category) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(separator)?;
            }
            match self.1 {
                Lang::En => write!(f, "{category}")?,
                Lang::ZhCn => f.write_str(chinese_category(category))?,
            }
        }
        Ok(())
    }
}

const fn chinese_category(c: Category) -> &'static str {
    match c {
        Category::Lowercase => "小写字母",
        Category::Uppercase => "大写字母",
        Category::Digit => "数字",
        Category::Special => "特殊字符",
    }
}
