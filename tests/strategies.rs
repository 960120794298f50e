//! The proptest strategies (feature `proptest`) yield what they promise, on
//! the presets and on arbitrary policies, and refuse exactly the requests no
//! password meets: for small policies an exhaustive search says which those
//! are.

use crate::{model, strategy};

use std::collections::{BTreeSet, HashSet};

use cvm_password::strategy::{invalid_password, tricky_string, valid_password, Impossible};
use cvm_password::{Policy, Specials};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// Every violation code, in the order of the rules table.
const CODES: [&str; 7] = model::ORDER;

/// The violation codes of `password` under `policy` with the default
/// username, after making sure the model says the same.
fn violations(policy: &Policy, password: &str) -> Result<Vec<&'static str>, TestCaseError> {
    let actual = model::actual(policy, password, None);
    prop_assert_eq!(&actual, &model::check(policy, password, None));
    Ok(actual.violations)
}

/// A policy and, when the strategy can be made, one of its passwords.
fn drawn(
    policies: impl Strategy<Value = Policy>,
    code: Option<&'static str>,
) -> impl Strategy<Value = (Policy, Result<String, Impossible>)> {
    policies.prop_flat_map(move |policy| {
        let made = match code {
            None => valid_password(&policy),
            Some(code) => invalid_password(&policy, code),
        };
        match made {
            Ok(passwords) => passwords
                .prop_map(move |password| (policy, Ok(password)))
                .boxed(),
            Err(why) => Just((policy, Err(why))).boxed(),
        }
    })
}

fn presets() -> impl Strategy<Value = Policy> {
    select(vec![Policy::LINUX, Policy::WINDOWS])
}

/// Policies whose every password short of `too_long` has at most 5
/// characters, small enough to search exhaustively.
fn small_policy() -> impl Strategy<Value = Policy> {
    (
        0usize..7,
        0usize..6,
        0usize..6,
        prop_oneof![
            strategy::specials(),
            Just(Specials::NONE),
            Just(Specials::from_ascii("/")),
            Just(Specials::from_ascii("!")),
        ],
        any::<bool>(),
    )
        .prop_map(|(min, max, required, specials, slash)| {
            Policy::LINUX
                .with_min_length(min)
                .with_max_length(max)
                .with_required_categories(required)
                .with_specials(specials)
                .with_leading_slash_banned(slash)
                .with_username_banned(true)
        })
}

/// One character of each kind the check tells apart: a lowercase and an
/// uppercase letter, a digit, a special other than `/` where there is one,
/// `/`, and a character no policy allows.
fn kinds(policy: &Policy) -> Vec<char> {
    let mut kinds = vec!['a', 'B', '1', '/', 'é'];
    kinds.extend(policy.specials().iter().find(|&c| c != '/'));
    kinds
}

/// Every password of at most `longest` characters made of a first
/// character (or none), `middle`, and any kinds after it, in one order:
/// past the first character, the check sees no order but the middle's.
fn representatives(policy: &Policy, middle: &str, longest: usize) -> Vec<String> {
    let kinds = kinds(policy);
    let mut rests = vec![String::new()];
    let mut layer: Vec<(String, usize)> = vec![(String::new(), 0)];
    let room = longest.saturating_sub(middle.chars().count());
    for _ in 0..room {
        // Kinds in non-decreasing order of their index: each multiset once.
        layer = layer
            .iter()
            .flat_map(|(rest, from)| {
                kinds
                    .iter()
                    .enumerate()
                    .skip(*from)
                    .map(move |(i, c)| (format!("{rest}{c}"), i))
            })
            .collect();
        rests.extend(layer.iter().map(|(rest, _)| rest.clone()));
    }
    let firsts = std::iter::once(None).chain(kinds.iter().copied().map(Some));
    firsts
        .flat_map(|first| {
            let rests = &rests;
            rests.iter().filter_map(move |rest| {
                let password: String = first
                    .into_iter()
                    .chain(middle.chars())
                    .chain(rest.chars())
                    .collect();
                (password.chars().count() <= longest).then_some(password)
            })
        })
        .collect()
}

