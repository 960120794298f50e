//! HTML attributes for a password field: `minlength`, `maxlength`, a
//! `pattern` that accepts exactly what the check accepts, and Apple's
//! `passwordrules`, which describe only passwords every source accepts.
//!
//! Both texts are written from the policy's data, so they follow a custom
//! policy as well as the presets and every API's rules, into any
//! [`Sink`]: a web form's buffer, or a `String`.

use crate::api::{Api, Reading};
use crate::message::Sink;
use crate::policy::{Alphabet, Categories, Category, Os, Policy};

/// The attributes of a password field for a policy, or for an API's rules
/// for a batch: `minlength`, `maxlength`, a `pattern` and a
/// `passwordrules`.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use cvm_password::{Api, Os, Reading};
///
/// let form = Api::DEFAULT.form([Os::Linux], Reading::Common, None);
/// assert_eq!((form.min_length(), form.max_length()), (8, 30));
/// assert!(form.pattern().starts_with("(?=["));
/// assert!(form.password_rules().starts_with("minlength: 8; maxlength: 30;"));
/// # }
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Form<'a> {
    policy: Policy,
    rules: Policy,
    sources: [Policy; 4],
    source_count: usize,
    username: Option<&'a str>,
}

impl Policy {
    /// The attributes of a field for this policy's passwords, the username
    /// `username` (or the default administrator) looked for.
    pub const fn form<'a>(&self, username: Option<&'a str>) -> Form<'a> {
        Form {
            policy: *self,
            rules: *self,
            sources: [Policy::WINDOWS; 4],
            source_count: 0,
            username,
        }
    }
}

impl Api {
    /// The attributes of a field for this API's passwords, for a batch of
    /// `targets` in `reading`: a `pattern` that accepts exactly what
    /// [`Api::check`] accepts, and `passwordrules` that describe only
    /// passwords every source accepts (the strict reading's), which the
    /// common reading accepts too. As [`Api::check`] does, `username` is
    /// ignored where the API takes none.
    pub fn form<'a, I>(&self, targets: I, reading: Reading, username: Option<&'a str>) -> Form<'a>
    where
        I: IntoIterator<Item = Os> + Clone,
    {
        let policy = self.policy(targets.clone(), reading);
        let strict = self.policy(targets.clone(), Reading::Strict);
        let mut form = policy.form(username.filter(|_| self.takes_username()));
        // What the merge accepts, both accept: every source, and the
        // reading's own policy.
        form.rules = strict.merge(policy);
        // The common reading compares the sources' own rules (two
        // distinct sets at most in the table; room is left for four).
        if reading == Reading::Common {
            for (slot, source) in form.sources.iter_mut().zip(self.source_policies(targets)) {
                *slot = source;
                form.source_count += 1;
            }
            if form.source_count < 2 {
                form.source_count = 0;
            }
        }
        form
    }
}

