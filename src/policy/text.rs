//! The password policy's texts, in English and Simplified Chinese: the
//! messages of violations and warnings, and the labels of categories and
//! policies that every front end shows.

use core::fmt::{self, Display, Formatter};

use super::category::{Categories, Category};
use super::violation::{Violation, Warning};
use super::{Policy, INSPECTION_LIMIT};
use crate::message::{Characters, Lang, Message};

impl Category {
    /// What the category is called in `lang`, plural: "lowercase letters",
    /// "小写字母".
    ///
    /// ```
    /// use cvm_password::{Category, Lang};
    ///
    /// assert_eq!(Category::Digit.label(Lang::En), "digits");
    /// assert_eq!(Category::Digit.label(Lang::ZhCn), "数字");
    /// ```
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            Category::Lowercase => lang.pick("lowercase letters", "小写字母"),
            Category::Uppercase => lang.pick("uppercase letters", "大写字母"),
            Category::Digit => lang.pick("digits", "数字"),
            Category::Special => lang.pick("special characters", "特殊字符"),
        }
    }

    /// Writes the labels of `set`, separated as `lang` separates a list.
    pub(crate) fn write_list(f: &mut Formatter<'_>, set: Categories, lang: Lang) -> fmt::Result {
        for (i, category) in set.iter().enumerate() {
            if i > 0 {
                f.write_str(lang.pick(", ", "、"))?;
            }
            f.write_str(category.label(lang))?;
        }
        Ok(())
    }
}

impl Policy {
    /// `linux` or `windows` for the presets, `custom` for any other policy.
    ///
    /// ```
    /// use cvm_password::Policy;
    ///
    /// assert_eq!(Policy::LINUX.name(), "linux");
    /// assert_eq!(Policy::LINUX.with_min_length(10).name(), "custom");
    /// ```
    pub fn name(&self) -> &'static str {
        if *self == Policy::LINUX {
            "linux"
        } else if *self == Policy::WINDOWS {
            "windows"
        } else {
            "custom"
        }
    }

    /// What the rules are called in `lang`: "Linux", "Windows", or "custom"
    /// ("自定义") for a policy that is neither preset.
    ///
    /// ```
    /// use cvm_password::{Lang, Policy};
    ///
    /// assert_eq!(Policy::WINDOWS.label(Lang::ZhCn), "Windows");
    /// assert_eq!(Policy::WINDOWS.with_min_length(8).label(Lang::ZhCn), "自定义");
    /// ```
    pub fn label(&self, lang: Lang) -> &'static str {
        match self.name() {
            "linux" => "Linux",
            "windows" => "Windows",
            _ => lang.pick("custom", "自定义"),
        }
    }
}

