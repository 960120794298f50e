//! `Policy::check` on any UTF-8 input, under both presets and a policy
//! drawn from the same bytes, without a username and with one cut from the
//! password; and on the input repeated past the inspection limit. Beyond
//! not panicking:
//!
//! - the verdict is the model's, code for code and figure for figure, and
//!   accepted exactly when the model finds no violation;
//! - no text holds 4 consecutive characters of the password or the
//!   username with a canary among them;
//! - the disallowed positions are the grapheme clusters of the inspected
//!   characters that hold a disallowed character, on char boundaries, and
//!   hold exactly the disallowed characters the check counts.

#![no_main]

use std::ops::Range;

use arbitrary::{Arbitrary, Unstructured};
use cvm_password::{Policy, Position, Violation, Warning, INSPECTION_LIMIT, INVALID_PASSWORD};
use cvm_password_fuzz::{assert_silent_with, model, name_in, texts, Vocabulary};
use libfuzzer_sys::fuzz_target;
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|data: &[u8]| {
    let Ok(password) = std::str::from_utf8(data) else {
        return;
    };
    let drawn = Policy::arbitrary(&mut Unstructured::new(data)).expect("a policy from any bytes");
    // The last bytes say where the name is cut from and how its case changes.
    let byte = |back: usize| data.len().checked_sub(back).map_or(0, |i| data[i]);
    let name = name_in(
        password,
        usize::from(byte(1)),
        usize::from(byte(2) % 16),
        byte(3),
    );
    let graphemes = clusters(password);
    let mut segmented = Vec::new();
    for policy in [Policy::LINUX, Policy::WINDOWS, drawn] {
        categories(&policy, password);
        check(&policy, password, None);
        let expected = check(&policy, password, Some(&name));
        // With the name, the texts are those without it and perhaps the
        // username rule's: one set of texts serves both secrets.
        let mut said = texts(&policy, password, Some(&name));
        // Positions depend on the specials alone, which the presets share.
        if !segmented.contains(&policy.specials()) {
            segmented.push(policy.specials());
            said.extend(positions(
                &policy,
                password,
                &graphemes,
                expected.disallowed,
            ));
        }
        // The banned first characters are the policy's: its `Debug` and
        // `banned_first_character`'s message show them.
        let banned = policy.first_banned().to_string();
        assert_silent_with(
            Vocabulary::get(),
            &said,
            &[password, &name],
            &[&banned, &format!("{banned:?}")],
        );
    }
    // One input in four, repeated past the inspection limit, tests where the
    // check stops reading; the inputs libFuzzer mutates stay short and fast.
    let sum = data.iter().fold(0u8, |sum, &b| sum.wrapping_add(b));
    let times = INSPECTION_LIMIT.checked_div(password.chars().count());
    if let (0, Some(times)) = (sum % 4, times) {
        let long = password.repeat(times + 1);
        let expected = check(&drawn, &long, Some(&name));
        let mut said = texts(&drawn, &long, Some(&name));
        said.extend(positions(
            &drawn,
            &long,
            &clusters(&long),
            expected.disallowed,
        ));
        let banned = drawn.first_banned().to_string();
        assert_silent_with(
            Vocabulary::get(),
            &said,
            &[&long, &name],
            &[&banned, &format!("{banned:?}")],
        );
    }
});

/// The category of every character read is the model's.
fn categories(policy: &Policy, password: &str) {
    let specials: Vec<char> = policy.specials().iter().collect();
    for c in password.chars().take(INSPECTION_LIMIT) {
        assert_eq!(
            policy.classify(c).map(|category| category.name()),
            model::category(c, &specials),
        );
    }
}

