//! `Generator::generate_with` on a drawn policy, length (or none) and
//! username (or none), from a random source that plays the input's last
//! bytes and then, as drawn, a PRNG seeded from them (a working source),
//! failures, or one byte forever (a broken source). Beyond not panicking:
//!
//! - a password is accepted by `Policy::check` with that username and by
//!   the model, is ASCII, of exactly the resolved length, never starts
//!   with `/` where the policy bans it, and never holds the username where
//!   the policy bans it (looked for here with a plain lowercase
//!   `contains`); its `Debug` shows its length and nothing else;
//! - an error is the one the policy and the length call for, worked out
//!   here: out of range exactly when the length is outside the policy's
//!   bounds, above capacity, categories unavailable exactly when more are
//!   required than the length or the alphabet holds; those come before any
//!   byte is drawn. The source failed exactly when the error says so. The
//!   source is stuck only when it is broken, or gave a few dozen bytes in a
//!   row that a character cannot be drawn from;
//! - no text (`Debug` of the generator and of the result, the error's
//!   message) holds 4 consecutive characters of the username or the
//!   password with a canary among them.

#![no_main]

use arbitrary::Arbitrary;
use cvm_password::{
    GenerateError, GeneratedPassword, Generator, Policy, RandomError, RandomSource,
    USERNAME_MIN_CHECKED,
};
use cvm_password_fuzz::model::generate::{alphabet, figures, infeasible};
use cvm_password_fuzz::{assert_silent_with, model, Vocabulary};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    policy: Policy,
    length: Length,
    username: Option<Username>,
    then: Then,
    // Last, so that the source plays the rest of the input.
    bytes: &'a [u8],
}

#[derive(Arbitrary, Debug)]
enum Length {
    /// The generator's own choice.
    Default,
    /// 0 to 255: around every bound a drawn policy has, and the capacity.
    Near(u8),
    Any(usize),
}

#[derive(Arbitrary, Debug)]
enum Username {
    Known(u8),
    Own(String),
}

/// What the source gives once the input's bytes run out.
#[derive(Arbitrary, Debug, Clone, Copy, PartialEq)]
enum Then {
    /// SplitMix64 seeded from the input's bytes: a working source.
    Random,
    /// An error, for every request it cannot serve from the input whole.
    Fail,
    /// This byte, forever: a broken source.
    Constant(u8),
}

const NAMES: [&str; 10] = [
    "Administrator",
    "administrator",
    "root",
    "ubuntu",
    "Admin",
    "aB3",
    "a1!",
    "/ab",
    "AB",
    "",
];

/// Plays `bytes`, then what `then` says, and keeps the figures the oracle
/// needs.
struct Source<'a> {
    bytes: &'a [u8],
    then: Then,
    state: u64,
    fills: usize,
    failed: bool,
    /// Bytes from here up can be thrown away when a character is drawn.
    unusable: u16,
    run: usize,
    longest_run: usize,
}

impl Source<'_> {
    fn next(&mut self) -> u8 {
        let b = match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => match self.then {
                Then::Constant(b) => b,
                Then::Random | Then::Fail => {
                    // SplitMix64 (Steele, Lea and Flood).
                    self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                    let mut z = self.state;
                    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                    (z ^ (z >> 31)) as u8
                }
            },
        };
        if u16::from(b) >= self.unusable {
            self.run += 1;
            self.longest_run = self.longest_run.max(self.run);
        } else {
            self.run = 0;
        }
        b
    }
}

impl RandomSource for Source<'_> {
    fn fill(&mut self, out: &mut [u8]) -> Result<(), RandomError> {
        self.fills += 1;
        if self.then == Then::Fail && self.bytes.len() < out.len() {
            self.failed = true;
            return Err(RandomError);
        }
        for b in out {
            *b = self.next();
        }
        Ok(())
    }
}

/// The length the documentation promises: the one asked for; else 20, or
/// the recommended length if more, brought within the policy's maximum and
/// the capacity, then up to its minimum.
fn resolved(policy: &Policy, asked: Option<usize>) -> usize {
    if let Some(length) = asked {
        return length;
    }
    let wanted = 20.max(policy.recommended_min_length());
    let highest = policy.max_length().min(GeneratedPassword::CAPACITY);
    wanted.min(highest).max(policy.min_length())
}

