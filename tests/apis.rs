//! Every mapped API against the naive model of its rules
//! (`tests/model/apis.rs`): the table rule for rule, the verdicts of random
//! passwords and batches in both readings, and each rule at its
//! boundaries; and the generator's passwords, 100,000 per API.

mod model;
mod strategy;

use cvm_password::{Api, Os, Policy, Reading, Warning};
use proptest::prelude::*;
use proptest::sample::select;

use model::apis::{model, policy};

/// The codes the crate gives: violations, and the rules of disputed warnings.
fn actual(
    api: &Api,
    password: &str,
    targets: &[Os],
    username: Option<&str>,
    reading: Reading,
) -> (Vec<&'static str>, Vec<&'static str>) {
    let verdict = api.check(password, targets.iter().copied(), username, reading);
    match verdict.result() {
        Ok(_) => (
            vec![],
            verdict
                .warnings()
                .filter_map(|w| match w {
                    Warning::DisputedRule { violation, .. } => Some(violation.code()),
                    _ => None,
                })
                .collect(),
        ),
        Err(rejected) => (rejected.violations().map(|v| v.code()).collect(), vec![]),
    }
}

fn expected(
    api: &Api,
    password: &str,
    targets: &[Os],
    username: Option<&str>,
    reading: Reading,
) -> (Vec<&'static str>, Vec<&'static str>) {
    model(api.name()).verdict(password, targets, username, reading == Reading::Strict)
}

/// The crate's verdict against the model's: code for code in the common
/// reading; in the strict one, accepted exactly when every source accepts
/// (the merged policy's violations need not be the union of the sources').
fn agree(
    api: &Api,
    password: &str,
    targets: &[Os],
    username: Option<&str>,
    reading: Reading,
) -> Result<(), String> {
    let got = actual(api, password, targets, username, reading);
    let want = expected(api, password, targets, username, reading);
    let same = match reading {
        Reading::Strict => got.0.is_empty() == want.0.is_empty() && got.1.is_empty(),
        _ => got == want,
    };
    if same {
        Ok(())
    } else {
        Err(format!(
            "{} {targets:?} {reading:?} {password:?}: {got:?} against the model's {want:?}",
            api.name()
        ))
    }
}

const BATCHES: [&[Os]; 6] = [
    &[Os::Linux],
    &[Os::Windows],
    &[Os::Linux, Os::Windows],
    &[Os::Ubuntu],
    &[Os::Unknown],
    &[],
];

/// Each source's rules for Linux and Windows, in the table's order.
fn source_rules(api: &Api) -> Vec<(Policy, Policy)> {
    api.sources()
        .iter()
        .map(|s| (s.linux(), s.windows()))
        .collect()
}

#[test]
fn the_table_has_the_models_rules() {
    for api in Api::ALL {
        let mut table = source_rules(api);
        table.dedup();
        let model: Vec<(Policy, Policy)> = model(api.name())
            .sources
            .into_iter()
            .map(|(linux, windows)| (policy(linux), policy(windows)))
            .collect();
        assert_eq!(table, model, "{}", api.name());
        assert_eq!(
            api.takes_username(),
            model::apis::model(api.name()).takes_username,
            "{}",
            api.name()
        );
    }
}

#[test]
fn no_api_has_more_than_two_sets_of_rules() {
    // `Api::check` compares the verdicts of two at most.
    for api in Api::ALL {
        let mut rules = source_rules(api);
        rules.sort_by_key(|(l, w)| format!("{l:?}{w:?}"));
        rules.dedup();
        assert!(rules.len() <= 2, "{}", api.name());
    }
}

#[test]
fn the_default_api_is_the_reset_rules_of_before() {
    assert_eq!(Api::DEFAULT.name(), "cvm:ResetInstancesPassword");
    for targets in BATCHES {
        for reading in [Reading::Common, Reading::Strict] {
            let policy = Api::DEFAULT.policy(targets.iter().copied(), reading);
            assert_eq!(
                policy,
                Policy::for_targets(targets.iter().copied()),
                "{targets:?}"
            );
        }
    }
}

