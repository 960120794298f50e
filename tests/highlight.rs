//! Positions of disallowed characters, as a reader sees them (feature
//! `unicode`).

#![cfg(feature = "unicode")]

use crate::{model, strategy};

use cvm_password::{Policy, INSPECTION_LIMIT};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn positions(policy: Policy, password: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    policy
        .disallowed_positions(password)
        .map(|p| (p.grapheme(), p.bytes()))
        .collect()
}

#[test]
fn each_cluster_is_reported_whole() {
    assert_eq!(positions(Policy::LINUX, "aB3!efgh"), []);
    assert_eq!(positions(Policy::LINUX, "a b"), [(1, 1..2)]);
    // `e` + combining acute: one cluster, though only the mark is disallowed.
    assert_eq!(positions(Policy::LINUX, "xe\u{301}y"), [(1, 1..4)]);
    // A family emoji: 7 characters, 25 bytes, one cluster.
    let family = "👨‍👩‍👧‍👦";
    assert_eq!(
        positions(Policy::LINUX, &format!("a{family}b")),
        [(1, 1..26)]
    );
    // A flag: two regional indicators, one cluster.
    assert_eq!(positions(Policy::LINUX, "🇨🇳!"), [(0, 0..8)]);
    // CR LF is one cluster.
    assert_eq!(positions(Policy::LINUX, "ab\r\ncd"), [(2, 2..4)]);
    // Each disallowed cluster by its own index.
    assert_eq!(
        positions(Policy::LINUX, "é\"x\\中"),
        [(0, 0..2), (1, 2..3), (3, 4..5), (4, 5..8)]
    );
}

#[test]
fn positions_follow_the_policy() {
    assert_eq!(positions(Policy::LINUX, "a b"), [(1, 1..2)]);
    assert_eq!(positions(Policy::LINUX.with_space_allowed(true), "a b"), []);
}

#[test]
fn positions_stop_at_the_inspection_limit() {
    let password = format!("{} {}", "a".repeat(INSPECTION_LIMIT - 1), " ".repeat(100));
    assert_eq!(positions(Policy::LINUX, &password), [(4095, 4095..4096)]);
    // One megabyte of combining marks is one cluster, read only to the limit.
    let zalgo = format!("a{}", "\u{301}".repeat(1 << 19));
    assert_eq!(
        positions(Policy::LINUX, &zalgo),
        [(0, 0..1 + 2 * (INSPECTION_LIMIT - 1))]
    );
}

proptest! {
    #![proptest_config(strategy::cases(2048))]

    /// The positions lie on character boundaries, each cluster holds a
    /// disallowed character, and together they cover every one the check
    /// counts.
    #[test]
    fn positions_cover_exactly_the_disallowed_characters(
        policy in strategy::policy(),
        password in strategy::password(),
    ) {
        let specials: Vec<char> = policy.specials().iter().collect();
        let found = positions(policy, &password);
        let clusters: Vec<(usize, &str)> = password.grapheme_indices(true).collect();
        let mut covered = 0;
        for (index, bytes) in &found {
            let text = password.get(bytes.clone());
            prop_assert!(text.is_some(), "{:?} is not on char boundaries", bytes);
            let text = text.unwrap();
            prop_assert!(text.chars().any(|c| model::category(c, &specials).is_none()));
            covered += text.chars().filter(|&c| model::category(c, &specials).is_none()).count();
            // Where the cluster is whole, it is the cluster of that index.
            if bytes.end < password.len().min(4 * INSPECTION_LIMIT) {
                prop_assert_eq!(clusters.get(*index).map(|(start, _)| *start), Some(bytes.start));
            }
        }
        let expected = model::check(&policy, &password, None).disallowed;
        prop_assert_eq!(covered, expected);
        prop_assert!(found.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1.end <= w[1].1.start));
    }
}
