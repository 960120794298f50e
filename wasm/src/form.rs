//! HTML attributes for a password field: `pattern` and Apple's
//! `passwordrules`.
//!
//! Both are written from the policy's data, so they follow a custom policy
//! as well as the presets and every API's rules ([`write_pattern`],
//! [`write_password_rules`]). They are written into a [`Sink`]: in the
//! package, a fixed buffer that JavaScript reads, since the WebAssembly
//! module has no allocator; natively, a `String`.

use cvm_password::{Alphabet, Api, Categories, Category, Os, Policy, Reading};

/// Where text is written.
pub trait Sink {
    /// Appends `s`.
    fn push_str(&mut self, s: &str);

    /// Appends `c`, an ASCII character: every character of a pattern or
    /// of password rules is, the username's too (others are left out).
    fn push(&mut self, c: char) {
        if c.is_ascii() {
            let byte = [c as u8];
            self.push_str(core::str::from_utf8(&byte).unwrap_or_default());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Sink for String {
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s);
    }
}

/// Writes `n` in decimal.
pub fn push_number(out: &mut dyn Sink, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b"0123456789".get(rest % 10).copied().unwrap_or(b'0');
        }
        rest /= 10;
        if rest == 0 || at == 0 {
            break;
        }
    }
    out.push_str(core::str::from_utf8(digits.get(at..).unwrap_or_default()).unwrap_or_default());
}

/// The attributes of a password field, as `formAttributes` returns them.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attributes {
    /// The fewest characters `check` accepts.
    pub minlength: usize,
    /// The most.
    pub maxlength: usize,
    /// See [`write_pattern`].
    pub pattern: String,
    /// See [`write_password_rules`].
    pub passwordrules: String,
}

/// The attributes for `api`'s rules for a batch of `targets`, in
/// `reading`: a `pattern` that accepts exactly what `api.check` accepts,
/// and `passwordrules` that describe only passwords every source accepts
/// (the strict reading's), which the common reading accepts too.
///
/// As `Api::check` does, `username` is ignored where the API takes none.
#[cfg(not(target_arch = "wasm32"))]
pub fn attributes(
    api: &Api,
    targets: &[Os],
    reading: Reading,
    username: Option<&str>,
) -> Attributes {
    let mut attributes = Attributes {
        minlength: 0,
        maxlength: 0,
        pattern: String::new(),
        passwordrules: String::new(),
    };
    (attributes.minlength, attributes.maxlength) = write_attributes(
        &mut attributes.pattern,
        &mut attributes.passwordrules,
        api,
        targets.iter().copied(),
        reading,
        username,
    );
    attributes
}

/// Writes the `pattern` and the `passwordrules` of [`attributes`], and
/// returns `minlength` and `maxlength`.
pub fn write_attributes<I>(
    pattern: &mut dyn Sink,
    passwordrules: &mut dyn Sink,
    api: &Api,
    targets: I,
    reading: Reading,
    username: Option<&str>,
) -> (usize, usize)
where
    I: IntoIterator<Item = Os> + Clone,
{
    let username = username.filter(|_| api.takes_username());
    let policy = api.policy(targets.clone(), reading);
    let strict = api.policy(targets.clone(), Reading::Strict);
    let sources = Sources::of(api, targets, reading);
    write_pattern(pattern, &policy, sources.as_slice(), username);
    // What the merge accepts, both accept: every source, and the reading's
    // own policy.
    write_password_rules(passwordrules, &strict.merge(policy), username);
    (policy.min_length(), policy.max_length())
}

/// The policy of each of an API's sources for a batch, as the common
/// reading compares them; empty where the reading compares none (the
/// strict one, or a single set of rules). The core's table has two
/// distinct sets of rules at most, which its verdicts rely on too; room is
/// left for four.
pub struct Sources {
    policies: [Policy; 4],
    len: usize,
}

impl Sources {
    /// The sources of `api` for `targets` in `reading` (the core's
    /// [`Api::source_policies`]).
    pub fn of<I: IntoIterator<Item = Os>>(api: &Api, targets: I, reading: Reading) -> Sources {
        let mut sources = Sources {
            policies: [Policy::WINDOWS; 4],
            len: 0,
        };
        for (slot, policy) in sources
            .policies
            .iter_mut()
            .zip(api.source_policies(targets))
        {
            *slot = policy;
            sources.len += 1;
        }
        if reading == Reading::Strict || sources.len < 2 {
            sources.len = 0;
        }
        sources
    }

    /// The policies.
    pub fn as_slice(&self) -> &[Policy] {
        self.policies.get(..self.len).unwrap_or_default()
    }
}

/// [`Sources::of`], as a `Vec`.
#[cfg(not(target_arch = "wasm32"))]
pub fn sources(api: &Api, targets: &[Os], reading: Reading) -> Vec<Policy> {
    Sources::of(api, targets.iter().copied(), reading)
        .as_slice()
        .to_vec()
}

