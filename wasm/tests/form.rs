//! `pattern` and `passwordrules`, natively. The pattern runs in a real
//! JavaScript engine in `js-tests/pattern.test.mjs`; here the rules go
//! through 1Password's parser, and their soundness is proved, not sampled:
//! whatever they describe, the policy accepts.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use cvm_password::{Category, Policy, Specials};
use cvm_password_wasm::form::{password_rules, pattern};
use password_rules_parser::{parse_password_rules, CharacterClass, PasswordRules};
use proptest::prelude::*;

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
        pattern(&Policy::LINUX, None),
        format!(r"(?={alphabet}{{8,30}}$)(?!\x2F){categories}.*"),
    );
    assert_eq!(
        pattern(&Policy::WINDOWS, None),
        format!(
            r"(?={alphabet}{{12,30}}$)(?!\x2F){categories}(?!.*[Aa][Dd][Mm][Ii][Nn][Ii][Ss][Tt][Rr][Aa][Tt][Oo][Rr]).*"
        ),
    );
    assert!(pattern(&Policy::WINDOWS, Some("ec2-user"))
        .ends_with(r"(?!.*[Ee][Cc]2\x2D[Uu][Ss][Ee][Rr]).*"));
    // Names the rule skips: too short, or holding a character no accepted
    // password has.
    for name in ["ab", "José", "a b"] {
        assert!(
            !pattern(&Policy::WINDOWS, Some(name)).contains("(?!.*"),
            "{name}"
        );
    }
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
    if policy.bans_leading_slash() && allowed.contains(&'/') {
        return Err("allows '/', which may lead".into());
    }
    let name = username.unwrap_or("Administrator");
    let spelled = name.chars().all(|c| {
        allowed.contains(&c.to_ascii_lowercase()) || allowed.contains(&c.to_ascii_uppercase())
    });
    if policy.bans_username() && name.chars().count() >= 3 && spelled {
        return Err("the username can be spelled".into());
    }
    // Fewer categories than required must fail some `required` set.
    let required: Vec<BTreeSet<char>> = rules.required.iter().map(|r| chars(r)).collect();
    for mask in 0u8..16 {
        let present: Vec<Category> = Category::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| mask & 1 << i != 0)
            .map(|(_, c)| c)
            .collect();
        if present.len() >= policy.required_categories() {
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

fn policies() -> impl Strategy<Value = Policy> {
    (
        0usize..40,
        0usize..40,
        0usize..=4,
        prop::collection::vec(
            prop::sample::select(Specials::ALL.iter().collect::<Vec<_>>()),
            0..5,
        ),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(min, max, required, specials, slash, username)| {
            let specials: String = specials.into_iter().collect();
            Policy::LINUX
                .with_min_length(min)
                .with_max_length(max)
                .with_required_categories(required)
                .with_specials(Specials::from_ascii(&specials))
                .with_leading_slash_banned(slash)
                .with_username_banned(username)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn password_rules_are_sound_for_any_policy(
        policy in policies(),
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
}
