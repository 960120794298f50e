//! HTML attributes for a password field: `pattern` and Apple's
//! `passwordrules`.
//!
//! Both are written from the policy's data, so they follow a custom policy
//! as well as the presets.

use core::fmt::Write;

use cvm_password::{Category, Os, Policy, USERNAME_MIN_CHECKED};

/// A set of ASCII characters, one bit each.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Ascii(u128);

impl Ascii {
    const EMPTY: Ascii = Ascii(0);

    fn of(policy: &Policy, category: Category) -> Ascii {
        Ascii::matching(|c| policy.classify(c) == Some(category))
    }

    fn alphabet(policy: &Policy) -> Ascii {
        Ascii::matching(|c| policy.classify(c).is_some())
    }

    fn matching(keep: impl Fn(char) -> bool) -> Ascii {
        Ascii(
            (0u8..0x80)
                .filter(|&b| keep(char::from(b)))
                .fold(0, |bits, b| bits | 1 << b),
        )
    }

    fn contains(self, c: char) -> bool {
        c.is_ascii() && self.0 & 1 << (c as u32) != 0
    }

    fn without(self, c: char) -> Ascii {
        if c.is_ascii() {
            Ascii(self.0 & !(1 << (c as u32)))
        } else {
            self
        }
    }

    fn union(self, other: Ascii) -> Ascii {
        Ascii(self.0 | other.0)
    }

    fn intersection(self, other: Ascii) -> Ascii {
        Ascii(self.0 & other.0)
    }

    fn len(self) -> u32 {
        self.0.count_ones()
    }

    fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn chars(self) -> impl Iterator<Item = char> {
        (0u8..0x80)
            .filter(move |&b| self.0 & 1 << b != 0)
            .map(char::from)
    }

    /// Runs of consecutive characters, as first and last.
    fn runs(self) -> Vec<(u8, u8)> {
        let mut runs: Vec<(u8, u8)> = Vec::new();
        for b in (0u8..0x80).filter(|&b| self.0 & 1 << b != 0) {
            match runs.last_mut() {
                Some((_, last)) if *last + 1 == b => *last = b,
                _ => runs.push((b, b)),
            }
        }
        runs
    }
}

/// The username the rule looks for, if the policy has the rule and the name
/// is long enough to be looked for; as in `Policy::check`, `None` stands for
/// the Windows administrator.
fn checked_username<'a>(policy: &Policy, username: Option<&'a str>) -> Option<&'a str> {
    let name = username.unwrap_or(Os::Windows.default_username());
    (policy.bans_username() && name.chars().nth(USERNAME_MIN_CHECKED - 1).is_some()).then_some(name)
}

/// The subsets of the categories of which at least one must be present:
/// "at least r of the 4" holds exactly when no `5 - r` of them are all
/// missing, that is when every `(5 - r)`-subset has one present.
fn covering_subsets(required: usize) -> impl Iterator<Item = Vec<Category>> {
    let size = (Category::ALL.len() + 1).saturating_sub(required);
    (0u8..16)
        .filter(move |mask| required > 0 && mask.count_ones() as usize == size)
        .map(|mask| {
            Category::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| mask & 1 << i != 0)
                .map(|(_, c)| c)
                .collect()
        })
}

/// A JavaScript regular expression, for the HTML `pattern` attribute, that
/// accepts exactly the passwords `policy.check(password, username)`
/// accepts.
///
/// Browsers compile `pattern` as `^(?:pattern)$` with the `v` flag, which
/// reserves more punctuation than the `u` flag does; every character other
/// than a letter or a digit is therefore written `\xHH`, the one escape
/// both flags read the same way. The first look-ahead checks the length
/// and the alphabet, so that a long paste fails at once.
pub fn pattern(policy: &Policy, username: Option<&str>) -> String {
    let alphabet = Ascii::alphabet(policy);
    let mut pattern = String::new();
    if policy.min_length() > policy.max_length() {
        // No length is allowed: a pattern that matches nothing.
        return "(?!)".into();
    }
    let _ = write!(
        pattern,
        "(?={}{{{},{}}}$)",
        class(alphabet),
        policy.min_length(),
        policy.max_length()
    );
    if policy.bans_leading_slash() && alphabet.contains('/') {
        pattern.push_str("(?!\\x2F)");
    }
    for subset in covering_subsets(policy.required_categories()) {
        let set = subset
            .into_iter()
            .fold(Ascii::EMPTY, |set, c| set.union(Ascii::of(policy, c)));
        let _ = write!(pattern, "(?=.*{})", class(set));
    }
    // A name with a character outside the alphabet cannot be in an
    // accepted password: no need to look for it.
    if let Some(name) =
        checked_username(policy, username).filter(|n| n.chars().all(|c| alphabet.contains(c)))
    {
        pattern.push_str("(?!.*");
        for c in name.chars() {
            if c.is_ascii_alphabetic() {
                let _ = write!(
                    pattern,
                    "[{}{}]",
                    c.to_ascii_uppercase(),
                    c.to_ascii_lowercase()
                );
            } else {
                pattern.push_str(&escape(c));
            }
        }
        pattern.push(')');
    }
    // The look-aheads have checked everything; this consumes the input,
    // which holds no line break.
    pattern.push_str(".*");
    pattern
}

