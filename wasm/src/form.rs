//! HTML attributes for a password field: `pattern` and Apple's
//! `passwordrules`.
//!
//! Both are written from the policy's data, so they follow a custom policy
//! as well as the presets.

use core::fmt::Write;

use cvm_password::{Alphabet, Category, Policy};

/// Runs of consecutive characters of `set`, as first and last.
fn runs(set: Alphabet) -> Vec<(char, char)> {
    let mut runs: Vec<(char, char)> = Vec::new();
    for c in set {
        match runs.last_mut() {
            Some((_, last)) if u32::from(*last) + 1 == u32::from(c) => *last = c,
            _ => runs.push((c, c)),
        }
    }
    runs
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
    let alphabet = policy.alphabet();
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
        let set = subset.into_iter().fold(Alphabet::EMPTY, |set, c| {
            set.union(policy.category_alphabet(c))
        });
        let _ = write!(pattern, "(?=.*{})", class(set));
    }
    // A name with a character outside the alphabet cannot be in an
    // accepted password: no need to look for it.
    if let Some(name) = policy
        .banned_name(username)
        .filter(|n| n.chars().all(|c| alphabet.contains(c)))
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
fn class(set: Alphabet) -> String {
    let mut class = String::from("[");
    for (first, last) in runs(set) {
        class.push_str(&escape(first));
        if u32::from(last) > u32::from(first) + 1 {
            class.push('-');
        }
        if last > first {
            class.push_str(&escape(last));
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
    let mut allowed = policy.alphabet();
    if policy.bans_leading_slash() {
        allowed = allowed.without('/');
    }
    if let Some(name) = policy.banned_name(username) {
        allowed = without_one_of(policy, allowed, name);
    }
    let category = |c: Category| policy.category_alphabet(c).intersection(allowed);

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
fn without_one_of(policy: &Policy, allowed: Alphabet, name: &str) -> Alphabet {
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
            policy
                .category_alphabet(category)
                .intersection(remaining)
                .len()
        });
        (
            kept == 0,
            allowed.len() - remaining.len(),
            usize::MAX - kept,
        )
    };
    name.chars()
        .min_by_key(|&c| cost(c))
        .map_or(allowed, folded)
}

/// A class of the rules syntax: a named one where the category is whole,
/// else a custom `[…]`, where `-` must come first and `]` last. The named
/// `special` is never used: it holds space, `"` and `\`.
fn rules_class(category: Category, set: Alphabet) -> String {
    let named = match category {
        Category::Lowercase => "lower",
        Category::Uppercase => "upper",
        Category::Digit => "digit",
        _ => "",
    };
    // Letters and digits are whole under every policy; only the special
    // set varies.
    if !named.is_empty() && set == Policy::LINUX.category_alphabet(category) {
        return named.into();
    }
    let mut class = String::from("[");
    if set.contains('-') {
        class.push('-');
    }
    class.extend(set.iter().filter(|&c| c != '-' && c != ']'));
    if set.contains(']') {
        class.push(']');
    }
    class.push(']');
    class
}
