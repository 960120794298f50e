//! HTML attributes for a password field: `pattern` and Apple's
//! `passwordrules`.
//!
//! Both are written from the policy's data, so they follow a custom policy
//! as well as the presets and every API's rules ([`attributes`]).

use core::fmt::Write;

use cvm_password::{Alphabet, Api, Category, Os, Policy, Reading};

/// The attributes of a password field, as `formAttributes` returns them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attributes {
    /// The fewest characters `check` accepts.
    pub minlength: usize,
    /// The most.
    pub maxlength: usize,
    /// See [`pattern`].
    pub pattern: String,
    /// See [`password_rules`].
    pub passwordrules: String,
}

/// The attributes for `api`'s rules for a batch of `targets`, in
/// `reading`: a `pattern` that accepts exactly what `api.check` accepts,
/// and `passwordrules` that describe only passwords every source accepts
/// (the strict reading's), which the common reading accepts too.
///
/// As `Api::check` does, `username` is ignored where the API takes none.
pub fn attributes(
    api: &Api,
    targets: &[Os],
    reading: Reading,
    username: Option<&str>,
) -> Attributes {
    let username = username.filter(|_| api.takes_username());
    let policy = policy(api, targets, reading);
    let strict = self::policy(api, targets, Reading::Strict);
    Attributes {
        minlength: policy.min_length(),
        maxlength: policy.max_length(),
        pattern: pattern(&policy, &sources(api, targets, reading), username),
        // What the merge accepts, both accept: every source, and the
        // reading's own policy.
        passwordrules: password_rules(&strict.merge(policy), username),
    }
}

/// `api.policy` for a slice of targets: one instance of the generic
/// function for the whole package, where each caller's own would add to
/// its size.
pub fn policy(api: &Api, targets: &[Os], reading: Reading) -> cvm_password::Policy {
    api.policy(targets.iter().copied(), reading)
}

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

/// The classes a policy counts, each as its categories: the four
/// categories, or three where letters of either case count as one.
fn classes(policy: &Policy) -> &'static [&'static [Category]] {
    use Category::{Digit, Lowercase, Special, Uppercase};
    if policy.letters_as_one() {
        &[&[Lowercase, Uppercase], &[Digit], &[Special]]
    } else {
        &[&[Lowercase], &[Uppercase], &[Digit], &[Special]]
    }
}

/// The sets of classes of which at least one must be present, each as the
/// categories of its classes: "at least r of the n classes" holds exactly
/// when no `n + 1 - r` of them are all missing, that is when every
/// `(n + 1 - r)`-subset has one present.
fn covering_subsets(policy: &Policy) -> impl Iterator<Item = Vec<Category>> {
    let classes = classes(policy);
    let required = policy.required_categories();
    let size = (classes.len() + 1).saturating_sub(required);
    (0u8..1 << classes.len())
        .filter(move |mask| required > 0 && mask.count_ones() as usize == size)
        .map(move |mask| {
            classes
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & 1 << i != 0)
                .flat_map(|(_, class)| class.iter().copied())
                .collect()
        })
}

