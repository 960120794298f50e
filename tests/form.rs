//! `pattern` and `passwordrules` ([`cvm_password::Form`]). The pattern runs
//! in a real JavaScript engine in `wasm/js-tests/pattern.test.mjs`, for
//! every API; here it
//! runs in a small matcher of the regular expressions it uses (`regex`
//! below), against `check` for random policies and every API. The rules go
//! through 1Password's parser, and their soundness is proved, not sampled:
//! whatever they describe, the policy accepts.

use std::collections::BTreeSet;

use crate::strategy;
use cvm_password::{Alphabet, Api, Category, Os, Policy, Reading, Specials};
use password_rules_parser::{parse_password_rules, CharacterClass, PasswordRules};
use proptest::prelude::*;

/// The attributes of a field, as the npm package's `formAttributes` gives
/// them.
struct Attributes {
    minlength: usize,
    maxlength: usize,
    pattern: String,
    passwordrules: String,
}

fn attributes(api: &Api, targets: &[Os], reading: Reading, username: Option<&str>) -> Attributes {
    let form = api.form(targets.iter().copied(), reading, username);
    Attributes {
        minlength: form.min_length(),
        maxlength: form.max_length(),
        pattern: form.pattern(),
        passwordrules: form.password_rules(),
    }
}

fn sources(api: &Api, targets: &[Os], reading: Reading) -> Vec<Policy> {
    api.form(targets.iter().copied(), reading, None)
        .sources()
        .to_vec()
}

fn pattern(policy: &Policy, sources: &[Policy], username: Option<&str>) -> String {
    assert!(sources.is_empty(), "a policy's pattern compares no sources");
    policy.form(username).pattern()
}

fn password_rules(policy: &Policy, username: Option<&str>) -> String {
    policy.form(username).password_rules()
}

#[test]
fn pattern_of_each_preset_word_for_word() {
    // Every character but letters and digits is written \xHH.
    let alphabet = r"[\x21\x23-\x5B\x5D-\x7E]";
    let categories = concat!(
        r"(?=.*[A-Za-z])(?=.*[0-9a-z])(?=.*[0-9A-Z])",
        r"(?=.*[\x21\x23-\x2F\x3A-\x40\x5B\x5D-\x7E])",
        r"(?=.*[\x21\x23-\x2F\x3A-\x5B\x5D-\x60\x7B-\x7E])",
        r"(?=.*[\x21\x23-\x40\x5B\x5D-\x60\x7B-\x7E])",
    );
    assert_eq!(
        pattern(&Policy::LINUX, &[], None),
        format!(r"(?={alphabet}{{8,30}}$)(?!\x2F){categories}.*"),
    );
    assert_eq!(
        pattern(&Policy::WINDOWS, &[], None),
        format!(
            r"(?={alphabet}{{12,30}}$)(?!\x2F){categories}(?!.*[Aa][Dd][Mm][Ii][Nn][Ii][Ss][Tt][Rr][Aa][Tt][Oo][Rr]).*"
        ),
    );
    assert!(pattern(&Policy::WINDOWS, &[], Some("ec2-user"))
        .ends_with(r"(?!.*[Ee][Cc]2\x2D[Uu][Ss][Ee][Rr]).*"));
    // Names the rule skips: too short, or holding a character no accepted
    // password has.
    for name in ["ab", "José", "a b"] {
        assert!(
            !pattern(&Policy::WINDOWS, &[], Some(name)).contains("(?!.*"),
            "{name}"
        );
    }
}

/// One length allowed is a length class of one; none allowed, a pattern
/// that matches nothing; no category required, no lookahead for one.
#[test]
fn patterns_at_the_length_and_category_edges() {
    let one = Policy::LINUX.with_min_length(12).with_max_length(12);
    assert!(pattern(&one, &[], None).contains("{12,12}$)"));
    assert!(!pattern(&one, &[], None).contains("(?!)"));
    let none = Policy::LINUX.with_min_length(13).with_max_length(12);
    assert_eq!(pattern(&none, &[], None), "(?!)");
    let any = Policy::LINUX.with_required_categories(0);
    assert_eq!(
        pattern(&any, &[], None),
        r"(?=[\x21\x23-\x5B\x5D-\x7E]{8,30}$)(?!\x2F).*"
    );
}