#[test]
fn every_parameter_is_cited_once() {
    use std::collections::BTreeSet;

    let mut cited = BTreeSet::new();
    for api in Api::ALL {
        for source in api.sources().iter().filter(|s| s.fingerprint().is_some()) {
            assert!(is_fingerprint(source.fingerprint()), "{}", api.name());
            let (action, _) = source.parameter().unwrap().split_once(' ').unwrap();
            assert!(
                api.name().ends_with(&format!(":{action}")),
                "{}",
                api.name()
            );
            cited.insert((source.file(), source.parameter(), source.label()));
        }
    }
    for unmapped in Api::UNMAPPED {
        assert!(
            is_fingerprint(unmapped.fingerprint()),
            "{}",
            unmapped.name()
        );
        assert!(cited.insert((unmapped.file(), unmapped.parameter(), unmapped.name())));
    }
    // 43 mapped (F's file read two ways) and 10 unmapped parameters.
    let parameters: BTreeSet<_> = cited
        .iter()
        .map(|(file, parameter, _)| (file, parameter))
        .collect();
    assert_eq!(parameters.len(), 53);
    assert_eq!(Api::ALL.len(), 40);
    assert_eq!(Api::UNMAPPED.len(), 10);
}

/// A SHA-256 in lowercase hex, as the vendor check computes it.
fn is_fingerprint(fingerprint: Option<&str>) -> bool {
    fingerprint.is_some_and(|f| {
        f.len() == 64
            && f.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    })
}

/// A password of `length` characters that has every class the policy
/// allows, starts with a letter, and never spells a name.
fn valid(policy: &Policy, length: usize) -> String {
    let special = policy
        .specials()
        .iter()
        .find(|c| !policy.first_banned().contains(*c));
    let mut chars: Vec<char> = vec!['a', 'B', '3'];
    chars.extend(special.or_else(|| policy.specials().iter().next()));
    chars.resize(length.max(chars.len()), 'x');
    chars.truncate(length);
    chars.into_iter().collect()
}