/// Whether the policy accepts one of `passwords`, and the codes some of
/// them break alone.
fn search(policy: &Policy, passwords: &[String]) -> (bool, BTreeSet<&'static str>) {
    let mut accepts = false;
    let mut alone = BTreeSet::new();
    for password in passwords {
        match policy.check(password, None) {
            Ok(_) => accepts = true,
            Err(rejected) if rejected.violations().len() == 1 => {
                alone.extend(rejected.violations().map(|v| v.code()));
            }
            Err(_) => {}
        }
    }
    (accepts, alone)
}

#[test]
fn impossible_says_why() {
    assert_eq!(
        Impossible::AcceptsNothing.to_string(),
        "the policy accepts no password"
    );
    assert_eq!(
        Impossible::CannotBreakAlone.to_string(),
        "no password breaks this rule of the policy without breaking another"
    );
    assert_eq!(
        Impossible::UnknownCode.to_string(),
        "unknown violation code: expected too_short, too_long, leading_slash, \
         banned_first_character, too_few_categories, disallowed_character or \
         contains_username"
    );
}

#[test]
fn only_violation_codes_are_known() {
    for code in [
        "shorter_than_recommended",
        "",
        "TOO_SHORT",
        "too short",
        "InvalidPassword",
    ] {
        assert_eq!(
            invalid_password(&Policy::WINDOWS, code).err(),
            Some(Impossible::UnknownCode),
            "{code:?}"
        );
    }
}

#[test]
fn the_presets_break_every_rule_they_have() {
    for code in CODES {
        let windows = invalid_password(&Policy::WINDOWS, code).err();
        let expected = (code == "banned_first_character").then_some(Impossible::CannotBreakAlone);
        assert_eq!(windows, expected, "{code}");
        let linux = invalid_password(&Policy::LINUX, code).err();
        let expected = ["contains_username", "banned_first_character"]
            .contains(&code)
            .then_some(Impossible::CannotBreakAlone);
        assert_eq!(linux, expected, "{code}");
    }
    assert!(valid_password(&Policy::LINUX).is_ok());
    assert!(valid_password(&Policy::WINDOWS).is_ok());
}

/// `count` values of `strategy`, the same on every run.
fn samples<S: Strategy>(strategy: &S, count: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..count)
        .map(|_| {
            strategy
                .new_tree(&mut runner)
                .expect("strategies here reject nothing")
                .current()
        })
        .collect()
}

#[test]
fn valid_passwords_reach_both_length_bounds_and_every_category() {
    for policy in [Policy::LINUX, Policy::WINDOWS] {
        let passwords = samples(&valid_password(&policy).unwrap(), 1000);
        let lengths: HashSet<usize> = passwords.iter().map(|p| p.chars().count()).collect();
        assert!(lengths.contains(&policy.min_length()), "{lengths:?}");
        assert!(lengths.contains(&policy.max_length()), "{lengths:?}");
        // Passwords of exactly the required categories, and of all four.
        let categories: HashSet<usize> = passwords
            .iter()
            .map(|p| policy.check(p, None).unwrap().categories().len())
            .collect();
        assert_eq!(categories, HashSet::from([3, 4]));
        let specials: HashSet<char> = passwords
            .iter()
            .flat_map(|p| p.chars())
            .filter(|c| Specials::CVM.contains(*c))
            .collect();
        assert_eq!(specials.len(), 30);
    }
}

