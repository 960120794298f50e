//! The rules of a policy as one description: the data every front end
//! serializes (`rules --json`, JavaScript's `rules()`, Python's `rules()`)
//! and the lines that say it in words.
//!
//! It sits above the policy and the generator, since it tells of both (the
//! generated length), and below the front ends, which only translate it.

use core::iter::FusedIterator;

#[cfg(doc)]
use crate::generate::Generator;
use crate::message::{Key, Lang, Message, Out, Said};
use crate::policy::{
    Alphabet, Categories, Category, Policy, Specials, INSPECTION_LIMIT, USERNAME_MIN_CHECKED,
};

/// The rules of a [`Policy`], described: its figures as named fields, and
/// its rules in words.
///
/// Every front end serializes this one description, field for field, so
/// they cannot disagree: the CLI's `rules --json` with the names of
/// [`RuleField::name`], JavaScript's `rules()` with the same names in
/// camelCase.
///
/// ```
/// use cvm_password::{Lang, Policy, RuleField, RuleValue};
///
/// let rules = Policy::WINDOWS.rules();
/// let (field, value) = rules.fields().nth(1).unwrap();
/// assert_eq!((field.name(), value), ("min_length", RuleValue::Count(12)));
/// assert_eq!(rules.field(RuleField::DefaultUsername), RuleValue::Name(Some("Administrator")));
///
/// let lines: Vec<String> = rules.summary().map(|r| r.message(Lang::En).to_string()).collect();
/// assert_eq!(lines[0], "Windows rules of cvm:ResetInstancesPassword");
/// assert_eq!(lines[1], "length: 12 to 30 characters");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rules {
    policy: Policy,
    api: &'static str,
}

impl Policy {
    /// The description of this policy's rules, as those of
    /// `cvm:ResetInstancesPassword` (see [`Rules::of_api`] for another API's).
    pub const fn rules(&self) -> Rules {
        Rules {
            policy: *self,
            api: "cvm:ResetInstancesPassword",
        }
    }
}

/// A field of the [`Rules`] description.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleField {
    /// [`Policy::name`].
    Policy,
    /// [`Policy::min_length`].
    MinLength,
    /// [`Policy::max_length`].
    MaxLength,
    /// [`Policy::recommended_min_length`].
    RecommendedMinLength,
    /// [`Policy::required_categories`].
    RequiredCategories,
    /// [`Policy::letters_as_one`].
    LettersAsOne,
    /// The categories counted, all four.
    Categories,
    /// [`Policy::specials`].
    Specials,
    /// [`Policy::space_allowed`].
    SpaceAllowed,
    /// [`Policy::bans_leading_slash`].
    BansLeadingSlash,
    /// [`Policy::first_banned`], `/` aside: the other characters a
    /// password may not start with.
    BannedFirst,
    /// [`Policy::bans_username`].
    BansUsername,
    /// The name the username rule looks for when none is given
    /// ([`Policy::banned_name`] of `None`); `null` without the rule.
    DefaultUsername,
    /// [`USERNAME_MIN_CHECKED`].
    UsernameMinChecked,
    /// [`INSPECTION_LIMIT`].
    InspectionLimit,
    /// The length the generator gives by default
    /// ([`Generator::resolved_length`]).
    GeneratedLength,
}

impl RuleField {
    /// Every field, in the order of the description.
    pub const ALL: [RuleField; 16] = [
        RuleField::Policy,
        RuleField::MinLength,
        RuleField::MaxLength,
        RuleField::RecommendedMinLength,
        RuleField::RequiredCategories,
        RuleField::LettersAsOne,
        RuleField::Categories,
        RuleField::Specials,
        RuleField::SpaceAllowed,
        RuleField::BansLeadingSlash,
        RuleField::BannedFirst,
        RuleField::BansUsername,
        RuleField::DefaultUsername,
        RuleField::UsernameMinChecked,
        RuleField::InspectionLimit,
        RuleField::GeneratedLength,
    ];

