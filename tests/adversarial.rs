//! Hostile input never panics, and the verdict stays coherent: huge, zalgo,
//! emoji, NUL, bidi controls, full-width look-alikes.

use crate::{model, strategy};

use cvm_password::{Policy, INSPECTION_LIMIT};
use proptest::prelude::*;

fn hostile_inputs() -> Vec<(&'static str, String)> {
    vec![
        ("10 MiB of ASCII", "aB3!".repeat(10 << 18)),
        (
            "1 MiB of one zalgo cluster",
            format!("a{}", "\u{301}\u{36f}".repeat(1 << 18)),
        ),
        (
            "zalgo text",
            "Z\u{351}\u{34b}a\u{35b}\u{301}l\u{300}g\u{352}o1!".repeat(50),
        ),
        ("1 MiB of emoji", "😀".repeat(1 << 18)),
        ("family emoji", "👨‍👩‍👧‍👦".repeat(1000)),
        ("flags", "🇨🇳🇺🇸🏳️‍🌈".repeat(1000)),
        ("NUL bytes", "\0".repeat(5000)),
        ("NUL inside", "aB3!\0efgh".to_owned()),
        (
            "bidi controls",
            "aB3!\u{202e}\u{2066}\u{2069}\u{200f}efgh".to_owned(),
        ),
        (
            "full-width look-alikes",
            "ａＢ３！／１２３４５６７８".to_owned(),
        ),
        (
            "zero-width",
            "aB3!\u{200b}\u{200c}\u{200d}\u{feff}efgh".to_owned(),
        ),
        (
            "noncharacters",
            "\u{fffe}\u{ffff}\u{10ffff}\u{fdd0}".repeat(2000),
        ),
        (
            "lone continuation-looking chars",
            "\u{80}\u{bf}\u{7ff}\u{800}".repeat(3000),
        ),
        (
            "mixed widths at the limit",
            "aé中😀".repeat(INSPECTION_LIMIT / 4 + 1),
        ),
        ("empty", String::new()),
    ]
}

#[test]
fn hostile_inputs_never_panic_and_match_the_model() {
    let usernames = [
        None,
        Some(""),
        Some("a"),
        Some("Administrator"),
        Some("😀😀😀"),
        Some("\u{301}\u{301}\u{301}"),
    ];
    for (name, input) in hostile_inputs() {
        for policy in [
            Policy::LINUX,
            Policy::WINDOWS,
            Policy::WINDOWS.with_space_allowed(true),
        ] {
            for username in usernames {
                let actual = model::actual(&policy, &input, username);
                assert_eq!(actual, model::check(&policy, &input, username), "{name}");
                assert!(actual.length <= INSPECTION_LIMIT + 1, "{name}");
                // Rendering every message must not panic either.
                if let Err(rejected) = policy.check(&input, username) {
                    assert!(!rejected.to_string().is_empty());
                }
            }
        }
    }
}

#[test]
fn a_huge_username_costs_no_more_than_linear_time() {
    // Millions of steps if compared at each position; linear with Two-Way.
    let password = "a".repeat(INSPECTION_LIMIT);
    let username = format!("{}b", "a".repeat(INSPECTION_LIMIT / 2));
    let rejected = Policy::WINDOWS
        .check(&password, Some(&username))
        .unwrap_err();
    assert!(rejected
        .violations()
        .all(|v| v.code() != "contains_username"));
    let username = "A".repeat(INSPECTION_LIMIT / 2);
    let rejected = Policy::WINDOWS
        .check(&password, Some(&username))
        .unwrap_err();
    assert!(rejected
        .violations()
        .any(|v| v.code() == "contains_username"));
}

#[cfg(feature = "unicode")]
#[test]
fn positions_of_hostile_inputs_stay_on_boundaries() {
    for (name, input) in hostile_inputs() {
        for p in Policy::WINDOWS.disallowed_positions(&input) {
            assert!(input.get(p.bytes()).is_some(), "{name}: {p:?}");
            assert!(p.grapheme() <= INSPECTION_LIMIT, "{name}: {p:?}");
        }
    }
}

proptest! {
    #![proptest_config(strategy::cases(2048))]

    #[test]
    fn any_string_is_checked_without_panic(
        password in any::<String>(),
        username in proptest::option::of(any::<String>()),
        policy in strategy::policy(),
    ) {
        let username = username.as_deref();
        prop_assert_eq!(model::actual(&policy, &password, username), model::check(&policy, &password, username));
    }

    #[test]
    fn any_unicode_mix_is_checked_without_panic(
        chars in prop::collection::vec(prop_oneof![
            any::<char>(),
            prop::sample::select(strategy::TRICKY.to_vec()),
            (0x300u32..0x370).prop_map(|c| char::from_u32(c).unwrap()),
            (0x1f300u32..0x1fa00).prop_filter_map("a char", char::from_u32),
        ], 0..200),
        policy in strategy::policy(),
    ) {
        let password = String::from_iter(chars);
        prop_assert_eq!(model::actual(&policy, &password, None), model::check(&policy, &password, None));
    }
}