#[test]
fn password_rules_of_each_preset_word_for_word() {
    // `/` left out (it may not lead), `-` first and `]` last, as the syntax wants.
    let specials = "[-!#$%&'()*+,.:;<=>?@[^_`{|}~]]";
    assert_eq!(
        password_rules(&Policy::LINUX, None),
        format!(
            "minlength: 8; maxlength: 30; required: lower, upper; required: lower, digit; \
             required: upper, digit; required: lower, {specials}; required: upper, {specials}; \
             required: digit, {specials}; allowed: lower, upper, digit, {specials};"
        ),
    );
    // Windows: without `a` and `A`, Administrator cannot be spelled.
    let (lower, upper) = ("[bcdefghijklmnopqrstuvwxyz]", "[BCDEFGHIJKLMNOPQRSTUVWXYZ]");
    assert_eq!(
        password_rules(&Policy::WINDOWS, None),
        format!(
            "minlength: 12; maxlength: 30; required: {lower}, {upper}; required: {lower}, digit; \
             required: {upper}, digit; required: {lower}, {specials}; required: {upper}, {specials}; \
             required: digit, {specials}; allowed: {lower}, {upper}, digit, {specials};"
        ),
    );
    // A name that holds `/` cannot be spelled without it already.
    assert_eq!(
        password_rules(&Policy::WINDOWS, Some("a/b")),
        password_rules(&Policy::WINDOWS.with_username_banned(false), None),
    );
    // One digit is the cheapest loss: 9 digits left, against 25 letters.
    let rules = password_rules(&Policy::WINDOWS, Some("abc1"));
    assert!(
        rules.contains("[023456789]") && rules.contains("lower, upper"),
        "{rules}"
    );
}

fn chars(classes: &[CharacterClass]) -> BTreeSet<char> {
    classes.iter().flat_map(CharacterClass::chars).collect()
}

fn category_chars(category: Category) -> BTreeSet<char> {
    (' '..='~')
        .filter(|&c| Policy::LINUX.with_specials(Specials::ALL).classify(c) == Some(category))
        .collect()
}

/// Proves that every password `rules` describes is accepted by `policy`
/// with `username`, or says why not.
fn prove_sound(
    rules: &PasswordRules,
    policy: &Policy,
    username: Option<&str>,
) -> Result<(), String> {
    let min = rules.min_length.unwrap_or(0) as usize;
    let max = rules.max_length.map_or(usize::MAX, |m| m as usize);
    if min > max {
        return Ok(()); // describes nothing
    }
    if min < policy.min_length() || max > policy.max_length() {
        return Err(format!("lengths {min} to {max}"));
    }
    let allowed: BTreeSet<char> = rules
        .required
        .iter()
        .flatten()
        .chain(&rules.allowed)
        .flat_map(CharacterClass::chars)
        .collect();
    if let Some(c) = allowed.iter().find(|&&c| policy.classify(c).is_none()) {
        return Err(format!("allows {c:?}"));
    }
    // The syntax cannot keep a character from leading.
    if let Some(c) = allowed.iter().find(|&&c| policy.first_banned().contains(c)) {
        return Err(format!("allows {c:?}, which may lead"));
    }
    let name = username.unwrap_or("Administrator");
    let spelled = name.chars().all(|c| {
        allowed.contains(&c.to_ascii_lowercase()) || allowed.contains(&c.to_ascii_uppercase())
    });
    if policy.bans_username() && name.chars().count() >= 3 && spelled {
        return Err("the username can be spelled".into());
    }
    // Fewer classes than required must fail some `required` set.
    let required: Vec<BTreeSet<char>> = rules.required.iter().map(|r| chars(r)).collect();
    for mask in 0u8..16 {
        let present: Vec<Category> = Category::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| mask & 1 << i != 0)
            .map(|(_, c)| c)
            .collect();
        let letters = mask & 0b11 == 0b11;
        let classes = present.len() - usize::from(policy.letters_as_one() && letters);
        if classes >= policy.required_categories() {
            continue;
        }
        let usable: BTreeSet<char> = present
            .iter()
            .flat_map(|&c| category_chars(c))
            .filter(|c| allowed.contains(c))
            .collect();
        if required.iter().all(|set| !set.is_disjoint(&usable)) {
            return Err(format!(
                "a password of only {present:?} meets every required set"
            ));
        }
    }
    Ok(())
}

