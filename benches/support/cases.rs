//! The inputs the benches measure, with the verdict the crate must give
//! each, so that no bench times a path other than the one it names.

use cvm_password::Policy;

/// The default Windows administrator: the name the username rule looks for
/// when a request gives none.
pub const ADMINISTRATOR: &str = "Administrator";

/// Which preset a case is checked against. Windows cases pass no username,
/// so the rule looks for the default one, as most requests do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rules {
    Linux,
    Windows,
}

impl Rules {
    pub fn policy(self) -> Policy {
        match self {
            Rules::Linux => Policy::LINUX,
            Rules::Windows => Policy::WINDOWS,
        }
    }
}

pub struct Case {
    /// `group/name`: criterion's group and parameter, and a row of the
    /// instruction table.
    pub name: String,
    pub rules: Rules,
    pub password: String,
    /// The username passed to the check; `None` is the OS default.
    pub username: Option<String>,
    /// The crate's verdict: its violation codes, none when accepted.
    pub expected: Vec<&'static str>,
}

impl Case {
    fn new(name: impl Into<String>, rules: Rules, password: impl Into<String>) -> Case {
        Case {
            name: name.into(),
            rules,
            password: password.into(),
            username: None,
            expected: Vec::new(),
        }
    }

    fn expect(mut self, codes: &[&'static str]) -> Case {
        self.expected = codes.to_vec();
        self
    }

    fn username(mut self, name: impl Into<String>) -> Case {
        self.username = Some(name.into());
        self
    }

    /// The name the username rule looks for (Windows only).
    pub fn effective_username(&self) -> Option<&str> {
        (self.rules == Rules::Windows).then(|| self.username.as_deref().unwrap_or(ADMINISTRATOR))
    }

    /// The case's group and its name within it: `("linux", "valid-16")`.
    pub fn group_and_name(&self) -> (&str, &str) {
        self.name.split_once('/').unwrap_or(("", &self.name))
    }

    pub fn check(&self) -> Result<cvm_password::Accepted, cvm_password::Rejected> {
        self.rules
            .policy()
            .check(&self.password, self.username.as_deref())
    }

    /// Panics unless the crate answers the expected verdict.
    pub fn assert_verdict(&self) {
        let codes: Vec<_> = match self.check() {
            Ok(_) => Vec::new(),
            Err(rejected) => rejected.violations().map(|v| v.code()).collect(),
        };
        assert_eq!(codes, self.expected, "verdict of case {}", self.name);
    }

    /// Whether the crate reads all of the password: then the regex peer
    /// must agree with it.
    pub fn within_inspection_limit(&self) -> bool {
        self.password.chars().count() <= cvm_password::INSPECTION_LIMIT
    }
}

const VALID_12: &str = "abc123ABC!@#";
const VALID_16: &str = "Tr0ub4dor&3xYz!q";
const VALID_30: &str = "correct-Horse-battery-Staple-9";

/// Passwords a form sees: valid ones of 12, 16 and 30 characters on both
/// presets, and one of each kind of invalid password (on Windows, where
/// every rule applies).
pub fn typical() -> Vec<Case> {
    let mut cases = Vec::new();
    for (rules, os) in [(Rules::Linux, "linux"), (Rules::Windows, "windows")] {
        for password in [VALID_12, VALID_16, VALID_30] {
            let name = format!("{os}/valid-{}", password.len());
            cases.push(Case::new(name, rules, password));
        }
    }
    let w = Rules::Windows;
    cases.extend([
        Case::new("invalid/too_short", w, "aB3!xyz").expect(&["too_short"]),
        Case::new("invalid/too_long", w, VALID_30.repeat(2)).expect(&["too_long"]),
        Case::new("invalid/leading_slash", w, "/abc123ABC!@#").expect(&["leading_slash"]),
        Case::new("invalid/too_few_categories", w, "abcdefgh12345678")
            .expect(&["too_few_categories"]),
        Case::new("invalid/disallowed_character", w, "abc 123 ABC !@#")
            .expect(&["disallowed_character"]),
        Case::new("invalid/contains_username", w, "myAdministrator#1")
            .expect(&["contains_username"]),
        Case::new("invalid/four_at_once", w, "/administrator é").expect(&[
            "leading_slash",
            "too_few_categories",
            "disallowed_character",
            "contains_username",
        ]),
    ]);
    cases
}

pub const KIB: usize = 1 << 10;
pub const MIB: usize = 1 << 20;

/// ASCII that keeps the username search busy: "Administrato" followed by
/// anything but "r" nearly matches the default username every 14 bytes.
fn ascii(bytes: usize) -> String {
    "Administrato1!".repeat(bytes / 14 + 1)[..bytes].to_owned()
}

/// One `e` carrying combining acute accents: a single grapheme cluster.
fn combining(bytes: usize) -> String {
    let mut s = String::from("e");
    s.push_str(&"\u{301}".repeat((bytes - 1) / 2));
    s
}

fn emoji(bytes: usize) -> String {
    "\u{1F600}".repeat(bytes / 4)
}

/// Inputs meant to hurt: far past the inspection limit, or made of nothing
/// but disallowed characters. Checked on Windows, the costlier preset.
pub fn adversarial() -> Vec<Case> {
    let w = Rules::Windows;
    let too_long = &["too_long"];
    let disallowed = &["too_long", "disallowed_character"];
    vec![
        Case::new("adversarial/ascii-4KiB", w, ascii(4 * KIB)).expect(too_long),
        Case::new("adversarial/ascii-1MiB", w, ascii(MIB)).expect(too_long),
        Case::new("adversarial/ascii-10MiB", w, ascii(10 * MIB)).expect(too_long),
        Case::new("adversarial/combining-1MiB", w, combining(MIB)).expect(disallowed),
        Case::new("adversarial/emoji-1MiB", w, emoji(MIB)).expect(disallowed),
    ]
}

/// The input sizes, in characters, of the growth series: all within the
/// inspection limit, where cost must grow linearly.
pub const GROWTH: [usize; 5] = [256, 512, 1024, 2048, 4096];

/// Growing inputs of each kind, to show cost linear in the length. The
/// last two pair a password of `a`s with a username that nearly matches it
/// at every position, `a`×63 or `a`×64 then `b`: the search spends its
/// budget of comparisons fastest on them before Two-Way takes over. (The
/// two lengths straddled a former threshold: names of up to 64 bytes were
/// compared position by position with no budget, longer ones went straight
/// to Two-Way.)
pub fn growth() -> Vec<Case> {
    let w = Rules::Windows;
    let mut cases = Vec::new();
    for kind in ["ascii", "emoji", "username-64", "username-65"] {
        for chars in GROWTH {
            let name = format!("growth-{kind}/{chars}");
            let case = match kind {
                "ascii" => Case::new(name, w, ascii(chars)).expect(&["too_long"]),
                "emoji" => Case::new(name, w, emoji(4 * chars)).expect(&[
                    "too_long",
                    "too_few_categories",
                    "disallowed_character",
                ]),
                _ => {
                    let name_bytes: usize = kind["username-".len()..].parse().expect("a length");
                    Case::new(name, w, "a".repeat(chars))
                        .username(format!("{}b", "a".repeat(name_bytes - 1)))
                        .expect(&["too_long", "too_few_categories"])
                }
            };
            cases.push(case);
        }
    }
    cases
}