impl Form<'_> {
    /// `minlength`: the fewest characters accepted.
    pub const fn min_length(&self) -> usize {
        self.policy.min_length()
    }

    /// `maxlength`: the most characters accepted.
    pub const fn max_length(&self) -> usize {
        self.policy.max_length()
    }

    /// The policies of the sources the common reading compares, rule by
    /// rule: empty for a policy, the strict reading, or an API with one
    /// set of rules.
    pub fn sources(&self) -> &[Policy] {
        self.sources.get(..self.source_count).unwrap_or_default()
    }

    /// Writes the `pattern`: a JavaScript regular expression, as the HTML
    /// attribute reads it, that accepts exactly the passwords the check
    /// accepts.
    ///
    /// Browsers compile `pattern` as `^(?:pattern)$` with the `v` flag,
    /// which reserves more punctuation than the `u` flag does; every
    /// character other than a letter or a digit is therefore written
    /// `\xHH`, the one escape both flags read the same way. The first
    /// look-ahead checks the length and the alphabet, so that a long paste
    /// fails at once.
    pub fn write_pattern(&self, pattern: &mut dyn Sink) {
        write_pattern(pattern, &self.policy, self.sources(), self.username);
    }

    /// Writes the `passwordrules`, Apple's syntax: sound, so that every
    /// password the rules describe is one every source accepts.
    ///
    /// The syntax has no word for two of the rules, so it describes a
    /// subset: none of the characters a password may not start with (`/`,
    /// or EMR's specials), anywhere, since it cannot say "not first"; and
    /// where the username rule applies, one character of the name left
    /// out of the alphabet (both cases of a letter), the one whose loss
    /// costs least, so that the name cannot be formed. "At least r of the
    /// 4 categories" (or of the 3 classes, where letters of either case are
    /// one) it says exactly, as one `required` rule per subset of classes
    /// of which one must be present.
    pub fn write_password_rules(&self, rules: &mut dyn Sink) {
        write_password_rules(rules, &self.rules, self.username);
    }

    /// The `pattern`.
    #[cfg(feature = "std")]
    pub fn pattern(&self) -> std::string::String {
        let mut pattern = std::string::String::new();
        self.write_pattern(&mut pattern);
        pattern
    }

    /// The `passwordrules`.
    #[cfg(feature = "std")]
    pub fn password_rules(&self) -> std::string::String {
        let mut rules = std::string::String::new();
        self.write_password_rules(&mut rules);
        rules
    }
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
/// `(n + 1 - r)`-subset has one present. None is required: no subset has
/// `n + 1` classes.
fn covering_subsets(policy: &Policy) -> impl Iterator<Item = Categories> {
    let classes = classes(policy);
    let required = policy.required_categories();
    let size = (classes.len() + 1).saturating_sub(required);
    (0u8..1 << classes.len())
        .filter(move |mask| mask.count_ones() as usize == size)
        .map(move |mask| {
            classes
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & 1 << i != 0)
                .flat_map(|(_, class)| class.iter().copied())
                .fold(Categories::EMPTY, Categories::with)
        })
}

/// Writes a pattern that accepts exactly the passwords
/// `policy.check(password, username)` accepts; with `sources`, exactly
/// those the common reading of an API accepts.
fn write_pattern(
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
    pattern.push_ascii('{');
    pattern.push_count(policy.min_length());
    pattern.push_ascii(',');
    pattern.push_count(policy.max_length());
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
        pattern.push_ascii(')');
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
                pattern.push_ascii('[');
                pattern.push_ascii(c.to_ascii_uppercase());
                pattern.push_ascii(c.to_ascii_lowercase());
                pattern.push_ascii(']');
            } else {
                escape(pattern, c);
            }
        }
        pattern.push_ascii(')');
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
        pattern.push_ascii(')');
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
            pattern.push_ascii('|');
        }
        rule(pattern, source);
    }
    pattern.push_ascii(')');
}

/// A character class in both `u` and `v` syntax.
fn class(out: &mut dyn Sink, set: Alphabet) {
    out.push_ascii('[');
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
            out.push_ascii('-');
        }
        if last > first {
            escape(out, last);
        }
    }
    out.push_ascii(']');
}

fn escape(out: &mut dyn Sink, c: char) {
    if c.is_ascii_alphanumeric() {
        out.push_ascii(c);
    } else {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let code = u32::from(c) as usize;
        out.push_str("\\x");
        for nibble in [code >> 4 & 0xF, code & 0xF] {
            out.push_ascii(char::from(HEX.get(nibble).copied().unwrap_or(b'0')));
        }
    }
}

/// Writes the `passwordrules` of `policy` (see
/// [`Form::write_password_rules`]).
fn write_password_rules(rules: &mut dyn Sink, policy: &Policy, username: Option<&str>) {
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
    rules.push_count(policy.min_length());
    rules.push_str("; maxlength: ");
    rules.push_count(policy.max_length());
    rules.push_ascii(';');
    for subset in covering_subsets(policy) {
        rules.push_str(" required: ");
        list(rules, subset);
        rules.push_ascii(';');
    }
    rules.push_str(" allowed: ");
    list(rules, Categories::ALL);
    rules.push_ascii(';');
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
    out.push_ascii('[');
    if set.contains('-') {
        out.push_ascii('-');
    }
    set.iter()
        .filter(|&c| c != '-' && c != ']')
        .for_each(|c| out.push_ascii(c));
    if set.contains(']') {
        out.push_ascii(']');
    }
    out.push_ascii(']');
}
