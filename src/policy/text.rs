//! What the password policy's messages say: the template of each
//! violation and warning and their figures, and the labels of categories
//! and policies that every front end shows. The texts themselves are the
//! table's (`crate::message`).

use super::category::{Categories, Category};
use super::violation::{Violation, Warning};
use super::{Policy, INSPECTION_LIMIT};
use crate::message::{characters, Key, Lang, Out, Said};

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
        self.key().template().text(lang)
    }

    pub(crate) const fn key(self) -> Key {
        match self {
            Category::Lowercase => Key::Lowercase,
            Category::Uppercase => Key::Uppercase,
            Category::Digit => Key::Digit,
            Category::Special => Key::Special,
        }
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
            _ => Key::CustomPolicy.template().text(lang),
        }
    }
}

impl Said for Violation {
    fn key(&self) -> Key {
        match *self {
            Violation::TooShort { .. } => Key::TooShort,
            Violation::TooLong { length, .. } if length > INSPECTION_LIMIT => Key::TooLongPastLimit,
            Violation::TooLong { .. } => Key::TooLong,
            Violation::LeadingSlash => Key::LeadingSlash,
            Violation::BannedFirstCharacter { .. } => Key::BannedFirstCharacter,
            Violation::TooFewCategories { out_of, .. } if out_of < 4 => Key::TooFewClasses,
            Violation::TooFewCategories { .. } => Key::TooFewCategories,
            Violation::DisallowedCharacter { count: 1 } => Key::DisallowedCharacterOne,
            Violation::DisallowedCharacter { .. } => Key::DisallowedCharacter,
            Violation::ContainsUsername => Key::ContainsUsername,
        }
    }

    fn figure(&self, name: &str, out: &mut Out<'_>) {
        match (*self, name) {
            (Violation::TooShort { length, .. } | Violation::TooLong { length, .. }, "length") => {
                characters(out, length);
            }
            (Violation::TooShort { min, .. }, "min") => out.count(min),
            (Violation::TooLong { max, .. }, "max") => out.count(max),
            (Violation::TooLong { .. }, "limit") => out.count(INSPECTION_LIMIT),
            (Violation::BannedFirstCharacter { banned }, "banned") => out.ascii(banned),
            (Violation::DisallowedCharacter { count }, "count") => out.count(count),
            (
                Violation::TooFewCategories {
                    present, out_of, ..
                },
                "count" | "present",
            ) => classes(out, name, present, out_of < 4),
            (Violation::TooFewCategories { required, .. }, "required") => out.count(required),
            (Violation::TooFewCategories { out_of, .. }, "out_of") => out.count(out_of),
            _ => {}
        }
    }
}

/// The classes a password draws from: how many (`count`), and the list of
/// them in brackets (`present`), where letters of either case may count as
/// one class, "letters".
fn classes(out: &mut Out<'_>, name: &str, present: Categories, letters_as_one: bool) {
    let letters = present.contains(Category::Lowercase) || present.contains(Category::Uppercase);
    let merged = letters_as_one && letters;
    let keys = Category::ALL.into_iter().filter_map(|category| {
        let is_letter = matches!(category, Category::Lowercase | Category::Uppercase);
        match category {
            _ if !present.contains(category) => None,
            // The first letter present stands for both.
            Category::Uppercase if merged && present.contains(Category::Lowercase) => None,
            _ if merged && is_letter => Some(Key::Letters),
            _ => Some(category.key()),
        }
    });
    if name == "count" {
        out.count(keys.count());
    } else if keys.clone().next().is_some() {
        struct List<I>(I);
        impl<I: Iterator<Item = Key> + Clone> Said for List<I> {
            fn key(&self) -> Key {
                Key::ListEnclosed
            }
            fn figure(&self, _: &str, out: &mut Out<'_>) {
                out.list(self.0.clone());
            }
        }
        out.fill(Key::ListEnclosed, &List(keys));
    }
}

impl Said for Warning {
    fn key(&self) -> Key {
        match self {
            Warning::ShorterThanRecommended { .. } => Key::ShorterThanRecommended,
            Warning::DisputedRule { .. } => Key::DisputedRule,
        }
    }

    fn figure(&self, name: &str, out: &mut Out<'_>) {
        match (*self, name) {
            (Warning::ShorterThanRecommended { length, .. }, "length") => characters(out, length),
            (Warning::ShorterThanRecommended { recommended, .. }, "recommended") => {
                out.count(recommended);
            }
            (Warning::DisputedRule { violation, .. }, "violation") => {
                out.fill(violation.key(), &violation);
            }
            (Warning::DisputedRule { refused_by, .. }, "refused_by") => out.text(refused_by),
            (Warning::DisputedRule { accepted_by, .. }, "accepted_by") => out.text(accepted_by),
            _ => {}
        }
    }
}
