//! The benches' regex peer must do the crate's job, or the ratios in
//! BENCHMARKS.md compare different work: on random passwords within the
//! inspection limit, both give the same violations. Two implementations
//! written apart, so this also cross-checks the crate.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../benches/support/regex_rules.rs"]
mod regex_rules;

use std::sync::OnceLock;

use crate::strategy;
use cvm_password::Policy;
use proptest::prelude::*;
use regex_rules::RegexRules;

/// The usernames tried on Windows (`None` is the default one): ASCII,
/// non-ASCII, and one too short to be looked for.
const USERNAMES: [Option<&str>; 4] = [None, Some("root"), Some("Ädmin"), Some("ab")];

/// The peer for each of [`USERNAMES`], built once: compiling patterns per
/// case would dominate the test.
fn windows_peers() -> &'static [RegexRules] {
    static PEERS: OnceLock<Vec<RegexRules>> = OnceLock::new();
    PEERS.get_or_init(|| {
        USERNAMES
            .iter()
            .map(|name| RegexRules::windows(name.unwrap_or("Administrator")))
            .collect()
    })
}

fn linux_peer() -> &'static RegexRules {
    static PEER: OnceLock<RegexRules> = OnceLock::new();
    PEER.get_or_init(RegexRules::linux)
}

fn crate_codes(policy: Policy, password: &str, username: Option<&str>) -> Vec<&'static str> {
    match policy.check(password, username) {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected.violations().map(|v| v.code()).collect(),
    }
}

/// Characters of every kind that matters: each category, `/`, disallowed
/// ASCII, look-alikes and a long-s that Unicode case folding takes for `s`,
/// plus the letters of the usernames below so that they do occur.
fn password() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "aAzZ09!/()`~-_|[]:;'<>,.?\\\" \t\nééÄ！😀ſ\u{301}dministrtoROT"
        .chars()
        .collect();
    let planted = prop::sample::select(vec!["", "Administrator", "aDMINISTRATOR", "root", "Ädmin"]);
    (
        prop::collection::vec(prop::sample::select(alphabet), 0..40),
        planted,
        any::<prop::sample::Index>(),
    )
        .prop_map(|(chars, planted, at)| {
            let mut s: String = chars.into_iter().collect();
            let at = s
                .char_indices()
                .map(|(i, _)| i)
                .nth(at.index(s.chars().count() + 1));
            s.insert_str(at.unwrap_or(s.len()), planted);
            s
        })
}

proptest! {
    #![proptest_config(strategy::cases(4_000))]

    #[test]
    fn linux_verdicts_agree(password in password()) {
        let peer = linux_peer().check(&password).codes();
        prop_assert_eq!(crate_codes(Policy::LINUX, &password, None), peer);
    }

    #[test]
    fn windows_verdicts_agree(password in password(), which in 0..USERNAMES.len()) {
        let peer = windows_peers()[which].check(&password).codes();
        prop_assert_eq!(crate_codes(Policy::WINDOWS, &password, USERNAMES[which]), peer);
    }
}

#[test]
fn long_passwords_agree_up_to_the_limit() {
    let password = "aB1!".repeat(1024);
    assert_eq!(
        crate_codes(Policy::WINDOWS, &password, None),
        windows_peers()[0].check(&password).codes(),
    );
}