#[test]
fn invalid_passwords_reach_the_edges_of_their_rule() {
    let sample = |code| samples(&invalid_password(&Policy::WINDOWS, code).unwrap(), 1000);
    let lengths = |passwords: &[String]| -> HashSet<usize> {
        passwords.iter().map(|p| p.chars().count()).collect()
    };
    // Just below the minimum, and as short as three categories allow.
    let short = lengths(&sample("too_short"));
    assert!(short.contains(&11) && short.contains(&3), "{short:?}");
    // Up to 16 past the maximum, and up to 16 past the inspection limit.
    let long = lengths(&sample("too_long"));
    let limit = cvm_password::INSPECTION_LIMIT;
    assert!(
        long.contains(&31) && long.contains(&(limit + 1)),
        "{long:?}"
    );
    assert!(
        long.iter()
            .all(|n| (31..=46).contains(n) || (limit + 1..=limit + 16).contains(n)),
        "{long:?}"
    );
    // No category but one, and none at all is too short here.
    let few: HashSet<usize> = sample("too_few_categories")
        .iter()
        .map(|p| {
            Policy::WINDOWS
                .check(p, None)
                .unwrap_err()
                .categories()
                .len()
        })
        .collect();
    assert_eq!(few, HashSet::from([1, 2]));
    // The name in every case: lower, upper and mixed.
    let planted = sample("contains_username");
    for name in ["administrator", "ADMINISTRATOR", "Administrator"] {
        assert!(planted.iter().any(|p| p.contains(name)), "{name}");
    }
}

/// With one allowed length, a password that breaks any other rule has
/// exactly that length: the rule's own characters (the `/`, the name, the
/// disallowed one) count in it. At 14 characters the name fits only in
/// mixed case, which brings two categories. Deterministic samples, so that
/// the edges are reached whatever `PROPTEST_CASES` says.
#[test]
fn invalid_passwords_keep_a_fixed_length() {
    for fixed in [14, 16] {
        // EMR's ban on a special first, beside the Windows rules.
        let policy = Policy::WINDOWS
            .with_min_length(fixed)
            .with_max_length(fixed)
            .with_first_banned(Specials::from_ascii("/!@%^*").alphabet());
        for code in CODES {
            for password in samples(&invalid_password(&policy, code).unwrap(), 64) {
                assert_eq!(violations(&policy, &password).unwrap(), [code]);
                let length = password.chars().count();
                match code {
                    "too_short" => assert!(length < fixed, "{code}: {length}"),
                    "too_long" => assert!(length > fixed, "{code}: {length}"),
                    _ => assert_eq!(length, fixed, "{code}"),
                }
            }
        }
    }
}

/// From one disallowed character to all but one of each required category.
#[test]
fn disallowed_counts_span_their_range() {
    let policy = Policy::WINDOWS.with_min_length(16).with_max_length(16);
    let counts: BTreeSet<usize> = samples(
        &invalid_password(&policy, "disallowed_character").unwrap(),
        1000,
    )
    .iter()
    .map(|p| p.chars().filter(|&c| policy.classify(c).is_none()).count())
    .collect();
    assert_eq!(counts, (1..=13).collect());
}

/// The planted name, as the password spells it.
fn planted_name(password: &str) -> &str {
    let at = password
        .to_ascii_lowercase()
        .find("administrator")
        .expect("the name is planted");
    password.get(at..at + 13).expect("the name is ASCII")
}

/// Where a name in one case just fits beside the categories it lacks, it
/// keeps that case; elsewhere its letters take every mix of cases.
#[test]
fn planted_names_keep_one_case_where_it_fits_and_mix_freely() {
    // 13 letters of one case and 2 more categories: 15 characters.
    let just_fits = Policy::WINDOWS.with_min_length(15).with_max_length(15);
    let names: BTreeSet<String> = samples(
        &invalid_password(&just_fits, "contains_username").unwrap(),
        200,
    )
    .iter()
    .map(|p| planted_name(p).to_owned())
    .collect();
    assert!(names.contains("administrator"), "{names:?}");
    assert!(names.contains("ADMINISTRATOR"), "{names:?}");
    // Half of the draws flip each letter with a coin: of 1000 passwords,
    // hundreds of distinct spellings out of 8192.
    let spellings: BTreeSet<String> = samples(
        &invalid_password(&Policy::WINDOWS, "contains_username").unwrap(),
        1000,
    )
    .iter()
    .map(|p| planted_name(p).to_owned())
    .collect();
    assert!(spellings.len() > 300, "{}", spellings.len());
}

