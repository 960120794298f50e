//! No text the crate produces holds a piece of the password or the
//! username (SPEC section 6).
//!
//! The passwords here carry a canary character at least every third
//! position, drawn from characters that no message, in any language, and
//! no `Debug` output ever uses. Every run of 4 consecutive characters of such
//! a password then holds a canary, so finding one in a text can only mean an
//! echo, never a coincidence with the wording.

use crate::strategy;

use std::collections::HashSet;

use cvm_password::{Api, Lang, Os, Policy, Reading};
use proptest::prelude::*;
use proptest::sample::select;

const CANARIES: &[char] = &[
    '~', '^', '`', '|', '#', '$', '%', '&', '*', '+', '=', '@', '!', '?', 'é', '😀', '！', '\u{0}',
    '\t', '\u{202e}', '\u{301}', '\u{3000}', 'Q', 'J', 'X',
];

/// Text and `Debug` output of everything a check of `password` returns.
fn everything_said(policy: Policy, password: &str, username: Option<&str>) -> Vec<String> {
    let mut texts = Vec::new();
    let result = policy.check(password, username);
    texts.push(format!("{result:?}"));
    texts.push(format!("{result:#?}"));
    match result {
        Ok(accepted) => {
            for w in accepted.warnings() {
                texts.push(w.to_string());
                texts.push(format!("{w:?}"));
                for lang in [Lang::En, Lang::ZhCn] {
                    texts.push(w.message(lang).to_string());
                    texts.push(format!("{:?}", w.message(lang)));
                }
            }
        }
        Err(rejected) => {
            texts.push(rejected.to_string());
            texts.push(format!("{:?}", rejected.violations()));
            for v in rejected.violations() {
                texts.push(v.to_string());
                texts.push(format!("{v:?}"));
                for lang in [Lang::En, Lang::ZhCn] {
                    texts.push(v.message(lang).to_string());
                }
            }
        }
    }
    #[cfg(feature = "unicode")]
    {
        let positions = policy.disallowed_positions(password);
        texts.push(format!("{positions:?}"));
        texts.extend(positions.map(|p| format!("{p:?}")));
    }
    // The characters a policy bans first are the policy's, shown in
    // `banned_first_character`'s message: not an echo. (`Debug`'s sets are
    // left out by `assert_silent`.)
    let banned = policy.first_banned().without('/').to_string();
    texts.into_iter().map(|t| t.replace(&banned, "")).collect()
}

fn windows_of(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(4).map(String::from_iter).collect()
}

/// A string with a canary at least every third character.
fn canaried(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            select(CANARIES.to_vec()),
            strategy::any_char(),
            strategy::any_char(),
        ),
        len,
    )
    .prop_map(|triples| {
        triples
            .into_iter()
            .flat_map(|(a, b, c)| [a, b, c])
            .collect()
    })
}

/// `text` without the character sets its `Debug` shows (`Specials("...")`,
/// `Alphabet("...")`): a policy's own, in ASCII order, where a run of
/// canaries such as `!#$%` is no coincidence to look for.
fn without_sets(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some((at, open)) = ["Specials(\"", "Alphabet(\""]
        .iter()
        .filter_map(|open| rest.find(open).map(|at| (at, open.len())))
        .min()
    {
        out.push_str(&rest[..at + open]);
        let set = &rest[at + open..];
        // The set ends at its first `"` that is not escaped.
        let mut escaped = false;
        let end = set
            .char_indices()
            .find(|&(_, c)| {
                let end = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                end
            })
            .map_or(set.len(), |(end, _)| end);
        rest = &set[end..];
    }
    out.push_str(rest);
    out
}

fn assert_silent(texts: &[String], secret: &str) -> Result<(), TestCaseError> {
    let secret_windows: HashSet<String> = windows_of(secret).into_iter().collect();
    for text in texts.iter().map(|t| without_sets(t)) {
        for window in windows_of(&text) {
            prop_assert!(
                !secret_windows.contains(&window),
                "{:?} echoed in {:?}",
                window,
                text
            );
        }
    }
    Ok(())
}