#[test]
fn password_rules_of_each_preset_are_sound() {
    for (policy, username) in [
        (Policy::LINUX, None),
        (Policy::WINDOWS, None),
        (Policy::WINDOWS, Some("Administrator")),
        (Policy::WINDOWS, Some("ec2-user")),
        (Policy::WINDOWS, Some("9!9")),
    ] {
        let text = password_rules(&policy, username);
        let rules = parse_password_rules(&text, true).unwrap();
        prove_sound(&rules, &policy, username).unwrap();
    }
}

/// The proof above is only as good as its power to fail: unsound rules
/// must be caught, each for its own reason.
#[test]
fn the_proof_catches_unsound_rules() {
    let cases = [
        (
            "minlength: 6; maxlength: 30; required: lower, upper; allowed: digit",
            "lengths",
        ),
        (
            "minlength: 12; maxlength: 30; allowed: ascii-printable",
            "allows ' '",
        ),
        (
            "minlength: 12; maxlength: 30; required: [/]; allowed: digit",
            "allows '/'",
        ),
        (
            "minlength: 12; maxlength: 30; required: lower, upper; allowed: lower, upper, digit",
            "spelled",
        ),
        (
            "minlength: 12; maxlength: 30; required: [bc], [BC], digit; allowed: [bc]",
            "meets every",
        ),
    ];
    for (text, reason) in cases {
        let rules = parse_password_rules(text, true).unwrap();
        let error = prove_sound(&rules, &Policy::WINDOWS, None).unwrap_err();
        assert!(error.contains(reason), "{text}: {error}");
    }
}

/// A password the rules describe, drawn from `seed`: one character of each
/// required set, the rest from the allowed ones, shuffled.
fn described(rules: &PasswordRules, seed: u64) -> Option<String> {
    let mut state = seed | 1;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let allowed: Vec<char> = rules
        .required
        .iter()
        .flatten()
        .chain(&rules.allowed)
        .flat_map(CharacterClass::chars)
        .collect::<BTreeSet<char>>()
        .into_iter()
        .collect();
    let (min, max) = (rules.min_length? as usize, rules.max_length? as usize);
    if min > max || max < rules.required.len() || allowed.is_empty() {
        return None;
    }
    let length = min.max(rules.required.len()) + next(max - min.max(rules.required.len()) + 1);
    let mut password: Vec<char> = rules
        .required
        .iter()
        .map(|set| {
            let set: Vec<char> = chars(set).into_iter().collect();
            set[next(set.len())]
        })
        .collect();
    while password.len() < length {
        password.push(allowed[next(allowed.len())]);
    }
    for i in (1..password.len()).rev() {
        password.swap(i, next(i + 1));
    }
    Some(password.into_iter().collect())
}

/// Characters a drawn policy may ban first: specials, and a letter and a
/// digit, which the syntax of the rules must then leave out altogether.
const FIRST: &str = "!/*@^_aZ5";