#[test]
fn every_api_at_its_boundaries() {
    let mut checked = 0;
    for api in Api::ALL {
        for targets in BATCHES {
            for reading in [Reading::Common, Reading::Strict] {
                let policy = api.policy(targets.iter().copied(), reading);
                let (min, max) = (policy.min_length(), policy.max_length());
                let mut passwords = vec![
                    valid(&policy, min.saturating_sub(1)),
                    valid(&policy, min),
                    valid(&policy, max),
                    valid(&policy, max + 1),
                    // Too few classes: letters of one case and digits only.
                    "abcdefgh12345".into(),
                    "ABCDEFGHIJ12".into(),
                    "abcdefghABCD".into(),
                    // The default administrator inside.
                    "xAdministrator1!".into(),
                    "Administrator12*".into(),
                ];
                // Each special and each other printable ASCII character, in
                // the middle and first.
                for c in (' '..='~').filter(|c| !c.is_ascii_alphanumeric()) {
                    let base = valid(&policy, 12.clamp(min, max));
                    passwords.push(format!("{c}{}", &base[1..]));
                    passwords.push(format!("{}{c}{}", &base[..6], &base[7..]));
                }
                for password in &passwords {
                    agree(api, password, targets, None, reading).unwrap();
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 40 * 6 * 2 * 70, "{checked}");
}

/// What `Api::could_be_password` answers, from the model: some API
/// accepts the text, for any OS or for one alone.
fn some_api_accepts(text: &str) -> bool {
    let batches: [&[Os]; 5] = [
        &[],
        &[Os::Linux],
        &[Os::Ubuntu],
        &[Os::Windows],
        &[Os::Unknown],
    ];
    Api::ALL.iter().any(|api| {
        batches.iter().any(|targets| {
            model(api.name())
                .verdict(text, targets, None, false)
                .0
                .is_empty()
        })
    })
}

#[test]
fn could_be_password_at_its_boundaries() {
    // 8 characters of 3 classes: Linux's minimum, which some APIs share.
    for (text, could) in [
        ("abc12ABC", true),
        ("abc1ABC", false),
        ("abc123ABC!@#", true),
        ("/abc123ABC!@#", true),
        ("abcdefgh", false),
        ("", false),
        ("windwos", false),
        // Three classes (`:` is a special), 15 characters.
        ("cvm:RunInstance", true),
        ("cvmRunInstance", true),
        ("runinstances", false),
        ("Kanarie#Good42x", true),
        ("abc 123 ABC !@#", false),
    ] {
        assert_eq!(Api::could_be_password(text), could, "{text:?}");
        assert_eq!(some_api_accepts(text), could, "the model on {text:?}");
    }
}

proptest! {
    #![proptest_config(strategy::cases(2048))]

    #[test]
    fn every_api_gives_the_models_verdict(
        api in select(Api::ALL.iter().collect::<Vec<_>>()),
        targets in prop::collection::vec(strategy::os(), 0..3),
        (password, username) in strategy::password_and_username(),
        strict in any::<bool>(),
    ) {
        let reading = if strict { Reading::Strict } else { Reading::Common };
        let agreed = agree(api, &password, &targets, username.as_deref(), reading);
        prop_assert!(agreed.is_ok(), "{}", agreed.unwrap_err());
    }
}

proptest! {
    // The model checks every API in five batches a case: fewer cases.
    #![proptest_config(strategy::cases(256))]

    #[test]
    fn could_be_password_is_some_api_accepting(password in strategy::password()) {
        prop_assert_eq!(Api::could_be_password(&password), some_api_accepts(&password));
    }
}

/// A seeded source: the same passwords on every run, a few instructions a
/// byte (never for real passwords).
fn seeded(seed: u64) -> impl FnMut(&mut [u8]) -> Result<(), cvm_password::RandomError> {
    let mut state = seed | 1;
    move |bytes: &mut [u8]| {
        for b in bytes {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *b = (state >> 24) as u8;
        }
        Ok(())
    }
}

/// How many passwords per API and batch: 100,000 in an optimized build (as
/// `scripts/test.sh` runs it), fewer in a debug one.
const GENERATED: usize = if cfg!(debug_assertions) {
    2_000
} else {
    100_000
};

#[test]
fn generated_passwords_meet_every_source_of_their_api() {
    for (i, api) in Api::ALL.iter().enumerate() {
        for targets in [&[Os::Linux][..], &[Os::Windows], &[Os::Linux, Os::Windows]] {
            let policy = api.policy(targets.iter().copied(), Reading::Strict);
            let generator = policy.generator();
            let mut random = seeded(i as u64 + 7);
            for _ in 0..GENERATED {
                let password = generator.generate_with(&mut random).unwrap();
                let verdict = api.check(&password, targets.iter().copied(), None, Reading::Strict);
                assert!(verdict.is_ok(), "{} {targets:?}", api.name());
            }
        }
    }
}

#[test]
fn portable_passwords_meet_every_api_of_families_a_to_d() {
    let a_to_d: Vec<&Api> = Api::ALL
        .iter()
        .filter(|api| api.family().is_portable())
        .collect();
    assert_eq!(a_to_d.len(), 28);
    for targets in [&[Os::Linux][..], &[Os::Windows], &[Os::Linux, Os::Windows]] {
        let generator = Api::portable_policy(targets.iter().copied()).generator();
        let mut random = seeded(99);
        for _ in 0..GENERATED {
            let password = generator.generate_with(&mut random).unwrap();
            for api in &a_to_d {
                let verdict = api.check(&password, targets.iter().copied(), None, Reading::Strict);
                assert!(verdict.is_ok(), "{} {targets:?}", api.name());
            }
        }
    }
}

/// In the strict reading, the verdict is the merged policy's, violation for
/// violation and figure for figure: not only whether it is accepted, which
/// the model above compares.
#[test]
fn the_strict_reading_is_the_verdict_of_the_merged_policy() {
    let passwords = [
        "",
        "/ab",
        "/abc123ABC_xyz",
        "abc123ABC_xyz",
        "abcdefgh",
        "!Abcdef12",
        "xAdministrator1!",
        "abc123ABC!@#abc123ABC!@#abc123ABC!@#",
        "ａＢ３！abc123",
    ];
    for api in Api::ALL {
        for targets in BATCHES {
            let policy = api.policy(targets.iter().copied(), Reading::Strict);
            for password in passwords {
                let verdict = api.check(password, targets.iter().copied(), None, Reading::Strict);
                assert_eq!(
                    verdict.result(),
                    policy.check(password, None),
                    "{} {targets:?} {password}",
                    api.name()
                );
                assert_eq!(
                    verdict.warnings().count(),
                    policy
                        .check(password, None)
                        .map_or(0, |a| a.warnings().count())
                );
            }
        }
    }
}

/// Every source's Windows rules are at least as strict as its Linux rules,
/// in every respect: so a batch holding Windows follows the Windows rules
/// whether its API says so (`Mix::Windows`) or merges every OS's.
#[test]
fn no_source_is_looser_on_windows_than_on_linux() {
    for api in Api::ALL {
        for source in api.sources() {
            assert_eq!(
                source.linux().merge(source.windows()),
                source.windows(),
                "{} {}",
                api.name(),
                source.label()
            );
        }
        for reading in [Reading::Common, Reading::Strict] {
            assert_eq!(
                api.policy([Os::Windows], reading),
                api.policy([Os::Linux, Os::Windows], reading),
                "{}",
                api.name()
            );
        }
    }
}

/// The portable policy is the strict rules of every API of families A to D,
/// for the batch, merged: a 30-character password fits it, as those APIs
/// allow, and none of the 16-character limits of the others applies.
#[test]
fn the_portable_policy_is_families_a_to_d_merged() {
    for targets in BATCHES {
        let merged = Api::ALL
            .iter()
            .filter(|api| api.family().is_portable())
            .map(|api| api.policy(targets.iter().copied(), Reading::Strict))
            .reduce(Policy::merge)
            .unwrap();
        let portable = Api::portable_policy(targets.iter().copied());
        assert_eq!(portable, merged, "{targets:?}");
        assert_eq!(portable.max_length(), 30);
        assert!(portable
            .check("abc123ABCxyz4567abc123ABCxyz45", None)
            .is_ok());
    }
    // The default everywhere no API is named: the strictest for no target.
    assert_eq!(
        Api::portable_policy([]),
        Api::portable_policy([Os::Unknown])
    );
}

/// Each API's reference names that API, and each metadata source cites the
/// API's action: the table writes a name beside its reference's label, and
/// the two must not drift apart.
#[test]
fn each_reference_names_its_api() {
    for api in Api::ALL {
        let action = api.name().split(':').nth(1).unwrap();
        let reference = format!("the {} reference", api.name());
        for source in api.sources() {
            if source.package().is_some() {
                assert!(source.label().starts_with(&reference), "{}", source.label());
                assert!(source
                    .parameter()
                    .unwrap()
                    .starts_with(&format!("{action} ")));
            }
        }
        for dispute in api.disputes() {
            let labels = [dispute.refused_by(), dispute.accepted_by()];
            assert!(
                labels.iter().any(|l| l.starts_with(&reference)),
                "{}",
                api.name()
            );
        }
    }
}

/// A verdict knows the API and the policy it was made with.
#[test]
fn a_verdict_names_its_api_and_policy() {
    for api in Api::ALL {
        for reading in [Reading::Common, Reading::Strict] {
            let verdict = api.check("abc123ABC!@#", [Os::Linux], None, reading);
            assert!(core::ptr::eq(verdict.api(), api), "{}", api.name());
            assert_eq!(verdict.policy(), api.policy([Os::Linux], reading));
        }
    }
}