impl Display for Message<Violation> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let lang = self.lang();
        match (*self.subject(), lang) {
            (Violation::TooShort { length, min }, Lang::En) => write!(
                f,
                "password is too short: {}, at least {min} required",
                Characters(length, lang),
            ),
            (Violation::TooShort { length, min }, Lang::ZhCn) => {
                write!(f, "密码太短：{}，至少需要 {min} 个", Characters(length, lang))
            }
            (Violation::TooLong { length, max }, Lang::En) if length > INSPECTION_LIMIT => write!(
                f,
                "password is too long: more than {INSPECTION_LIMIT} characters, at most {max} allowed",
            ),
            (Violation::TooLong { length, max }, Lang::ZhCn) if length > INSPECTION_LIMIT => write!(
                f,
                "密码太长：超过 {INSPECTION_LIMIT} 个字符，最多允许 {max} 个"
            ),
            (Violation::TooLong { length, max }, Lang::En) => write!(
                f,
                "password is too long: {}, at most {max} allowed",
                Characters(length, lang),
            ),
            (Violation::TooLong { length, max }, Lang::ZhCn) => {
                write!(f, "密码太长：{}，最多允许 {max} 个", Characters(length, lang))
            }
            (Violation::LeadingSlash, _) => f.write_str(lang.pick(
                "password must not start with '/'",
                "密码不能以“/”开头",
            )),
            (Violation::BannedFirstCharacter { banned }, Lang::En) => {
                write!(f, "password must not start with any of {banned}")
            }
            (Violation::BannedFirstCharacter { banned }, Lang::ZhCn) => {
                write!(f, "密码不能以下列字符开头：{banned}")
            }
            (
                Violation::TooFewCategories {
                    present,
                    required,
                    out_of,
                },
                _,
            ) => {
                let letters_as_one = out_of < 4;
                let classes = Classes(present, letters_as_one, lang);
                match (lang, letters_as_one) {
                    (Lang::En, false) => write!(f, "password has too few character categories: {}", classes.len())?,
                    (Lang::En, true) => write!(f, "password has too few character classes: {}", classes.len())?,
                    (Lang::ZhCn, false) => write!(f, "密码包含的字符类别太少：{} 类", classes.len())?,
                    (Lang::ZhCn, true) => write!(f, "密码包含的字符种类太少：{} 类", classes.len())?,
                }
                if classes.len() > 0 {
                    let (open, close) = lang.pick_pair((" (", ")"), ("（", "）"));
                    write!(f, "{open}{classes}{close}")?;
                }
                match (lang, letters_as_one) {
                    (Lang::En, false) => write!(f, ", at least {required} of {out_of} required"),
                    (Lang::En, true) => write!(
                        f,
                        ", at least {required} of {out_of} required, letters of either case counting as one"
                    ),
                    (Lang::ZhCn, false) => write!(f, "，至少需要 {out_of} 类中的 {required} 类"),
                    (Lang::ZhCn, true) => {
                        write!(f, "，至少需要 {out_of} 类中的 {required} 类（大小写字母算作一类）")
                    }
                }
            }
            (Violation::DisallowedCharacter { count }, Lang::En) => write!(
                f,
                "password contains {count} disallowed {}: only ASCII letters, digits and the allowed special characters can be used",
                if count == 1 { "character" } else { "characters" },
            ),
            (Violation::DisallowedCharacter { count }, Lang::ZhCn) => write!(
                f,
                "密码包含 {count} 个不允许的字符：只能使用 ASCII 字母、数字和允许的特殊字符"
            ),
            (Violation::ContainsUsername, _) => f.write_str(lang.pick(
                "password must not contain the username, in any letter case",
                "密码不能包含用户名（不区分大小写）",
            )),
        }
    }
}

impl Display for Message<Warning> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let lang = self.lang();
        match *self.subject() {
            Warning::DisputedRule {
                violation,
                refused_by,
                accepted_by,
            } => match lang {
                Lang::En => write!(
                    f,
                    "disputed rule: {}: {refused_by} refuses this, {accepted_by} accepts it",
                    violation.message(lang),
                ),
                Lang::ZhCn => write!(
                    f,
                    "有争议的规则：{}：{refused_by} 不接受，{accepted_by} 接受",
                    violation.message(lang),
                ),
            },
            Warning::ShorterThanRecommended {
                length,
                recommended,
            } => match lang {
                Lang::En => write!(
                    f,
                    "password is shorter than recommended: {}, at least {recommended} recommended",
                    Characters(length, lang),
                ),
                Lang::ZhCn => write!(
                    f,
                    "密码短于建议长度：{}，建议至少 {recommended} 个",
                    Characters(length, lang),
                ),
            },
        }
    }
}

/// The classes a password draws from, as a list: its categories, or, where
/// letters count as one, "letters" for either case.
struct Classes(Categories, bool, Lang);

impl Classes {
    fn len(&self) -> usize {
        let Classes(present, letters_as_one, _) = *self;
        let both = present.contains(Category::Lowercase) && present.contains(Category::Uppercase);
        present.len() - usize::from(letters_as_one && both)
    }
}

impl Display for Classes {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let Classes(present, letters_as_one, lang) = *self;
        if !letters_as_one {
            return Category::write_list(f, present, lang);
        }
        let letters =
            present.contains(Category::Lowercase) || present.contains(Category::Uppercase);
        let labels = [
            (letters, lang.pick("letters", "字母")),
            (
                present.contains(Category::Digit),
                Category::Digit.label(lang),
            ),
            (
                present.contains(Category::Special),
                Category::Special.label(lang),
            ),
        ];
        for (i, (_, label)) in labels.iter().filter(|(on, _)| *on).enumerate() {
            if i > 0 {
                f.write_str(lang.pick(", ", "、"))?;
            }
            f.write_str(label)?;
        }
        Ok(())
    }
}