fn policies() -> impl Strategy<Value = Policy> {
    (
        (0usize..40, 0usize..40, 0usize..=4, any::<bool>()),
        prop::collection::vec(
            prop::sample::select(Specials::ALL.iter().collect::<Vec<_>>()),
            0..5,
        ),
        prop::collection::vec(
            prop::sample::select(FIRST.chars().collect::<Vec<_>>()),
            0..3,
        ),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |((min, max, required, as_one), specials, first, slash, username)| {
                let specials: String = specials.into_iter().collect();
                let first = first.into_iter().fold(Alphabet::EMPTY, Alphabet::with);
                Policy::LINUX
                    .with_min_length(min)
                    .with_max_length(max)
                    .with_letters_as_one(as_one)
                    .with_required_categories(required)
                    .with_specials(Specials::from_ascii(&specials))
                    .with_first_banned(first)
                    .with_leading_slash_banned(slash)
                    .with_username_banned(username)
            },
        )
}

/// The batches the API tests draw: each OS alone, a mixed batch, and none.
const BATCHES: [&[Os]; 5] = [
    &[Os::Linux],
    &[Os::Windows],
    &[Os::Linux, Os::Windows],
    &[Os::Unknown],
    &[],
];

/// Every API, batch and reading.
fn requests() -> Vec<(&'static Api, &'static [Os], Reading)> {
    let mut requests = Vec::new();
    for api in Api::ALL {
        for targets in BATCHES {
            for reading in [Reading::Common, Reading::Strict] {
                requests.push((api, targets, reading));
            }
        }
    }
    requests
}

/// Every policy of every API, batch and reading, and the merges the
/// package's `passwordrules` describe.
fn api_policies() -> impl Strategy<Value = Policy> {
    let mut policies: Vec<Policy> = Vec::new();
    for (api, targets, reading) in requests() {
        let policy = api.policy(targets.iter().copied(), reading);
        let strict = api.policy(targets.iter().copied(), Reading::Strict);
        for policy in [policy, strict.merge(policy)] {
            if !policies.contains(&policy) {
                policies.push(policy);
            }
        }
    }
    prop::sample::select(policies)
}

proptest! {
    #![proptest_config(strategy::cases(3_000))]

    #[test]
    fn password_rules_are_sound_for_any_policy(
        policy in prop_oneof![policies(), api_policies()],
        username in prop::option::of("[aAbB19!/ é-]{0,6}"),
        seed in any::<u64>(),
    ) {
        let text = password_rules(&policy, username.as_deref());
        let rules = parse_password_rules(&text, true).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?;
        if let Err(why) = prove_sound(&rules, &policy, username.as_deref()) {
            return Err(TestCaseError::fail(format!("{text}: {why}")));
        }
        // And what the proof says, a sample shows.
        for i in 0..8 {
            if let Some(password) = described(&rules, seed.wrapping_add(i)) {
                prop_assert!(
                    policy.check(&password, username.as_deref()).is_ok(),
                    "{} describes a rejected password", text
                );
            }
        }
    }

    #[test]
    fn the_pattern_accepts_what_check_accepts_for_any_policy(
        policy in prop_oneof![policies(), api_policies()],
        username in prop::option::of("[aAbB19!/ é-]{0,6}"),
        seed in any::<u64>(),
    ) {
        let text = pattern(&policy, &[], username.as_deref());
        let regex = regex::Regex::new(&text);
        for password in candidates(&[policy], username.as_deref(), seed, 24) {
            let ok = policy.check(&password, username.as_deref()).is_ok();
            prop_assert_eq!(regex.matches(&password), ok, "{} on {:?}", text, password);
        }
    }
}

#[test]
fn letters_as_one_class_word_for_word() {
    // Batch's Linux rules: 2 of 3 classes, letters of either case one.
    let policy = Policy::LINUX
        .with_letters_as_one(true)
        .with_required_categories(2)
        .with_leading_slash_banned(false);
    let text = pattern(&policy, &[], None);
    assert!(
        text.starts_with(concat!(
            r"(?=[\x21\x23-\x5B\x5D-\x7E]{8,30}$)",
            r"(?=.*[0-9A-Za-z])",
            r"(?=.*[\x21\x23-\x2F\x3A-\x5B\x5D-\x7E])",
            r"(?=.*[\x21\x23-\x40\x5B\x5D-\x60\x7B-\x7E])",
        )),
        "{text}"
    );
    let rules = password_rules(&policy, None);
    assert!(
        rules.contains("required: lower, upper, digit; required: lower, upper, [-!#$"),
        "{rules}"
    );
}