    /// The `snake_case` name, as in JSON.
    pub const fn name(self) -> &'static str {
        match self {
            RuleField::Policy => "policy",
            RuleField::MinLength => "min_length",
            RuleField::MaxLength => "max_length",
            RuleField::RecommendedMinLength => "recommended_min_length",
            RuleField::RequiredCategories => "required_categories",
            RuleField::LettersAsOne => "letters_as_one",
            RuleField::Categories => "categories",
            RuleField::Specials => "specials",
            RuleField::SpaceAllowed => "space_allowed",
            RuleField::BansLeadingSlash => "bans_leading_slash",
            RuleField::BannedFirst => "banned_first",
            RuleField::BansUsername => "bans_username",
            RuleField::DefaultUsername => "default_username",
            RuleField::UsernameMinChecked => "username_min_checked",
            RuleField::InspectionLimit => "inspection_limit",
            RuleField::GeneratedLength => "generated_length",
        }
    }
}

/// The value of a [`RuleField`].
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleValue {
    /// A number of characters or categories.
    Count(usize),
    /// Whether a rule applies.
    Flag(bool),
    /// A name, or none (`null`).
    Name(Option<&'static str>),
    /// A set of special characters, written as a string in ASCII order.
    Specials(Specials),
    /// A set of categories, written as a list of their names.
    Categories(Categories),
    /// A set of characters, written as a string in ASCII order.
    Characters(Alphabet),
}

impl Rules {
    /// The description of `policy`, the rules of the API `api` (named
    /// `service:Action`), for its heading.
    pub const fn of_api(policy: Policy, api: &'static str) -> Rules {
        Rules { policy, api }
    }

    /// The policy described.
    pub const fn policy(&self) -> Policy {
        self.policy
    }

    /// The value of one field.
    pub fn field(&self, field: RuleField) -> RuleValue {
        let policy = &self.policy;
        match field {
            RuleField::Policy => RuleValue::Name(Some(policy.name())),
            RuleField::MinLength => RuleValue::Count(policy.min_length()),
            RuleField::MaxLength => RuleValue::Count(policy.max_length()),
            RuleField::RecommendedMinLength => RuleValue::Count(policy.recommended_min_length()),
            RuleField::RequiredCategories => RuleValue::Count(policy.required_categories()),
            RuleField::LettersAsOne => RuleValue::Flag(policy.letters_as_one()),
            RuleField::Categories => RuleValue::Categories(Categories::ALL),
            RuleField::Specials => RuleValue::Specials(policy.specials()),
            RuleField::SpaceAllowed => RuleValue::Flag(policy.space_allowed()),
            RuleField::BansLeadingSlash => RuleValue::Flag(policy.bans_leading_slash()),
            RuleField::BannedFirst => RuleValue::Characters(policy.first_banned().without('/')),
            RuleField::BansUsername => RuleValue::Flag(policy.bans_username()),
            RuleField::DefaultUsername => RuleValue::Name(policy.banned_name(None)),
            RuleField::UsernameMinChecked => RuleValue::Count(USERNAME_MIN_CHECKED),
            RuleField::InspectionLimit => RuleValue::Count(INSPECTION_LIMIT),
            RuleField::GeneratedLength => RuleValue::Count(policy.generator().resolved_length()),
        }
    }

    /// Every field with its value, in the order of [`RuleField::ALL`].
    pub fn fields(&self) -> impl ExactSizeIterator<Item = (RuleField, RuleValue)> + Clone + '_ {
        RuleField::ALL.into_iter().map(|f| (f, self.field(f)))
    }

    /// The rules in words, one [`Rule`] a line: a heading, then length,
    /// categories, specials, what is disallowed, the first character (where
    /// the policy bans `/`) and the username.
    pub fn summary(&self) -> Summary {
        Summary {
            policy: self.policy,
            api: self.api,
            next: 0,
        }
    }
}