#[test]
fn too_long_is_broken_alone_whatever_the_policy() {
    let limit = cvm_password::INSPECTION_LIMIT;
    // Each policy, and whether it is broken inside the limit, past it, or both.
    for (policy, inside, past) in [
        // Only past the inspection limit is a password longer than this.
        (Policy::LINUX.with_max_length(limit), false, true),
        // Just below it, both ways work; a minimum at it leaves one length.
        (Policy::WINDOWS.with_max_length(limit - 1), true, true),
        (
            Policy::LINUX.with_min_length(limit).with_max_length(10),
            true,
            true,
        ),
        // Four categories of three: only past the limit, where none is
        // counted, is one rule broken alone. Three of three: both ways.
        (
            Policy::WINDOWS
                .with_specials(Specials::NONE)
                .with_required_categories(4),
            false,
            true,
        ),
        (Policy::WINDOWS.with_specials(Specials::NONE), true, true),
    ] {
        let passwords = samples(&invalid_password(&policy, "too_long").unwrap(), 64);
        for password in &passwords {
            assert_eq!(
                violations(&policy, password).unwrap(),
                ["too_long"],
                "{policy:?}"
            );
        }
        let lengths: Vec<usize> = passwords.iter().map(|p| p.chars().count()).collect();
        assert_eq!(lengths.iter().any(|&n| n <= limit), inside, "{policy:?}");
        assert_eq!(lengths.iter().any(|&n| n > limit), past, "{policy:?}");
    }
}

proptest! {
    #![proptest_config(strategy::cases(1024))]

    #[test]
    fn valid_passwords_are_accepted(
        (policy, password) in drawn(prop_oneof![presets(), strategy::policy()], None),
    ) {
        if let Ok(password) = password {
            prop_assert_eq!(violations(&policy, &password)?, Vec::<&str>::new());
        }
    }

    #[test]
    fn invalid_passwords_break_their_rule_alone(
        (code, (policy, password)) in select(CODES.to_vec()).prop_flat_map(|code| {
            (Just(code), drawn(prop_oneof![presets(), strategy::policy()], Some(code)))
        }),
    ) {
        if let Ok(password) = password {
            prop_assert_eq!(violations(&policy, &password)?, vec![code], "{:?}", password);
        }
    }

    #[test]
    fn tricky_strings_are_rejected_by_every_policy(
        text in tricky_string(),
        policy in prop_oneof![presets(), strategy::policy()],
    ) {
        prop_assert!(text.chars().any(|c| !c.is_ascii() || c.is_ascii_control()), "{:?}", text);
        let codes = violations(&policy, &text)?;
        prop_assert!(codes.contains(&"disallowed_character"), "{:?}", codes);
        #[cfg(feature = "unicode")]
        prop_assert!(policy.disallowed_positions(&text).next().is_some());
    }
}

proptest! {
    #![proptest_config(strategy::cases(256))]

    #[test]
    fn small_policies_refuse_exactly_what_no_password_meets(policy in small_policy()) {
        // Every password short of too_long has at most 5 characters, too
        // few to hold the name's 13.
        let (accepts, alone) = search(&policy, &representatives(&policy, "", 5));
        prop_assert_eq!(valid_password(&policy).is_ok(), accepts);
        for code in CODES {
            let made = invalid_password(&policy, code);
            if code == "too_long" {
                prop_assert!(made.is_ok());
            } else {
                prop_assert_eq!(made.is_ok(), alone.contains(code), "{}", code);
            }
        }
    }

    #[test]
    fn the_name_is_planted_exactly_when_it_fits(
        min in 0usize..20,
        max in 10usize..18,
        required in 0usize..5,
        specials in prop_oneof![Just(Specials::CVM), Just(Specials::NONE), Just(Specials::from_ascii("/"))],
    ) {
        let policy = Policy::WINDOWS
            .with_min_length(min)
            .with_max_length(max)
            .with_required_categories(required)
            .with_specials(specials);
        // At most 17 characters hold the name once: one of each case class
        // stands for all.
        let passwords: Vec<String> = ["administrator", "ADMINISTRATOR", "Administrator"]
            .iter()
            .flat_map(|name| representatives(&policy, name, max))
            .collect();
        let (_, alone) = search(&policy, &passwords);
        prop_assert_eq!(
            invalid_password(&policy, "contains_username").is_ok(),
            alone.contains("contains_username")
        );
    }
}