#[test]
fn banned_first_characters_word_for_word() {
    let emr = Api::from_name("emr:CreateCluster").unwrap();
    let form = attributes(emr, &[Os::Linux], Reading::Common, None);
    assert_eq!(
        form.pattern,
        concat!(
            r"(?=[\x21\x25\x2A0-9\x40-Z\x5Ea-z]{8,16}$)(?![\x21\x25\x2A\x40\x5E])",
            r"(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[\x21\x25\x2A\x40\x5E]).*",
        )
    );
    // Every special may lead, for all the syntax can say, and all four
    // categories are required: no password can be described.
    assert_eq!(form.passwordrules, "minlength: 1; maxlength: 0;");
}

#[test]
fn the_common_reading_asks_one_source_for_the_alphabet_and_the_categories() {
    let run = Api::from_name("cvm:RunInstances").unwrap();
    let common = attributes(run, &[Os::Linux], Reading::Common, None);
    // The reference's 27 specials, or the page's 30; 2 of 4 by the
    // reference, or 3 of 4 by the page.
    assert!(
        common.pattern.contains(
            r"(?=[\x21\x23-\x3B\x3D\x3F-\x5B\x5D\x5E\x60-\x7E]*$|[\x21\x23-\x5B\x5D-\x7E]*$)"
        ),
        "{}",
        common.pattern
    );
    assert_eq!(sources(run, &[Os::Linux], Reading::Strict), []);
    assert_eq!(sources(Api::DEFAULT, &[Os::Linux], Reading::Common), []);
    // The strict reading is one policy, and so are the rules either way.
    let strict = attributes(run, &[Os::Linux], Reading::Strict, None);
    assert!(!strict.pattern.contains('|'), "{}", strict.pattern);
    assert_eq!(common.passwordrules, strict.passwordrules);
}

#[test]
fn sources_follow_the_core_batches() {
    // The strict reading merges what `sources` gives for the common one.
    for (api, targets, _) in requests() {
        let mut each = api
            .sources()
            .iter()
            .map(|s| sources_of(s.linux(), s.windows(), api, targets));
        let first = each.next().unwrap();
        let merged = each.fold(first, Policy::merge);
        assert_eq!(
            merged,
            api.policy(targets.iter().copied(), Reading::Strict),
            "{}",
            api.name()
        );
        let drawn = sources(api, targets, Reading::Common);
        if !drawn.is_empty() {
            let merged = drawn[1..].iter().fold(drawn[0], |a, &b| a.merge(b));
            assert_eq!(
                merged,
                api.policy(targets.iter().copied(), Reading::Strict),
                "{}",
                api.name()
            );
        }
    }
}

/// A source's policy for a batch, as docs/SPEC.md words the mix rules.
fn sources_of(linux: Policy, windows: Policy, api: &Api, targets: &[Os]) -> Policy {
    let any = targets.is_empty() || targets.contains(&Os::Unknown);
    let has_windows = any || targets.contains(&Os::Windows);
    let has_linux = any
        || targets
            .iter()
            .any(|os| matches!(os, Os::Linux | Os::Ubuntu));
    match (has_linux, has_windows) {
        (_, true) if api.mix() == cvm_password::Mix::Windows => windows,
        (true, true) => linux.merge(windows),
        (true, false) => linux,
        _ => windows,
    }
}

