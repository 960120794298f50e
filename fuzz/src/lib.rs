//! Oracles the fuzz targets share: the independent model of the rules (the
//! one the property tests use), everything the crate says about a check,
//! and the test that none of it echoes the password.

use std::sync::OnceLock;

use cvm_password::{Lang, Policy};

#[path = "../../tests/model/mod.rs"]
pub mod model;

/// Every text the crate makes from one check: `Display` and `Debug` of the
/// verdict, of each violation and warning, of their messages in every
/// language, and `Debug` of the disallowed positions' iterator (not of each
/// position).
pub fn texts(policy: &Policy, password: &str, username: Option<&str>) -> Vec<String> {
    let result = policy.check(password, username);
    let mut texts = vec![format!("{result:?}")];
    match &result {
        Ok(accepted) => {
            texts.push(format!("{:?}", accepted.warnings()));
            for w in accepted.warnings() {
                texts.extend([w.to_string(), format!("{w:?}"), w.code().to_owned()]);
                for lang in [Lang::En, Lang::ZhCn] {
                    texts.extend([
                        w.message(lang).to_string(),
                        format!("{:?}", w.message(lang)),
                    ]);
                }
            }
        }
        Err(rejected) => {
            texts.extend([rejected.to_string(), format!("{:?}", rejected.violations())]);
            for v in rejected.violations() {
                texts.extend([
                    v.to_string(),
                    format!("{v:?}"),
                    v.code().to_owned(),
                    v.api_error_code().to_owned(),
                ]);
                for lang in [Lang::En, Lang::ZhCn] {
                    texts.extend([
                        v.message(lang).to_string(),
                        format!("{:?}", v.message(lang)),
                    ]);
                }
            }
        }
    }
    // The positions' own texts are the caller's to add: walking them means
    // segmenting the password, which the caller does anyway.
    texts.push(format!("{:?}", policy.disallowed_positions(password)));
    texts
}

/// The characters the crate's texts hold whatever the input: those of every
/// message and `Debug` output, in every language, with every figure.
///
/// A character outside it can only be in a text as an echo of the input:
/// it is a canary.
pub struct Vocabulary {
    ascii: [bool; 128],
    // Sorted, for a binary search: a few dozen Chinese characters.
    other: Vec<char>,
}

impl Vocabulary {
    /// Whether `c` can be in a text whatever the input.
    pub fn contains(&self, c: char) -> bool {
        match self.ascii.get(c as usize) {
            Some(&known) => known,
            None => self.other.binary_search(&c).is_ok(),
        }
    }

    /// The vocabulary, gathered once from the texts of checks that make
    /// every message.
    pub fn get() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| {
            let mut vocabulary = Vocabulary {
                ascii: [false; 128],
                other: Vec::new(),
            };
            // Figures can hold any digit.
            vocabulary.extend('0'..='9');
            for (policy, password) in every_message() {
                for text in texts(&policy, &password, None) {
                    vocabulary.extend(text.chars());
                }
            }
            vocabulary.other.sort_unstable();
            vocabulary.other.dedup();
            vocabulary
        })
    }

    fn extend(&mut self, chars: impl IntoIterator<Item = char>) {
        for c in chars {
            match self.ascii.get_mut(c as usize) {
                Some(known) => *known = true,
                None => self.other.push(c),
            }
        }
    }
}

/// Checks that make every message and every `Debug` shape: every category
/// set (the empty one too), every other violation and the warning, in
/// singular and plural, inside and past the inspection limit. The passwords
/// are ASCII, so that a leak here could not hide a canary there.
fn every_message() -> Vec<(Policy, String)> {
    let every_mix = Policy::LINUX.with_min_length(0).with_required_categories(4);
    let mut cases: Vec<(Policy, String)> = (0..16u8)
        .map(|set| {
            let mix = ["a", "B", "1", "!"]
                .iter()
                .enumerate()
                .filter(|&(i, _)| set >> i & 1 == 1)
                .map(|(_, c)| *c)
                .collect();
            (every_mix, mix)
        })
        .collect();
    for password in [
        "",
        "a",
        "ab",
        " ",
        "  ",
        "/",
        "/ ab",
        "aB1!efgh",
        "aB1!efghijklmnop",
        "xAdministrator1!",
        &"aB1!".repeat(8),
        &"a".repeat(5000),
    ] {
        cases.push((Policy::LINUX, password.to_owned()));
        cases.push((Policy::WINDOWS, password.to_owned()));
    }
    cases
}

/// Panics if a text holds 4 consecutive characters of one of `secrets`
/// with a canary among them (see [`Vocabulary`]): a run of wording
/// characters alone could be the wording itself, one with a canary only an
/// echo.
pub fn assert_silent(texts: &[String], secrets: &[&str]) {
    let vocabulary = Vocabulary::get();
    let mut canaries: Vec<char> = secrets
        .iter()
        .flat_map(|secret| secret.chars())
        .filter(|&c| !vocabulary.contains(c))
        .collect();
    canaries.sort_unstable();
    canaries.dedup();
    // A run with a canary needs that canary in a text: nearly always none
    // is, and no run needs looking for.
    if !canaries
        .iter()
        .any(|&c| texts.iter().any(|text| text.contains(c)))
    {
        return;
    }
    for secret in secrets {
        let chars: Vec<char> = secret.chars().collect();
        for window in chars.windows(4) {
            if window.iter().all(|&c| vocabulary.contains(c)) {
                continue;
            }
            let run: String = window.iter().collect();
            for text in texts {
                assert!(!text.contains(&run), "{run:?} echoed in {text:?}");
            }
        }
    }
}

/// A username cut from the password, so that the username rule has
/// something to find: `len` characters from the `start`th, with bit 0x20
/// of an ASCII character flipped where `flips` has a bit set. For a letter
/// that is its other case, and the name is still in the password; for
/// anything else it is another character (`^` and `~`, a control character
/// and a digit), and the name may not be.
pub fn name_in(password: &str, start: usize, len: usize, flips: u8) -> String {
    let count = password.chars().count();
    password
        .chars()
        .skip(start % (count + 1))
        .take(len)
        .enumerate()
        .map(|(i, c)| match u8::try_from(c) {
            Ok(b) if b.is_ascii() && flips >> (i % 8) & 1 == 1 => char::from(b ^ 0x20),
            _ => c,
        })
        .collect()
}