/// A character class in both `u` and `v` syntax.
fn class(set: Ascii) -> String {
    let mut class = String::from("[");
    for (first, last) in set.runs() {
        class.push_str(&escape(char::from(first)));
        if last > first + 1 {
            class.push('-');
        }
        if last > first {
            class.push_str(&escape(char::from(last)));
        }
    }
    class.push(']');
    class
}

fn escape(c: char) -> String {
    if c.is_ascii_alphanumeric() {
        c.into()
    } else {
        format!("\\x{:02X}", c as u32)
    }
}

/// Apple's `passwordrules` for the policy: sound, so that every password
/// the rules describe is one `policy.check(password, username)` accepts.
///
/// The syntax has no word for two of the rules, so it describes a subset:
///
/// - no `/` at all where a leading one is banned (it cannot say "not
///   first");
/// - where the username rule applies, one character of the name left out
///   of the alphabet (both cases of a letter), so that the name cannot be
///   formed: the one whose loss costs least (see `without_one_of`). A name
///   with a character the alphabet lacks needs nothing left out.
///
/// "At least r of the 4 categories" it says exactly, as one `required`
/// rule per subset of categories of which one must be present (see
/// `covering_subsets`).
pub fn password_rules(policy: &Policy, username: Option<&str>) -> String {
    let mut allowed = Ascii::alphabet(policy);
    if policy.bans_leading_slash() {
        allowed = allowed.without('/');
    }
    if let Some(name) = checked_username(policy, username) {
        allowed = without_one_of(policy, allowed, name);
    }
    let category = |c: Category| Ascii::of(policy, c).intersection(allowed);

    let (min, max) = (policy.min_length(), policy.max_length());
    let mut rules = format!("minlength: {min}; maxlength: {max};");
    for subset in covering_subsets(policy.required_categories()) {
        let classes: Vec<String> = subset
            .into_iter()
            .filter(|&c| !category(c).is_empty())
            .map(|c| rules_class(c, category(c)))
            .collect();
        if classes.is_empty() {
            // No allowed character can meet this one: describe nothing.
            return "minlength: 1; maxlength: 0;".into();
        }
        let _ = write!(rules, " required: {};", classes.join(", "));
    }
    let classes: Vec<String> = Category::ALL
        .into_iter()
        .filter(|&c| !category(c).is_empty())
        .map(|c| rules_class(c, category(c)))
        .collect();
    let _ = write!(rules, " allowed: {};", classes.join(", "));
    rules
}

/// `allowed` without the character of `name` whose removal costs least, or
/// as it is if the name cannot be formed from it already.
///
/// The cost, in order: emptying a category (which could leave no password
/// at all), then the characters lost (two for a letter, its two cases),
/// then how few its category keeps; the first of equals wins.
fn without_one_of(policy: &Policy, allowed: Ascii, name: &str) -> Ascii {
    let folded = |c: char| {
        allowed
            .without(c.to_ascii_lowercase())
            .without(c.to_ascii_uppercase())
    };
    if !name.chars().all(|c| allowed.contains(c)) {
        return allowed;
    }
    let cost = |c: char| {
        let remaining = folded(c);
        let kept = policy.classify(c).map_or(0, |category| {
            Ascii::of(policy, category).intersection(remaining).len()
        });
        (kept == 0, allowed.len() - remaining.len(), u32::MAX - kept)
    };
    name.chars()
        .min_by_key(|&c| cost(c))
        .map_or(allowed, folded)
}

/// A class of the rules syntax: a named one where the category is whole,
/// else a custom `[…]`, where `-` must come first and `]` last. The named
/// `special` is never used: it holds space, `"` and `\`.
fn rules_class(category: Category, set: Ascii) -> String {
    let named = match category {
        Category::Lowercase => "lower",
        Category::Uppercase => "upper",
        Category::Digit => "digit",
        _ => "",
    };
    let whole = Ascii::matching(|c| match category {
        Category::Lowercase => c.is_ascii_lowercase(),
        Category::Uppercase => c.is_ascii_uppercase(),
        Category::Digit => c.is_ascii_digit(),
        _ => false,
    });
    if !named.is_empty() && set == whole {
        return named.into();
    }
    let mut class = String::from("[");
    if set.contains('-') {
        class.push('-');
    }
    class.extend(set.chars().filter(|&c| c != '-' && c != ']'));
    if set.contains(']') {
        class.push(']');
    }
    class.push(']');
    class
}