/// `pattern` against `Api::check`, and `passwordrules` proved against the
/// merge they describe and sampled against `Api::check`, for every API,
/// batch, reading and a few usernames.
#[test]
fn every_api_pattern_accepts_what_its_check_accepts() {
    let mut compared = 0;
    for (i, (api, targets, reading)) in requests().into_iter().enumerate() {
        for username in [None, Some("ec2-user"), Some("Administrator")] {
            let form = attributes(api, targets, reading, username);
            let policy = api.policy(targets.iter().copied(), reading);
            assert_eq!(
                (form.minlength, form.maxlength),
                (policy.min_length(), policy.max_length())
            );
            let regex = regex::Regex::new(&form.pattern);
            let policy = api.policy(targets.iter().copied(), reading);
            let strict = api.policy(targets.iter().copied(), Reading::Strict);
            let seed = i as u64 * 7919 + username.map_or(0, str::len) as u64;
            let mut accepted = 0;
            for password in candidates(&[policy, strict], username, seed, 200) {
                let ok = api
                    .check(&password, targets.iter().copied(), username, reading)
                    .is_ok();
                accepted += usize::from(ok);
                assert_eq!(
                    regex.matches(&password),
                    ok,
                    "{} {targets:?} {reading:?} {username:?}: {} on {password:?}",
                    api.name(),
                    form.pattern
                );
                compared += 1;
            }
            assert!(
                accepted > 0,
                "{} {targets:?} {reading:?}: nothing accepted",
                api.name()
            );

            let rules = parse_password_rules(&form.passwordrules, true).unwrap();
            let described_policy = strict.merge(policy);
            let name = username.filter(|_| api.takes_username());
            prove_sound(&rules, &described_policy, name).unwrap();
            for k in 0..16 {
                if let Some(password) = described(&rules, seed.wrapping_add(k)) {
                    assert!(
                        api.check(&password, targets.iter().copied(), username, reading)
                            .is_ok(),
                        "{} {targets:?} {reading:?}: {} describes {password:?}",
                        api.name(),
                        form.passwordrules
                    );
                }
            }
        }
    }
    assert!(compared >= 200_000, "{compared}");
}

/// Strings to try a pattern on, drawn from `seed`: passwords each policy's
/// generator makes, each also changed in one place (a character replaced,
/// one put first, the username put in), and strings near the rules' edges:
/// printable ASCII and a few strangers, from random subsets of the
/// categories.
fn candidates(policies: &[Policy], username: Option<&str>, seed: u64, count: usize) -> Vec<String> {
    const STRANGERS: [char; 8] = [' ', '"', '\\', '\t', '\n', '\u{2028}', 'é', '！'];
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    let printable: Vec<char> = (' '..='~').collect();
    let pools: [Vec<char>; 4] = [
        ('a'..='z').collect(),
        ('A'..='Z').collect(),
        ('0'..='9').collect(),
        printable
            .iter()
            .copied()
            .filter(|c| !c.is_ascii_alphanumeric())
            .collect(),
    ];
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let mut password: Vec<char> = match next(3) {
            0 => {
                let policy = policies[next(policies.len())];
                let mut bytes = 0u64;
                let random = &mut |buffer: &mut [u8]| {
                    for byte in buffer {
                        bytes = bytes.wrapping_add(1);
                        *byte = next(256) as u8;
                    }
                    Ok(())
                };
                match policy.generator().generate_with(random) {
                    Ok(password) => password.as_str().chars().collect(),
                    Err(_) => Vec::new(),
                }
            }
            _ => {
                let length = next(36);
                let pool: Vec<char> = pools
                    .iter()
                    .filter(|_| next(10) < 7)
                    .flatten()
                    .copied()
                    .collect();
                let pool = if pool.is_empty() {
                    printable.clone()
                } else {
                    pool
                };
                (0..length)
                    .map(|_| {
                        if next(50) == 0 {
                            STRANGERS[next(STRANGERS.len())]
                        } else {
                            pool[next(pool.len())]
                        }
                    })
                    .collect()
            }
        };
        match next(6) {
            0 if !password.is_empty() => {
                let at = next(password.len());
                password[at] = printable[next(printable.len())];
            }
            1 => password.insert(0, FIRST.chars().nth(next(FIRST.len())).unwrap()),
            2 => {
                let name = username.unwrap_or("Administrator");
                let at = next(password.len() + 1);
                password.splice(at..at, name.chars());
            }
            _ => {}
        }
        out.push(password.into_iter().collect());
    }
    out
}