/// Checks the verdict against the model's, and returns the model's.
fn check(policy: &Policy, password: &str, username: Option<&str>) -> model::Expected {
    let expected = model::check(policy, password, username);
    assert_eq!(model::actual(policy, password, username), expected);

    let result = policy.check(password, username);
    assert_eq!(result.is_ok(), expected.violations.is_empty());
    match &result {
        Ok(accepted) => {
            for w in accepted.warnings() {
                match w {
                    Warning::ShorterThanRecommended {
                        length,
                        recommended,
                        ..
                    } => {
                        assert_eq!(length, expected.length);
                        assert_eq!(recommended, policy.recommended_min_length());
                        assert!(length < recommended);
                    }
                    other => panic!("a warning the model does not know: {}", other.code()),
                }
            }
        }
        Err(rejected) => {
            assert_ne!(rejected.violations().len(), 0);
            assert_eq!(rejected.violations().len(), rejected.violations().count());
            assert!(!rejected.to_string().is_empty());
            for v in rejected.violations() {
                figures(policy, &v, &expected, rejected.categories());
                assert_eq!(v.api_error_code(), INVALID_PASSWORD);
            }
        }
    }

    expected
}

/// The figures of a violation: the password's, as the model counts them,
/// and the policy's limits.
fn figures(
    policy: &Policy,
    v: &Violation,
    expected: &model::Expected,
    categories: cvm_password::Categories,
) {
    match *v {
        Violation::TooShort { length, min, .. } => {
            assert_eq!((length, min), (expected.length, policy.min_length()));
        }
        Violation::TooLong { length, max, .. } => {
            assert_eq!((length, max), (expected.length, policy.max_length()));
        }
        Violation::TooFewCategories {
            present,
            required,
            out_of,
            ..
        } => {
            assert_eq!(present, categories);
            let names: Vec<&str> = present.iter().map(|c| c.name()).collect();
            assert_eq!(names, expected.categories);
            assert_eq!(required, policy.required_categories());
            assert_eq!(out_of, if policy.letters_as_one() { 3 } else { 4 });
        }
        Violation::BannedFirstCharacter { banned, .. } => {
            assert_eq!(banned, policy.first_banned().without('/'));
        }
        Violation::DisallowedCharacter { count, .. } => {
            assert_eq!(count, expected.disallowed);
        }
        Violation::LeadingSlash | Violation::ContainsUsername => {}
        other => panic!("a violation the model does not know: {}", other.code()),
    }
}

/// Checks the disallowed positions against clusters segmented here, and
/// returns their `Debug` texts.
/// The grapheme clusters of the characters the check reads, segmented here
/// apart from the crate: their index, byte offset and text.
fn clusters(password: &str) -> Vec<(usize, usize, &str)> {
    let end = password
        .char_indices()
        .nth(INSPECTION_LIMIT)
        .map_or(password.len(), |(i, _)| i);
    password[..end]
        .grapheme_indices(true)
        .enumerate()
        .map(|(i, (start, cluster))| (i, start, cluster))
        .collect()
}

/// Checks the disallowed positions against the clusters that hold a
/// disallowed character, and returns the `Debug` texts of the first few.
fn positions(
    policy: &Policy,
    password: &str,
    clusters: &[(usize, usize, &str)],
    disallowed_count: usize,
) -> Vec<String> {
    let specials: Vec<char> = policy.specials().iter().collect();
    let disallowed = |c: char| model::category(c, &specials).is_none();
    let expected: Vec<(usize, Range<usize>)> = clusters
        .iter()
        .filter(|(_, _, cluster)| cluster.chars().any(disallowed))
        .map(|&(i, start, cluster)| (i, start..start + cluster.len()))
        .collect();
    let found: Vec<Position> = policy.disallowed_positions(password).collect();
    let places: Vec<(usize, Range<usize>)> =
        found.iter().map(|p| (p.grapheme(), p.bytes())).collect();
    assert_eq!(places, expected);

    let mut counted = 0;
    for (_, bytes) in &places {
        assert!(password.is_char_boundary(bytes.start) && password.is_char_boundary(bytes.end));
        let cluster = password
            .get(bytes.clone())
            .expect("a range on char boundaries");
        let here = cluster.chars().filter(|&c| disallowed(c)).count();
        assert_ne!(here, 0);
        counted += here;
    }
    assert_eq!(counted, disallowed_count);
    // Every position has the same shape; a few show it.
    found.iter().take(8).map(|p| format!("{p:?}")).collect()
}
