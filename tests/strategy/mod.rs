//! Proptest strategies shared by the property tests: passwords that reach
//! every rule, usernames, and arbitrary policies.

#![allow(dead_code)]

use cvm_password::{Os, Policy, Specials};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::Config;

/// The 92 allowed characters.
pub fn allowed_chars() -> Vec<char> {
    ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain(super::model::SPECIALS.chars())
        .collect()
}

/// Characters that must never be accepted, each a trap of its own kind.
pub const TRICKY: &[char] = &[
    ' ',
    '"',
    '\\',
    '\t',
    '\n',
    '\r',
    '\0',
    '\u{7f}',
    '\u{80}',
    'é',
    'É',
    'ß',
    'İ',
    '\u{212a}',
    '！',
    '／',
    '１',
    'Ａ',
    '\u{a0}',
    '\u{3000}',
    '\u{200b}',
    '\u{200d}',
    '\u{feff}',
    '\u{202e}',
    '\u{2066}',
    '\u{301}',
    '\u{36f}',
    '😀',
    '🏳',
    '\u{fe0f}',
    '\u{fffd}',
    '\u{10ffff}',
    '中',
    'л',
];

/// Mostly allowed characters, some tricky ones, now and then any `char`.
pub fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        12 => select(allowed_chars()),
        2 => select(TRICKY.to_vec()),
        1 => any::<char>(),
    ]
}

/// Short passwords around every length bound, and a few past the
/// inspection limit.
pub fn password() -> impl Strategy<Value = String> {
    prop_oneof![
        10 => prop::collection::vec(any_char(), 0..36).prop_map(String::from_iter),
        1 => (select(allowed_chars()), 4080usize..4110, prop::collection::vec(any_char(), 0..12))
            .prop_map(|(fill, n, tail)| {
                let mut s: String = std::iter::repeat_n(fill, n).collect();
                s.extend(tail);
                s
            }),
    ]
}

/// `None`, short names, and the default administrator in odd cases.
pub fn username() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(None),
        3 => prop::collection::vec(select(vec!['a', 'A', 'd', 'M', '1', 'é', 'É', '_']), 0..6)
            .prop_map(|v| Some(String::from_iter(v))),
        1 => Just(Some("Administrator".to_owned())),
        1 => Just(Some("root".to_owned())),
    ]
}

/// Flips the ASCII case of the letters whose bit is set in `flips`.
pub fn flip_case(s: &str, flips: u64) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if flips >> (i % 64) & 1 == 1 {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            } else {
                c
            }
        })
        .collect()
}

/// A password with the username planted in it, in mixed case, and that
/// username (`None` planting the default, `Administrator`).
pub fn planted() -> impl Strategy<Value = (String, Option<String>)> {
    (password(), username(), password(), any::<u64>()).prop_map(|(pre, name, post, flips)| {
        let planted = flip_case(name.as_deref().unwrap_or("Administrator"), flips);
        let pre: String = pre.chars().take(20).collect();
        (format!("{pre}{planted}{post}"), name)
    })
}

/// A password and a username, half of the time the name planted in it.
pub fn password_and_username() -> impl Strategy<Value = (String, Option<String>)> {
    prop_oneof![(password(), username()), planted()]
}

/// A set of specials from 33 bits, one per candidate character.
pub fn specials() -> impl Strategy<Value = Specials> {
    prop_oneof![
        3 => Just(Specials::CVM),
        1 => Just(Specials::CVM.with(' ')),
        2 => any::<u64>().prop_map(|bits| {
            let chosen: String = Specials::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| bits >> i & 1 == 1)
                .map(|(_, c)| c)
                .collect();
            Specials::from_ascii(&chosen)
        }),
    ]
}

/// The presets, and policies with every field drawn at random: letters
/// counted as one class or not, any banned first characters among the
/// specials.
pub fn policy() -> impl Strategy<Value = Policy> {
    let custom = (
        (0usize..40, 0usize..40, 0usize..40),
        (any::<bool>(), 0usize..6),
        specials(),
        prop_oneof![2 => Just(Specials::NONE), 1 => specials()],
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |((min, max, recommended), (as_one, required), specials, first, slash, user)| {
                Policy::LINUX
                    .with_min_length(min)
                    .with_max_length(max)
                    .with_recommended_min_length(recommended)
                    .with_letters_as_one(as_one)
                    .with_required_categories(required)
                    .with_specials(specials)
                    .with_first_banned(first.alphabet())
                    .with_leading_slash_banned(slash)
                    .with_username_banned(user)
            },
        );
    prop_oneof![
        1 => Just(Policy::LINUX),
        1 => Just(Policy::WINDOWS),
        2 => custom,
    ]
}

/// Any OS.
pub fn os() -> impl Strategy<Value = Os> {
    select(vec![Os::Linux, Os::Ubuntu, Os::Windows, Os::Unknown])
}

/// `cases` cases, or fewer if `PROPTEST_CASES` asks: mutation testing, which
/// runs the suite once per mutant, sets it low.
pub fn cases(cases: u32) -> Config {
    let fewer = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    Config::with_cases(cases.min(fewer))
}