/// The regular expressions `pattern` writes, as JavaScript reads them with
/// the `v` (or `u`) flag, wrapped in `^(?:...)$`: look-aheads, non-capturing
/// groups, alternatives, character classes of ranges and `\xHH` escapes,
/// `.` (any character but a line terminator), `*`, `{m,n}` and `$`. Each
/// node maps the set of positions it may start from to the set it may end
/// at, which is exact for expressions without back-references.
mod regex {
    #[derive(Debug)]
    enum Node {
        /// A character in (or, negated, out of) the ranges.
        Class(Vec<(char, char)>, bool),
        Repeat(Box<Node>, usize, usize),
        /// `(?=...)` or `(?!...)`.
        Look(bool, Vec<Vec<Node>>),
        Group(Vec<Vec<Node>>),
        End,
    }

    pub struct Regex(Vec<Vec<Node>>);

    impl Regex {
        /// Panics on anything `pattern` does not write.
        pub fn new(pattern: &str) -> Regex {
            let chars: Vec<char> = pattern.chars().collect();
            let mut at = 0;
            let alternatives = parse_alternatives(&chars, &mut at);
            assert_eq!(at, chars.len(), "unparsed rest in {pattern}");
            Regex(alternatives)
        }

        /// Whether the whole of `input` matches.
        pub fn matches(&self, input: &str) -> bool {
            let input: Vec<char> = input.chars().collect();
            let mut start = vec![false; input.len() + 1];
            start[0] = true;
            alternatives(&self.0, &input, &start)[input.len()]
        }
    }

    fn parse_alternatives(chars: &[char], at: &mut usize) -> Vec<Vec<Node>> {
        let mut alternatives = vec![parse_sequence(chars, at)];
        while chars.get(*at) == Some(&'|') {
            *at += 1;
            alternatives.push(parse_sequence(chars, at));
        }
        alternatives
    }

    fn parse_sequence(chars: &[char], at: &mut usize) -> Vec<Node> {
        let mut sequence = Vec::new();
        while let Some(&c) = chars.get(*at) {
            *at += 1;
            let node = match c {
                ')' | '|' => {
                    *at -= 1;
                    break;
                }
                '(' => {
                    let kind = (chars[*at], chars[*at + 1]);
                    *at += 2;
                    let inner = parse_alternatives(chars, at);
                    assert_eq!(chars[*at], ')');
                    *at += 1;
                    match kind {
                        ('?', '=') => Node::Look(true, inner),
                        ('?', '!') => Node::Look(false, inner),
                        ('?', ':') => Node::Group(inner),
                        _ => panic!("unexpected group {kind:?}"),
                    }
                }
                '[' => {
                    let mut ranges = Vec::new();
                    while chars[*at] != ']' {
                        let first = literal(chars, at);
                        let last = if chars[*at] == '-' && chars[*at + 1] != ']' {
                            *at += 1;
                            literal(chars, at)
                        } else {
                            first
                        };
                        ranges.push((first, last));
                    }
                    *at += 1;
                    Node::Class(ranges, false)
                }
                '.' => Node::Class(
                    vec![('\n', '\n'), ('\r', '\r'), ('\u{2028}', '\u{2029}')],
                    true,
                ),
                '$' => Node::End,
                _ => {
                    *at -= 1;
                    let c = literal(chars, at);
                    Node::Class(vec![(c, c)], false)
                }
            };
            let node = match chars.get(*at) {
                Some('*') => {
                    *at += 1;
                    Node::Repeat(Box::new(node), 0, usize::MAX)
                }
                Some('{') => {
                    let close = *at + chars[*at..].iter().position(|&c| c == '}').unwrap();
                    let text: String = chars[*at + 1..close].iter().collect();
                    let (min, max) = text.split_once(',').unwrap();
                    *at = close + 1;
                    Node::Repeat(Box::new(node), min.parse().unwrap(), max.parse().unwrap())
                }
                _ => node,
            };
            sequence.push(node);
        }
        sequence
    }