/// A JavaScript regular expression, for the HTML `pattern` attribute, that
/// accepts exactly the passwords `policy.check(password, username)`
/// accepts; with `sources`, exactly those the common reading of an API
/// accepts (see [`sources`]).
///
/// Browsers compile `pattern` as `^(?:pattern)$` with the `v` flag, which
/// reserves more punctuation than the `u` flag does; every character other
/// than a letter or a digit is therefore written `\xHH`, the one escape
/// both flags read the same way. The first look-ahead checks the length
/// and the alphabet, so that a long paste fails at once.
pub fn pattern(policy: &Policy, sources: &[Policy], username: Option<&str>) -> String {
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
    // The characters a password may not start with; those outside the
    // alphabet are refused wherever they are.
    let first_banned = policy.first_banned().intersection(alphabet);
    if !first_banned.is_empty() {
        pattern.push_str("(?!");
        pattern.push_str(&if first_banned.len() == 1 {
            first_banned.iter().map(escape).collect()
        } else {
            class(first_banned)
        });
        pattern.push(')');
    }
    pattern.push_str(&categories(policy));
    // The common reading refuses what every source refuses, rule by rule:
    // the lenient policy above cannot say that every character must be
    // one source's, nor that one source's categories must be enough.
    either(&mut pattern, sources, |source| {
        let mut alphabet = class(source.alphabet());
        alphabet.push_str("*$");
        alphabet
    });
    either(&mut pattern, sources, categories);
    // A name with a character outside the alphabet cannot be in an
    // accepted password: no need to look for it.
    if let Some(name) = policy
        .banned_name(username)
        .filter(|n| n.chars().all(|c| alphabet.contains(c)))
    {
        pattern.push_str("(?!.*");
        for c in name.chars() {
            if c.is_ascii_alphabetic() {
                pattern.push('[');
                pattern.push(c.to_ascii_uppercase());
                pattern.push(c.to_ascii_lowercase());
                pattern.push(']');
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

/// The look-aheads of a policy's category rule: one per subset of classes
/// of which one must be present.
fn categories(policy: &Policy) -> String {
    let mut pattern = String::new();
    for subset in covering_subsets(policy) {
        let set = subset.into_iter().fold(Alphabet::EMPTY, |set, c| {
            set.union(policy.category_alphabet(c))
        });
        pattern.push_str("(?=.*");
        pattern.push_str(&class(set));
        pattern.push(')');
    }
    pattern
}

/// A look-ahead met where one of `sources` meets `rule`, when they do not
/// all word it alike.
fn either(pattern: &mut String, sources: &[Policy], rule: impl Fn(&Policy) -> String) {
    let alternatives: Vec<String> = sources.iter().map(rule).collect();
    if alternatives.iter().any(|a| *a != alternatives[0]) {
        pattern.push_str("(?=");
        for (i, alternative) in alternatives.iter().enumerate() {
            if i > 0 {
                pattern.push('|');
            }
            pattern.push_str(alternative);
        }
        pattern.push(')');
    }
}

/// The policy of each of `api`'s sources for a batch of `targets`, as the
/// common reading compares them (the core's [`Api::source_policies`]);
/// empty where the reading compares none (the strict one, or a single set
/// of rules).
pub fn sources(api: &Api, targets: &[Os], reading: Reading) -> Vec<Policy> {
    let mut policies: Vec<Policy> = api.source_policies(targets.iter().copied()).collect();
    if reading == Reading::Strict || policies.len() < 2 {
        policies.clear();
    }
    policies
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
/// - none of the characters a password may not start with (`/`, or EMR's
///   specials), anywhere: it cannot say "not first";
/// - where the username rule applies, one character of the name left out
///   of the alphabet (both cases of a letter), so that the name cannot be
///   formed: the one whose loss costs least (see `without_one_of`). A name
///   with a character the alphabet lacks needs nothing left out.
///
/// "At least r of the 4 categories" (or of the 3 classes, where letters
/// of either case are one) it says exactly, as one `required` rule per
/// subset of classes of which one must be present (see
/// `covering_subsets`).
pub fn password_rules(policy: &Policy, username: Option<&str>) -> String {
    let mut allowed = policy
        .first_banned()
        .iter()
        .fold(policy.alphabet(), Alphabet::without);
    if let Some(name) = policy.banned_name(username) {
        allowed = without_one_of(policy, allowed, name);
    }
    let category = |c: Category| policy.category_alphabet(c).intersection(allowed);

    let (min, max) = (policy.min_length(), policy.max_length());
    let mut rules = format!("minlength: {min}; maxlength: {max};");
    for subset in covering_subsets(policy) {
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
/// The cost, in order: emptying a class (which could leave no password at
/// all), then the characters lost (two for a letter, its two cases), then
/// how few its class keeps; the first of equals wins.
fn without_one_of(policy: &Policy, allowed: Alphabet, name: &str) -> Alphabet {
    let folded = |c: char| {
        allowed
            .without(c.to_ascii_lowercase())
            .without(c.to_ascii_uppercase())
    };
    // The rule ignores the case of letters: a name is spelled with either.
    let spelled = |c: char| {
        allowed.contains(c.to_ascii_lowercase()) || allowed.contains(c.to_ascii_uppercase())
    };
    if !name.chars().all(spelled) {
        return allowed;
    }
    let cost = |c: char| {
        let remaining = folded(c);
        let kept = policy.classify(c).map_or(0, |category| {
            classes(policy)
                .iter()
                .find(|class| class.contains(&category))
                .map_or(Alphabet::EMPTY, |class| {
                    class.iter().fold(Alphabet::EMPTY, |set, &c| {
                        set.union(policy.category_alphabet(c))
                    })
                })
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
