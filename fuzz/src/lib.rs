//! Oracles the fuzz targets share: the independent models of the rules and
//! of the pre-flight (those the property tests use), everything the crate
//! says about a check, a pre-flight or a generator, and the test that none
//! of it echoes the password or the username.

use std::fmt::Debug;
use std::sync::OnceLock;

use cvm_password::{
    GenerateError, Instance, InstanceState, Lang, Os, Policy, Preflight, RandomError, Request,
    Specials, MAX_INSTANCE_IDS, MAX_USERNAME_LENGTH,
};

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

    /// The vocabulary of checks, gathered once from the texts of checks
    /// that make every message.
    pub fn get() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| Vocabulary::of(check_texts()))
    }

    /// The vocabulary of pre-flights: that of checks, and the texts of
    /// pre-flights that find every kind of problem.
    pub fn preflight() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| Vocabulary::of(check_texts().chain(every_problem())))
    }

    /// The vocabulary of pre-flights and of `texts`: for a pre-flight of
    /// another shape, such as `JsonPreflight`, whose own texts the caller
    /// gathers from inputs that make each of them.
    pub fn preflight_and(texts: impl Iterator<Item = String>) -> Vocabulary {
        Vocabulary::of(check_texts().chain(every_problem()).chain(texts))
    }

    /// The vocabulary of the generator: that of checks, and the texts of
    /// generators (with every special character) and of every error.
    pub fn generator() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| Vocabulary::of(check_texts().chain(every_generator_text())))
    }

    fn of(texts: impl Iterator<Item = String>) -> Vocabulary {
        let mut vocabulary = Vocabulary {
            ascii: [false; 128],
            other: Vec::new(),
        };
        // Figures can hold any digit.
        vocabulary.extend('0'..='9');
        for text in texts {
            vocabulary.extend(text.chars());
        }
        vocabulary.other.sort_unstable();
        vocabulary.other.dedup();
        vocabulary
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

fn check_texts() -> impl Iterator<Item = String> {
    every_message()
        .into_iter()
        .flat_map(|(policy, password)| texts(&policy, &password, None))
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
    assert_silent_with(Vocabulary::get(), texts, secrets, &[]);
}

/// As [`assert_silent`], with the words of `vocabulary`, and no canary among
/// the characters of `public`: what the crate may show of the input, such
/// as the region and the instance ids of a request (pass their `Debug` too,
/// for the escapes it writes).
pub fn assert_silent_with(
    vocabulary: &Vocabulary,
    texts: &[String],
    secrets: &[&str],
    public: &[&str],
) {
    let mut shown: Vec<char> = public.iter().flat_map(|p| p.chars()).collect();
    shown.sort_unstable();
    shown.dedup();
    let mut canaries: Vec<char> = secrets
        .iter()
        .flat_map(|secret| secret.chars())
        .filter(|&c| !vocabulary.contains(c) && shown.binary_search(&c).is_err())
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
            if !window.iter().any(|c| canaries.binary_search(c).is_ok()) {
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

/// Every text the crate makes from one pre-flight: `Debug` of the request,
/// of the pre-flight and of its problems' iterator (before the first
/// problem, and after it), and of each of the first `problems` problems its
/// `Display`, `Debug`, code, API error code, severity and message in every
/// language (`Display` and `Debug`).
pub fn preflight_texts<Id: AsRef<str> + Debug>(
    preflight: &Preflight<'_, Id>,
    problems: usize,
) -> Vec<String> {
    let mut iterator = preflight.problems();
    let mut texts = vec![
        format!("{:?}", preflight.request()),
        format!("{preflight:?}"),
        format!("{iterator:?}"),
    ];
    iterator.next();
    texts.push(format!("{iterator:?}"));
    for p in preflight.problems().take(problems) {
        texts.extend([
            p.to_string(),
            format!("{p:?}"),
            p.code().to_owned(),
            p.api_error_code().unwrap_or_default().to_owned(),
            p.severity().name().to_owned(),
        ]);
        for lang in [Lang::En, Lang::ZhCn] {
            texts.extend([
                p.message(lang).to_string(),
                format!("{:?}", p.message(lang)),
            ]);
        }
    }
    texts
}

/// The texts of pre-flights that find every kind of problem, with ASCII
/// secrets, ids and region.
fn every_problem() -> Vec<String> {
    let mut described: Vec<(String, Instance)> = InstanceState::ALL
        .iter()
        .enumerate()
        .map(|(i, &state)| {
            (
                format!("ins-s{i:07}"),
                Instance::new(Os::Linux, Some(state)),
            )
        })
        .collect();
    described.push(("ins-unknown0".to_owned(), Instance::new(Os::Windows, None)));
    let facts = |id: &str| {
        described
            .iter()
            .find(|(known, _)| known == id)
            .map(|&(_, instance)| instance)
    };
    let mut ids: Vec<String> = described.iter().map(|(id, _)| id.clone()).collect();
    ids.extend(["ins-1122", "ins-s0000000", "ins-zzzzzzzz"].map(str::to_owned));
    let too_many: Vec<String> = (0..=MAX_INSTANCE_IDS)
        .map(|i| format!("ins-{i:08}"))
        .collect();
    let none: [String; 0] = [];
    // A stopped Linux instance alone: the Linux rules, and their warning.
    let linux: Vec<String> = described
        .iter()
        .filter(|(_, instance)| instance.state() == Some(InstanceState::Stopped))
        .map(|(id, _)| id.clone())
        .collect();
    let long_name = "n".repeat(MAX_USERNAME_LENGTH + 1);

    let mut texts = Vec::new();
    for force_stop in [false, true] {
        let request = Request::new(&ids)
            .with_region("ap-mars-1")
            .with_username(&long_name)
            .with_force_stop(force_stop);
        let preflights = [
            request.preflight_with(&facts),
            request.with_password("/").preflight(),
            request.with_password("aB3!efgh").preflight_with(&facts),
        ];
        for preflight in &preflights {
            texts.extend(preflight_texts(preflight, usize::MAX));
        }
    }
    let warned = Request::new(&linux)
        .with_password("aB3!efgh")
        .preflight_with(&facts);
    texts.extend(preflight_texts(&warned, usize::MAX));
    let none = Request::new(&none).preflight();
    let too_many = Request::new(&too_many)
        .with_password("aB3!efghijkl")
        .preflight();
    texts.extend(preflight_texts(&none, usize::MAX));
    texts.extend(preflight_texts(&too_many, usize::MAX));
    for code in [
        "unsupported_region",
        "missing_instance_ids",
        "too_many_instance_ids",
        "malformed_instance_id",
        "duplicate_instance_id",
        "missing_password",
        "too_short",
        "shorter_than_recommended",
        "username_too_long",
        "instance_running",
        "unsupported_instance_state",
        "forced_shutdown",
        "undescribed_instance",
        "unknown_instance_state",
    ] {
        assert!(
            texts.iter().any(|text| text == code),
            "no {code} among the texts"
        );
    }
    texts
}

/// The texts of generators, with every special character, and of every
/// error.
fn every_generator_text() -> Vec<String> {
    let every_special = Policy::LINUX.with_specials(Specials::ALL);
    let mut constant = |bytes: &mut [u8]| -> Result<(), RandomError> {
        bytes.fill(0);
        Ok(())
    };
    let mut failing = |_: &mut [u8]| -> Result<(), RandomError> { Err(RandomError) };
    let mut counter = 0u8;
    let mut working = |bytes: &mut [u8]| -> Result<(), RandomError> {
        for b in bytes {
            counter = counter.wrapping_add(97);
            *b = counter;
        }
        Ok(())
    };
    let mut results = vec![
        Policy::LINUX
            .generator()
            .length(7)
            .generate_with(&mut working),
        Policy::LINUX
            .with_min_length(20)
            .with_max_length(10)
            .generator()
            .generate_with(&mut working),
        Policy::LINUX
            .with_max_length(4096)
            .generator()
            .length(129)
            .generate_with(&mut working),
        Policy::LINUX
            .with_specials(Specials::NONE)
            .with_required_categories(4)
            .generator()
            .generate_with(&mut working),
        Policy::LINUX
            .with_min_length(2)
            .generator()
            .length(2)
            .generate_with(&mut working),
        Policy::LINUX.generator().generate_with(&mut failing),
        Policy::LINUX.generator().generate_with(&mut constant),
    ];
    results.push(every_special.generator().generate_with(&mut working));
    let mut texts = Vec::new();
    for result in &results {
        texts.push(format!("{result:?}"));
        if let Err(error) = result {
            texts.extend([error.to_string(), error.code().to_owned()]);
        }
    }
    assert!(
        results.iter().any(Result::is_ok)
            && results
                .iter()
                .filter_map(|r| r.as_ref().err())
                .map(GenerateError::code)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                == 5,
        "every error and a password: {results:?}",
    );
    for policy in [Policy::LINUX, Policy::WINDOWS, every_special] {
        texts.push(format!("{:?}", policy.generator()));
        texts.push(format!("{:?}", policy.generator().username("name")));
    }
    texts
}