    /// A letter, a digit, or `\xHH`: all `pattern` writes.
    fn literal(chars: &[char], at: &mut usize) -> char {
        let c = chars[*at];
        *at += 1;
        if c == '\\' {
            assert_eq!(chars[*at], 'x', "unexpected escape");
            let hex: String = chars[*at + 1..*at + 3].iter().collect();
            *at += 3;
            char::from(u8::from_str_radix(&hex, 16).unwrap())
        } else {
            assert!(c.is_ascii_alphanumeric(), "unescaped {c:?}");
            c
        }
    }

    fn alternatives(alternatives: &[Vec<Node>], input: &[char], start: &[bool]) -> Vec<bool> {
        let mut end = vec![false; start.len()];
        for sequence in alternatives {
            let reached = sequence
                .iter()
                .fold(start.to_vec(), |from, node| step(node, input, &from));
            for (e, r) in end.iter_mut().zip(reached) {
                *e |= r;
            }
        }
        end
    }

    fn step(node: &Node, input: &[char], from: &[bool]) -> Vec<bool> {
        let mut to = vec![false; from.len()];
        match node {
            Node::Class(ranges, negated) => {
                for (p, _) in from.iter().enumerate().filter(|(_, &f)| f) {
                    if let Some(&c) = input.get(p) {
                        let inside = ranges.iter().any(|&(a, b)| a <= c && c <= b);
                        to[p + 1] = inside != *negated;
                    }
                }
            }
            Node::Repeat(node, min, max) => {
                let mut current = from.to_vec();
                if *min == 0 {
                    to.clone_from(&current);
                }
                for count in 1..=(*max).min(input.len() + 1) {
                    current = step(node, input, &current);
                    if !current.contains(&true) {
                        break;
                    }
                    if count >= *min {
                        for (t, c) in to.iter_mut().zip(&current) {
                            *t |= c;
                        }
                    }
                }
            }
            Node::Look(positive, inner) => {
                for (p, _) in from.iter().enumerate().filter(|(_, &f)| f) {
                    let mut here = vec![false; from.len()];
                    here[p] = true;
                    let found = alternatives(inner, input, &here).contains(&true);
                    to[p] = found == *positive;
                }
            }
            Node::Group(inner) => to = alternatives(inner, input, from),
            Node::End => {
                let last = from.len() - 1;
                to[last] = from[last];
            }
        }
        to
    }

    #[test]
    fn the_matcher_reads_javascript_as_javascript_does() {
        let cases = [
            (r"(?=[a-c]{2,3}$).*", "ab", true),
            (r"(?=[a-c]{2,3}$).*", "abcd", false),
            (r"(?!\x2F).*", "/a", false),
            (r"(?!\x2F).*", "a/", true),
            (r"(?=.*[0-9])(?!.*[Aa][Bb]).*", "x1", true),
            (r"(?=.*[0-9])(?!.*[Aa][Bb]).*", "aB1", false),
            (r"(?=[a]*$|[b]*$).*", "aa", true),
            (r"(?=[a]*$|[b]*$).*", "ab", false),
            (r"(?=(?=.*[a])|(?=.*[b])).*", "xb", true),
            (r"(?=(?=.*[a])|(?=.*[b])).*", "xc", false),
            (r".*", "a\nb", false),
            (r"(?!).*", "", false),
        ];
        for (pattern, input, expected) in cases {
            assert_eq!(
                Regex::new(pattern).matches(input),
                expected,
                "{pattern} on {input:?}"
            );
        }
    }
}