/// [`write_pattern`], as a `String`.
#[cfg(not(target_arch = "wasm32"))]
pub fn pattern(policy: &Policy, sources: &[Policy], username: Option<&str>) -> String {
    let mut pattern = String::new();
    write_pattern(&mut pattern, policy, sources, username);
    pattern
}

/// [`write_password_rules`], as a `String`.
#[cfg(not(target_arch = "wasm32"))]
pub fn password_rules(policy: &Policy, username: Option<&str>) -> String {
    let mut rules = String::new();
    write_password_rules(&mut rules, policy, username);
    rules
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
fn covering_subsets(policy: &Policy) -> impl Iterator<Item = Categories> {
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
                .fold(Categories::EMPTY, Categories::with)
        })
}

/// Writes a JavaScript regular expression, for the HTML `pattern`
/// attribute, that accepts exactly the passwords
/// `policy.check(password, username)` accepts; with `sources`, exactly
/// those the common reading of an API accepts (see [`Sources`]).
///
/// Browsers compile `pattern` as `^(?:pattern)$` with the `v` flag, which
/// reserves more punctuation than the `u` flag does; every character other
/// than a letter or a digit is therefore written `\xHH`, the one escape
/// both flags read the same way. The first look-ahead checks the length
/// and the alphabet, so that a long paste fails at once.
pub fn write_pattern(
    pattern: &mut dyn Sink,
    policy: &Policy,
    sources: &[Policy],
    username: Option<&str>,
) {
    let alphabet = policy.alphabet();
    if policy.min_length() > policy.max_length() {
        // No length is allowed: a pattern that matches nothing.
        pattern.push_str("(?!)");
        return;
    }
    pattern.push_str("(?=");
    class(pattern, alphabet);
    pattern.push('{');
    push_number(pattern, policy.min_length());
    pattern.push(',');
    push_number(pattern, policy.max_length());
    pattern.push_str("}$)");
    // The characters a password may not start with; those outside the
    // alphabet are refused wherever they are.
    let first_banned = policy.first_banned().intersection(alphabet);
    if !first_banned.is_empty() {
        pattern.push_str("(?!");
        if first_banned.len() == 1 {
            first_banned.iter().for_each(|c| escape(pattern, c));
        } else {
            class(pattern, first_banned);
        }
        pattern.push(')');
    }
    categories(pattern, policy);
    // The common reading refuses what every source refuses, rule by rule:
    // the lenient policy above cannot say that every character must be
    // one source's, nor that one source's categories must be enough.
    either(
        pattern,
        sources,
        |a, b| a.alphabet() == b.alphabet(),
        |out, source| {
            class(out, source.alphabet());
            out.push_str("*$");
        },
    );
    // The category look-aheads are written from these three alone.
    either(
        pattern,
        sources,
        |a, b| {
            a.required_categories() == b.required_categories()
                && a.letters_as_one() == b.letters_as_one()
                && a.specials() == b.specials()
        },
        categories,
    );
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
                escape(pattern, c);
            }
        }
        pattern.push(')');
    }
    // The look-aheads have checked everything; this consumes the input,
    // which holds no line break.
    pattern.push_str(".*");
}

/// The look-aheads of a policy's category rule: one per subset of classes
/// of which one must be present.
fn categories(pattern: &mut dyn Sink, policy: &Policy) {
    for subset in covering_subsets(policy) {
        let set = subset.iter().fold(Alphabet::EMPTY, |set, c| {
            set.union(policy.category_alphabet(c))
        });
        pattern.push_str("(?=.*");
        class(pattern, set);
        pattern.push(')');
    }
}

/// A look-ahead met where one of `sources` meets `rule`, unless `same`
/// says that every source words it as the first does. `same` compares
/// what the words are written from rather than the words: it may say two
/// sources differ whose words are equal (a rule of no category at all),
/// and the look-ahead then lists equal alternatives, which accept what
/// either would alone.
fn either(
    pattern: &mut dyn Sink,
    sources: &[Policy],
    same: fn(&Policy, &Policy) -> bool,
    rule: fn(&mut dyn Sink, &Policy),
) {
    let Some((first, rest)) = sources.split_first() else {
        return;
    };
    if rest.iter().all(|source| same(first, source)) {
        return;
    }
    pattern.push_str("(?=");
    for (i, source) in sources.iter().enumerate() {
        if i > 0 {
            pattern.push('|');
        }
        rule(pattern, source);
    }
    pattern.push(')');
}

/// A character class in both `u` and `v` syntax.
fn class(out: &mut dyn Sink, set: Alphabet) {
    out.push('[');
    let mut chars = set.iter().peekable();
    while let Some(first) = chars.next() {
        // The run of consecutive characters from `first`.
        let mut last = first;
        while let Some(&next) = chars.peek() {
            if u32::from(next) != u32::from(last) + 1 {
                break;
            }
            last = next;
            chars.next();
        }
        escape(out, first);
        if u32::from(last) > u32::from(first) + 1 {
            out.push('-');
        }
        if last > first {
            escape(out, last);
        }
    }
    out.push(']');
}