/// One line of the rules in words; see [`Rules::summary`]. Its
/// [`message`](Rule::message) is the line.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Which rules these are: `Linux`, `Windows`, or custom
    /// ([`Policy::label`]), and of which API.
    #[non_exhaustive]
    Heading {
        /// The policy.
        policy: Policy,
        /// The API, such as `ResetInstancesPassword` or `cvm:RunInstances`.
        api: &'static str,
    },
    /// The length bounds, and the recommendation where it is above the
    /// minimum.
    #[non_exhaustive]
    Length {
        /// The fewest characters.
        min: usize,
        /// The most characters.
        max: usize,
        /// Fewer are accepted with a warning.
        recommended: usize,
    },
    /// How many of the classes are required.
    #[non_exhaustive]
    Categories {
        /// How many.
        required: usize,
        /// Whether letters of either case count as one class.
        letters_as_one: bool,
    },
    /// The special characters.
    Specials(Specials),
    /// Every other character is disallowed.
    #[non_exhaustive]
    Disallowed {
        /// Whether a space is allowed, so not named among the disallowed.
        space_allowed: bool,
    },
    /// The first character must not be `/`.
    LeadingSlash,
    /// The first character must not be any of these (`/` aside).
    FirstCharacters(Alphabet),
    /// The username rule: the name looked for without a `UserName`, or
    /// `None` when the policy does not check the username.
    Username(Option<&'static str>),
}

impl Rule {
    /// The line in `lang`.
    pub const fn message(self, lang: Lang) -> Message<Rule> {
        Message::new(self, lang)
    }
}

/// The lines of [`Rules::summary`].
#[derive(Clone, Debug)]
pub struct Summary {
    policy: Policy,
    api: &'static str,
    next: u8,
}

impl Iterator for Summary {
    type Item = Rule;

    fn next(&mut self) -> Option<Rule> {
        let policy = &self.policy;
        loop {
            let line = self.next;
            self.next = self.next.saturating_add(1);
            return Some(match line {
                0 => Rule::Heading {
                    policy: *policy,
                    api: self.api,
                },
                1 => Rule::Length {
                    min: policy.min_length(),
                    max: policy.max_length(),
                    recommended: policy.recommended_min_length(),
                },
                2 => Rule::Categories {
                    required: policy.required_categories(),
                    letters_as_one: policy.letters_as_one(),
                },
                3 => Rule::Specials(policy.specials()),
                4 => Rule::Disallowed {
                    space_allowed: policy.space_allowed(),
                },
                5 if policy.bans_leading_slash() => Rule::LeadingSlash,
                6 if !policy.first_banned().without('/').is_empty() => {
                    Rule::FirstCharacters(policy.first_banned().without('/'))
                }
                5 | 6 => continue,
                7 => Rule::Username(policy.banned_name(None)),
                _ => return None,
            });
        }
    }
}

impl FusedIterator for Summary {}

impl Said for Rule {
    fn key(&self) -> Key {
        match *self {
            Rule::Heading { policy, .. } if policy.name() == "custom" => Key::RulesHeadingCustom,
            Rule::Heading { .. } => Key::RulesHeading,
            Rule::Length {
                min, recommended, ..
            } if recommended > min => Key::RulesLengthRecommended,
            Rule::Length { .. } => Key::RulesLength,
            Rule::Categories {
                letters_as_one: true,
                ..
            } => Key::RulesClasses,
            Rule::Categories { .. } => Key::RulesCategories,
            Rule::Specials(_) => Key::RulesSpecials,
            Rule::Disallowed {
                space_allowed: true,
            } => Key::RulesDisallowedSpaceAllowed,
            Rule::Disallowed { .. } => Key::RulesDisallowed,
            Rule::LeadingSlash => Key::RulesLeadingSlash,
            Rule::FirstCharacters(_) => Key::RulesFirstCharacters,
            Rule::Username(None) => Key::RulesUsernameUnchecked,
            Rule::Username(Some(_)) => Key::RulesUsername,
        }
    }

    fn figure(&self, name: &str, out: &mut Out<'_>) {
        match (*self, name) {
            (Rule::Heading { policy, .. }, "policy") => out.text(policy.label(out.lang())),
            (Rule::Heading { api, .. }, "api") => out.text(api),
            (Rule::Length { min, .. }, "min") => out.count(min),
            (Rule::Length { max, .. }, "max") => out.count(max),
            (Rule::Length { recommended, .. }, "recommended") => out.count(recommended),
            (Rule::Categories { required, .. }, "required") => out.count(required),
            (Rule::Categories { .. }, "categories") => {
                out.list(Category::ALL.map(Category::key));
            }
            (Rule::Specials(specials), "specials") => out.ascii(specials.iter()),
            (Rule::FirstCharacters(banned), "banned") => out.ascii(banned),
            (Rule::Username(Some(name)), "name") => out.text(name),
            _ => {}
        }
    }
}
