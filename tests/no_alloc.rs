//! A check allocates nothing, whatever it is given: a counting global
//! allocator (allocation-counter, which counts per thread, so tests running
//! in parallel cannot disturb each other) sees no allocation while checks
//! run and their verdicts are read and printed.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::{self, Write};
use std::hint::black_box;

use allocation_counter::measure;
use cvm_password::{Lang, Os, Policy};

/// Passwords of every shape: valid, each kind of invalid, non-ASCII, and
/// far past the inspection limit.
fn passwords() -> Vec<String> {
    let mut passwords: Vec<String> = [
        "",
        "/",
        "abc123ABC!@#",
        "Tr0ub4dor&3xYz!q",
        "correct-Horse-battery-Staple-9",
        "aB3!xyz",
        "/abc123ABC!@#",
        "abcdefgh12345678",
        "abc 123 ABC !@#",
        "myAdministrator#1",
        "/administrator é",
        "pässwörd！😀\u{301}",
    ]
    .map(String::from)
    .to_vec();
    passwords.push("aB1!".repeat(1024));
    passwords.push("Administrato1!".repeat(80_000));
    passwords.push("\u{1F600}".repeat(100_000));
    passwords.push(format!("e{}", "\u{301}".repeat(100_000)));
    passwords
}

/// Policies of every kind: the presets, one for a batch, and custom ones
/// that take the scan's slower path for non-preset specials.
fn policies() -> [Policy; 5] {
    [
        Policy::LINUX,
        Policy::WINDOWS,
        Policy::for_targets([Os::Ubuntu, Os::Unknown]),
        Policy::LINUX
            .with_space_allowed(true)
            .with_username_banned(true),
        Policy::WINDOWS
            .merge(Policy::LINUX)
            .with_max_length(usize::MAX),
    ]
}

/// Usernames of every kind: the default, short ones (not looked for), one
/// compared position by position, and one long enough for Two-Way search.
fn usernames() -> Vec<Option<String>> {
    vec![
        None,
        Some(String::new()),
        Some("ab".into()),
        Some("root".into()),
        Some("Ädmin".into()),
        Some("a".repeat(64)),
        Some(format!("{}b", "a".repeat(200))),
    ]
}

/// A `fmt::Write` into a fixed buffer: printing a message must not
/// allocate either, but a `String` would.
struct Sink {
    len: usize,
}

impl Write for Sink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.len += black_box(s).len();
        Ok(())
    }
}

#[test]
fn check_allocates_nothing() {
    let passwords = passwords();
    let usernames = usernames();
    let mut checks = 0;
    let mut printed = 0;
    let info = measure(|| {
        for policy in policies() {
            for password in &passwords {
                for username in &usernames {
                    let verdict = policy.check(black_box(password), username.as_deref());
                    checks += 1;
                    let mut sink = Sink { len: 0 };
                    match verdict {
                        Ok(accepted) => {
                            for warning in accepted.warnings() {
                                write!(sink, "{warning} {}", warning.message(Lang::ZhCn)).ok();
                            }
                        }
                        Err(rejected) => {
                            write!(sink, "{rejected}").ok();
                            for violation in rejected.violations() {
                                let message = violation.message(Lang::ZhCn);
                                write!(sink, "{} {message}", violation.code()).ok();
                            }
                        }
                    }
                    printed += sink.len;
                }
            }
        }
    });
    assert_eq!(checks, 5 * passwords.len() * usernames.len());
    assert!(printed > 0, "the verdicts were printed");
    assert_eq!(info.count_total, 0, "allocations during {checks} checks");
}

/// The counter does see this thread's allocations: the test above could
/// fail.
#[test]
fn the_counter_counts() {
    let info = measure(|| {
        black_box(String::from("an allocation"));
    });
    assert_eq!(info.count_total, 1);
}