#[test]
fn canaries_never_appear_in_any_wording() {
    // The property below is only sound if this holds.
    let policies = [
        Policy::LINUX,
        Policy::WINDOWS,
        Policy::LINUX.with_space_allowed(true),
    ];
    let passwords = [
        "",
        "/",
        "a",
        "aB3!efgh",
        "aB3!efghijklmno",
        "/administrator 中",
        &"a".repeat(5000),
    ];
    for policy in policies {
        for password in passwords {
            for text in everything_said(policy, password, None) {
                for canary in CANARIES {
                    assert!(!text.contains(*canary), "{canary:?} in {text:?}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(strategy::cases(2048))]

    #[test]
    fn no_text_holds_four_characters_of_the_password(
        policy in strategy::policy(),
        password in canaried(0..14),
    ) {
        assert_silent(&everything_said(policy, &password, None), &password)?;
    }

    #[test]
    fn no_text_holds_four_characters_of_the_username(
        policy in strategy::policy(),
        username in canaried(1..6),
        planted in any::<bool>(),
    ) {
        // Half of the time the name is in the password, so the username
        // rule fires and its message is among the texts.
        let password = if planted { format!("aB3!{username}xyz") } else { "aB3!xyzXYZ123".to_owned() };
        let texts = everything_said(policy, &password, Some(&username));
        assert_silent(&texts, &username)?;
    }
}

/// Text and `Debug` output of an API's verdict: its violations, and its
/// warnings, disputed rules among them.
fn everything_an_api_says(
    api: &Api,
    password: &str,
    username: Option<&str>,
    reading: Reading,
) -> Vec<String> {
    let verdict = api.check(password, [Os::Linux, Os::Windows], username, reading);
    let mut texts = vec![format!("{verdict:?}")];
    for v in verdict.violations().into_iter().flatten() {
        texts.extend(Lang::ALL.map(|lang| v.message(lang).to_string()));
    }
    for w in verdict.warnings() {
        texts.push(format!("{w:?}"));
        texts.extend(Lang::ALL.map(|lang| w.message(lang).to_string()));
    }
    // The policies' own banned first characters are theirs to show, in
    // messages. (`Debug`'s sets are left out by `assert_silent`.)
    let banned: Vec<String> = api
        .sources()
        .iter()
        .flat_map(|s| [s.linux(), s.windows()])
        .map(|p| p.first_banned().without('/').to_string())
        .filter(|b| !b.is_empty())
        .collect();
    texts
        .into_iter()
        .map(|t| banned.iter().fold(t, |t, b| t.replace(b, "")))
        .collect()
}

proptest! {
    #![proptest_config(strategy::cases(512))]

    #[test]
    fn no_api_verdict_holds_four_characters_of_the_password_or_the_username(
        api in select(Api::ALL.iter().collect::<Vec<_>>()),
        password in canaried(0..14),
        username in canaried(3..6),
        strict in any::<bool>(),
    ) {
        let reading = if strict { Reading::Strict } else { Reading::Common };
        let texts = everything_an_api_says(api, &password, Some(&username), reading);
        assert_silent(&texts, &password)?;
        assert_silent(&texts, &username)?;
    }
}

proptest! {
    #![proptest_config(strategy::cases(32))]

    #[test]
    fn long_passwords_are_not_echoed_either(password in canaried(1400..1500)) {
        // 4,200 characters and more: past the inspection limit, some of them.
        assert_silent(&everything_said(Policy::WINDOWS, &password, None), &password)?;
    }
}

#[cfg(feature = "unicode")]
#[test]
fn the_position_iterator_redacts_its_password() {
    let positions = Policy::LINUX.disallowed_positions("hunter2 é");
    let debug = format!("{positions:?}");
    assert_eq!(
        debug,
        "DisallowedPositions { password: \"<redacted>\", .. }"
    );
}