/// The lowest byte a character can be refused: with `n` choices, rejection
/// sampling throws away the bytes from the largest multiple of `n` up. The
/// first character has fewer choices: none of the policy's banned first
/// characters (`/`, or EMR's specials).
fn unusable(policy: &Policy) -> u16 {
    let alphabet = alphabet(policy);
    let n = alphabet.len() as u16;
    let banned = alphabet
        .iter()
        .filter(|&&c| policy.first_banned().contains(c))
        .count() as u16;
    let first = n - banned;
    // No choice at all is an error before any draw: nothing is thrown away.
    let zone = |n: u16| 256 - 256 % n.max(1);
    zone(n).min(zone(first))
}

fuzz_target!(|input: Input<'_>| {
    let Input {
        policy,
        length,
        username,
        then,
        bytes,
    } = input;
    let asked = match length {
        Length::Default => None,
        Length::Near(n) => Some(usize::from(n)),
        Length::Any(n) => Some(n),
    };
    let name = username.map(|name| match name {
        Username::Known(i) => NAMES[usize::from(i) % NAMES.len()].to_owned(),
        Username::Own(text) => text,
    });
    let name = name.as_deref();

    let mut generator: Generator<'_> = policy.generator();
    if let Some(length) = asked {
        generator = generator.length(length);
    }
    if let Some(name) = name {
        generator = generator.username(name);
    }
    let length = resolved(&policy, asked);
    assert_eq!(generator.resolved_length(), length);

    let mut source = Source {
        bytes,
        then,
        state: bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h: u64, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        }),
        fills: 0,
        failed: false,
        unusable: unusable(&policy),
        run: 0,
        longest_run: 0,
    };
    let result = generator.generate_with(&mut source);
    let mut texts = vec![format!("{generator:?}"), format!("{result:?}")];

    match &result {
        Ok(password) => {
            assert_eq!(infeasible(&policy, length), None);
            assert!(!source.failed);
            assert_eq!(password.as_str(), &**password);
            assert_eq!(password.as_str(), password.as_ref());
            assert!(password.is_ascii());
            assert_eq!(password.len(), length);
            assert_eq!(password.chars().count(), length);
            assert!(policy.check(password, name).is_ok());
            assert_eq!(
                model::check(&policy, password, name).violations,
                Vec::<&str>::new()
            );
            if policy.bans_leading_slash() {
                assert!(!password.starts_with('/'));
            }
            let banned = name.unwrap_or("Administrator");
            if policy.bans_username() && banned.chars().count() >= USERNAME_MIN_CHECKED {
                assert!(!password
                    .to_ascii_lowercase()
                    .contains(&banned.to_ascii_lowercase()));
            }
            assert_eq!(
                format!("{password:?}"),
                format!("GeneratedPassword {{ length: {length}, .. }}"),
            );
        }
        Err(error) => {
            texts.push(error.to_string());
            match infeasible(&policy, length) {
                Some(expected) => {
                    assert_eq!(figures(*error), expected);
                    assert_eq!(source.fills, 0, "drew bytes for an impossible password");
                }
                None => match error {
                    GenerateError::RandomSourceFailed => assert!(source.failed),
                    GenerateError::RandomSourceStuck => {
                        assert!(!source.failed);
                        assert!(
                            matches!(then, Then::Constant(_)) || source.longest_run >= 24,
                            "stuck on a working source, after {} unusable bytes in a row",
                            source.longest_run,
                        );
                    }
                    other => panic!("{} for a feasible password", other.code()),
                },
            }
        }
    }
    if source.failed {
        assert!(matches!(result, Err(GenerateError::RandomSourceFailed)));
    }

    let password = result.as_deref().unwrap_or_default();
    assert_silent_with(
        Vocabulary::generator(),
        &texts,
        &[name.unwrap_or_default(), password],
        &[],
    );
});