fn escape(out: &mut dyn Sink, c: char) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
    } else {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let code = u32::from(c) as usize;
        out.push_str("\\x");
        for nibble in [code >> 4 & 0xF, code & 0xF] {
            out.push(char::from(HEX.get(nibble).copied().unwrap_or(b'0')));
        }
    }
}

/// Writes Apple's `passwordrules` for the policy: sound, so that every
/// password the rules describe is one `policy.check(password, username)`
/// accepts.
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
pub fn write_password_rules(rules: &mut dyn Sink, policy: &Policy, username: Option<&str>) {
    let mut allowed = policy
        .first_banned()
        .iter()
        .fold(policy.alphabet(), Alphabet::without);
    if let Some(name) = policy.banned_name(username) {
        allowed = without_one_of(policy, allowed, name);
    }
    let category = |c: Category| policy.category_alphabet(c).intersection(allowed);
    let any = |subset: Categories| subset.iter().any(|c| !category(c).is_empty());
    if !covering_subsets(policy).all(any) {
        // No allowed character can meet one of them: describe nothing.
        rules.push_str("minlength: 1; maxlength: 0;");
        return;
    }
    let list = |rules: &mut dyn Sink, subset: Categories| {
        let classes = subset.iter().filter(|&c| !category(c).is_empty());
        for (i, c) in classes.enumerate() {
            if i > 0 {
                rules.push_str(", ");
            }
            rules_class(rules, c, category(c));
        }
    };
    rules.push_str("minlength: ");
    push_number(rules, policy.min_length());
    rules.push_str("; maxlength: ");
    push_number(rules, policy.max_length());
    rules.push(';');
    for subset in covering_subsets(policy) {
        rules.push_str(" required: ");
        list(rules, subset);
        rules.push(';');
    }
    rules.push_str(" allowed: ");
    list(rules, Categories::ALL);
    rules.push(';');
}

/// `allowed` without the character of `name` whose removal costs least, or
/// as it is if the name cannot be formed from it already.
///
/// The cost, in order: emptying a class (which could leave no password at
/// all), then the characters lost (two for a letter, its two cases), then
/// how few its class keeps; the first of equals wins.
// A set holds at most 128 characters: every count fits in a `u32`.
#[allow(clippy::cast_possible_truncation)]
fn without_one_of(policy: &Policy, allowed: Alphabet, name: &str) -> Alphabet {
    // The rule ignores the case of letters: a name is spelled with either.
    let spelled = |c: char| {
        allowed.contains(c.to_ascii_lowercase()) || allowed.contains(c.to_ascii_uppercase())
    };
    if !name.chars().all(spelled) {
        return allowed;
    }
    // The cost as one number, in the order above: a class emptied, then
    // the characters lost (at most 2), then 255 less those its class keeps
    // (at most 128); one loop and one comparison cost the module less than
    // `min_by_key` over a tuple.
    let mut best = (u32::MAX, allowed);
    for c in name.chars() {
        let remaining = allowed
            .without(c.to_ascii_lowercase())
            .without(c.to_ascii_uppercase());
        // The characters of c's class; c is in the alphabet (a letter in
        // either case), so the first class holding it is its own.
        let kept = classes(policy)
            .iter()
            .map(|class| {
                class.iter().fold(Alphabet::EMPTY, |set, &category| {
                    set.union(policy.category_alphabet(category))
                })
            })
            .find(|set| set.contains(c))
            .map_or(0, |set| set.intersection(remaining).len() as u32);
        let lost = (allowed.len() - remaining.len()) as u32;
        let cost = u32::from(kept == 0) << 16 | lost << 8 | (255 - kept);
        if cost < best.0 {
            best = (cost, remaining);
        }
    }
    best.1
}

/// A class of the rules syntax: a named one where the category is whole,
/// else a custom `[…]`, where `-` must come first and `]` last. The named
/// `special` is never used: it holds space, `"` and `\`.
fn rules_class(out: &mut dyn Sink, category: Category, set: Alphabet) {
    let named = match category {
        Category::Lowercase => "lower",
        Category::Uppercase => "upper",
        Category::Digit => "digit",
        _ => "",
    };
    // Letters and digits are whole under every policy; only the special
    // set varies.
    if !named.is_empty() && set == Policy::LINUX.category_alphabet(category) {
        out.push_str(named);
        return;
    }
    out.push('[');
    if set.contains('-') {
        out.push('-');
    }
    set.iter()
        .filter(|&c| c != '-' && c != ']')
        .for_each(|c| out.push(c));
    if set.contains(']') {
        out.push(']');
    }
    out.push(']');
}
