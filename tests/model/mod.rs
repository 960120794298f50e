//! An independent, naive model of the password rules, written from docs/SPEC.md
//! alone: `Vec`s of `char`s, `str::contains`, no tables, no bit tricks. The
//! real checker is compared against it, code for code, by the property
//! tests and the fuzz targets (which include this file by path). The model
//! of the request pre-flight is in `preflight.rs`, that of the generator's
//! errors in `generate.rs`.

#![allow(dead_code)]

use cvm_password::Policy;

pub mod apis;
pub mod generate;
pub mod login;
pub mod preflight;

/// Every violation code, in the order of the rules table.
pub const ORDER: [&str; 7] = [
    "too_short",
    "too_long",
    "leading_slash",
    "banned_first_character",
    "too_few_categories",
    "disallowed_character",
    "contains_username",
];

/// The 30 specials as SPEC section 2 writes them.
pub const SPECIALS: &str = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";
/// Characters read before the check stops.
pub const LIMIT: usize = 4096;

/// What the model expects of one check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// Violation codes, in the order of the rules table.
    pub violations: Vec<&'static str>,
    /// Warning codes (only when accepted).
    pub warnings: Vec<&'static str>,
    /// Characters, or `LIMIT + 1` past the limit.
    pub length: usize,
    /// Category names present, in the order lowercase, uppercase, digit, special.
    pub categories: Vec<&'static str>,
    /// Disallowed characters among those read.
    pub disallowed: usize,
}

/// The category name of `c` under a set of specials, or `None`.
pub fn category(c: char, specials: &[char]) -> Option<&'static str> {
    if c.is_ascii_lowercase() {
        Some("lowercase")
    } else if c.is_ascii_uppercase() {
        Some("uppercase")
    } else if c.is_ascii_digit() {
        Some("digit")
    } else if specials.contains(&c) {
        Some("special")
    } else {
        None
    }
}

/// The model's verdict for `password` under `policy`.
pub fn check(policy: &Policy, password: &str, username: Option<&str>) -> Expected {
    let specials: Vec<char> = policy.specials().iter().collect();
    // One character past the limit is all it takes to know the input is
    // past it; reading the other megabytes would only slow the tests.
    let chars: Vec<char> = password.chars().take(LIMIT + 1).collect();
    let truncated = chars.len() > LIMIT;
    let read: Vec<char> = chars.iter().copied().take(LIMIT).collect();
    let length = if truncated { LIMIT + 1 } else { chars.len() };

    let mut categories = Vec::new();
    for name in ["lowercase", "uppercase", "digit", "special"] {
        if read.iter().any(|&c| category(c, &specials) == Some(name)) {
            categories.push(name);
        }
    }
    let disallowed = read
        .iter()
        .filter(|&&c| category(c, &specials).is_none())
        .count();

    // No name, or an empty one: the default administrator.
    let name = match username {
        None | Some("") => "Administrator",
        Some(name) => name,
    };
    let read_text: String = read.iter().collect();
    let contains_name = name.chars().count() >= 3
        && read_text
            .to_ascii_lowercase()
            .contains(&name.to_ascii_lowercase());

    let mut violations = Vec::new();
    if length < policy.min_length() {
        violations.push("too_short");
    }
    if length > policy.max_length() {
        violations.push("too_long");
    }
    if policy.bans_leading_slash() && chars.first() == Some(&'/') {
        violations.push("leading_slash");
    }
    let banned_first: Vec<char> = policy.first_banned().iter().filter(|&c| c != '/').collect();
    if chars.first().is_some_and(|c| banned_first.contains(c)) {
        violations.push("banned_first_character");
    }
    // Letters of either case make one class where the policy says so.
    let mut classes: Vec<&str> = categories
        .iter()
        .map(|&c| match c {
            "lowercase" | "uppercase" if policy.letters_as_one() => "letter",
            other => other,
        })
        .collect();
    classes.dedup();
    if !truncated && classes.len() < policy.required_categories() {
        violations.push("too_few_categories");
    }
    if disallowed > 0 {
        violations.push("disallowed_character");
    }
    if policy.bans_username() && contains_name {
        violations.push("contains_username");
    }
    let mut warnings = Vec::new();
    if violations.is_empty() && length < policy.recommended_min_length() {
        warnings.push("shorter_than_recommended");
    }
    Expected {
        violations,
        warnings,
        length,
        categories,
        disallowed,
    }
}

/// The same figures, read off the real checker.
pub fn actual(policy: &Policy, password: &str, username: Option<&str>) -> Expected {
    let names = |set: cvm_password::Categories| set.iter().map(|c| c.name()).collect();
    match policy.check(password, username) {
        Ok(accepted) => Expected {
            violations: Vec::new(),
            warnings: accepted.warnings().map(|w| w.code()).collect(),
            length: accepted.length(),
            categories: names(accepted.categories()),
            disallowed: 0,
        },
        Err(rejected) => Expected {
            violations: rejected.violations().map(|v| v.code()).collect(),
            warnings: Vec::new(),
            length: rejected.length(),
            categories: names(rejected.categories()),
            disallowed: rejected
                .violations()
                .find_map(|v| match v {
                    cvm_password::Violation::DisallowedCharacter { count, .. } => Some(count),
                    _ => None,
                })
                .unwrap_or(0),
        },
    }
}
