//! The peer: the same rules written the way users write them today, with
//! the `regex` crate, one pattern per rule, each compiled once.
//!
//! It says which rules fail but not the figures (lengths, counts) that the
//! crate's verdict also carries: less work, which favours the peer. Within
//! the inspection limit its verdicts agree with the crate's
//! (`tests/regex_peer.rs`), so the benches compare the same job.

use regex::{Regex, RegexBuilder};

/// The codes of the rules, in the crate's order.
pub const CODES: [&str; 6] = [
    "too_short",
    "too_long",
    "leading_slash",
    "too_few_categories",
    "disallowed_character",
    "contains_username",
];

/// The rules a password broke, one bit per entry of [`CODES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Broken(u8);

impl Broken {
    pub fn codes(self) -> Vec<&'static str> {
        CODES
            .iter()
            .enumerate()
            .filter(|&(i, _)| self.0 >> i & 1 == 1)
            .map(|(_, code)| *code)
            .collect()
    }
}

const SPECIALS: &str = r"()`~!@#$%^&*\-+=_|{}\[\]:;'<>,.?/";

pub struct RegexRules {
    min_length: Regex,
    max_length: Regex,
    leading_slash: Regex,
    categories: [Regex; 4],
    disallowed: Regex,
    username: Option<Regex>,
}

impl RegexRules {
    /// 8 to 30 characters, 3 of 4 categories, no leading `/`.
    pub fn linux() -> RegexRules {
        RegexRules::new(8, None)
    }

    /// 12 to 30 characters, 3 of 4 categories, no leading `/`, and not
    /// containing `username` in any ASCII letter case (names under 3
    /// characters are not looked for).
    pub fn windows(username: &str) -> RegexRules {
        RegexRules::new(12, Some(username))
    }

    fn new(min: usize, username: Option<&str>) -> RegexRules {
        let re = |pattern: &str| Regex::new(pattern).expect("valid pattern");
        RegexRules {
            // `.` is one Unicode scalar value, as the crate counts; `(?s)`
            // counts a line break too.
            min_length: re(&format!(r"(?s)\A.{{{min}}}")),
            max_length: re(r"(?s)\A.{31}"),
            leading_slash: re(r"\A/"),
            categories: [
                re("[a-z]"),
                re("[A-Z]"),
                re("[0-9]"),
                re(&format!("[{SPECIALS}]")),
            ],
            disallowed: re(&format!("[^a-zA-Z0-9{SPECIALS}]")),
            // ASCII case folding only, as the vendor's rule: with Unicode
            // folding `ſ` would match `s`.
            username: username
                .filter(|name| name.chars().count() >= 3)
                .map(|name| {
                    RegexBuilder::new(&regex::escape(name))
                        .case_insensitive(true)
                        .unicode(false)
                        .build()
                        .expect("valid pattern")
                }),
        }
    }

    /// Every rule `password` breaks.
    pub fn check(&self, password: &str) -> Broken {
        let categories = self
            .categories
            .iter()
            .filter(|category| category.is_match(password))
            .count();
        let broken = [
            !self.min_length.is_match(password),
            self.max_length.is_match(password),
            self.leading_slash.is_match(password),
            categories < 3,
            self.disallowed.is_match(password),
            self.username
                .as_ref()
                .is_some_and(|name| name.is_match(password)),
        ];
        Broken(
            broken
                .iter()
                .enumerate()
                .fold(0, |bits, (i, &b)| bits | u8::from(b) << i),
        )
    }
}
