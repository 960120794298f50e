//! The rules through the example binary, `examples/check.rs`: what a user
//! of the README's first command sees.

#![cfg(feature = "std")]

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// Builds the example once, with cargo, and returns its path.
///
/// It is built with this test's profile and features, so cargo finds the
/// library already built and only links the example.
fn example() -> &'static std::path::Path {
    static PATH: OnceLock<std::path::PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        // This test binary lives in `<target>/<profile directory>/deps`, and
        // `cargo build` puts examples in `<target>/<profile directory>/examples`.
        let deps = std::env::current_exe().unwrap();
        let profile_dir = deps.parent().unwrap().parent().unwrap();
        let profile = match profile_dir.file_name().unwrap().to_str().unwrap() {
            "debug" => "dev",
            other => other,
        };
        let features: Vec<&str> = [
            ("std", cfg!(feature = "std")),
            ("unicode", cfg!(feature = "unicode")),
            ("serde", cfg!(feature = "serde")),
            ("getrandom", cfg!(feature = "getrandom")),
            ("arbitrary", cfg!(feature = "arbitrary")),
            ("proptest", cfg!(feature = "proptest")),
        ]
        .into_iter()
        .filter_map(|(name, on)| on.then_some(name))
        .collect();
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--example",
                "check",
                "--profile",
                profile,
            ])
            .args(["--no-default-features", "--features", &features.join(",")])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the example failed");
        let path = profile_dir
            .join("examples")
            .join(format!("check{}", std::env::consts::EXE_SUFFIX));
        assert!(path.exists(), "{}", path.display());
        path
    })
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(example())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A usage error may end the example before it reads its input.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

/// Exit code, stdout and stderr, as text.
fn check(args: &[&str], password: &str) -> (i32, String, String) {
    let out = run(args, password.as_bytes());
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    // Whatever happens, nothing printed quotes the password.
    if password.chars().count() >= 4 {
        let chars: Vec<char> = password.trim_end_matches(['\n', '\r']).chars().collect();
        for w in chars.windows(4) {
            let w: String = w.iter().collect();
            assert!(!stdout.contains(&w) && !stderr.contains(&w), "{w:?} echoed");
        }
    }
    (out.status.code().unwrap(), stdout, stderr)
}

#[test]
fn accepted_with_and_without_warnings() {
    assert_eq!(
        check(&["--os", "linux"], "aB3~efgh\n"),
        (
            0,
            "accepted (Linux rules)\nwarning shorter_than_recommended: password is shorter than recommended: 8 characters, at least 13 recommended\n".into(),
            String::new()
        )
    );
    assert_eq!(
        check(&["--os", "windows"], "xY7~xY7~xY7~"),
        (0, "accepted (Windows rules)\n".into(), String::new())
    );
}

#[test]
fn length_boundaries() {
    for (os, short, ok, long) in [
        ("linux", 7, 8, 31),
        ("windows", 11, 12, 31),
        ("mixed", 11, 12, 31),
    ] {
        let of = |n: usize| "qW7~".chars().cycle().take(n).collect::<String>();
        assert_eq!(check(&["--os", os], &of(short)).0, 1, "{os} {short}");
        assert_eq!(check(&["--os", os], &of(ok)).0, 0, "{os} {ok}");
        assert_eq!(check(&["--os", os], &of(30)).0, 0, "{os} 30");
        assert_eq!(check(&["--os", os], &of(long)).0, 1, "{os} {long}");
    }
}

#[test]
fn every_rule_is_reported() {
    let (code, stdout, _) = check(&["--os", "windows"], "/administrator é\n");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "rejected (Windows rules)\n\
         leading_slash [InvalidParameterValue.InvalidPassword]: password must not start with '/'\n\
         too_few_categories [InvalidParameterValue.InvalidPassword]: password has too few character categories: 2 (lowercase letters, special characters), at least 3 of 4 required\n\
         disallowed_character [InvalidParameterValue.InvalidPassword]: password contains 2 disallowed characters: only ASCII letters, digits and the allowed special characters can be used\n\
         contains_username [InvalidParameterValue.InvalidPassword]: password must not contain the username, in any letter case\n"
    );
}

#[test]
fn the_username_rule_follows_the_os_and_user() {
    assert_eq!(
        check(&["--os", "windows", "--user", "bob"], "xxBOBxx12!Aa").0,
        1
    );
    assert_eq!(
        check(&["--os", "windows", "--user", "bo"], "xxBOBxx12!Aa").0,
        0
    );
    assert_eq!(
        check(&["--os", "linux", "--user", "bob"], "xxBOBxx12!Aa").0,
        0
    );
    // The default OS is the mixed batch: Windows rules, user Administrator.
    assert_eq!(check(&[], "1!xAdministrator").0, 1);
    assert_eq!(check(&["--os", "mixed"], "aB3~efgh").0, 1);
}

#[test]
fn chinese_messages() {
    let (code, stdout, _) = check(&["--os", "linux", "--lang", "zh-CN"], "aB3~efg");
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "rejected (Linux rules)\ntoo_short [InvalidParameterValue.InvalidPassword]: 密码太短：7 个字符，至少需要 8 个\n"
    );
}

#[test]
fn only_one_line_break_is_dropped() {
    assert_eq!(check(&["--os", "linux"], "aB3~efghijklm\r\n").0, 0);
    let (code, stdout, _) = check(&["--os", "linux"], "aB3~efghijklm\n\n");
    assert_eq!(code, 1);
    assert!(stdout.contains("disallowed_character"), "{stdout}");
}

#[test]
fn bad_input_is_a_clear_error() {
    assert_eq!(
        check(&["--os", "linux"], ""),
        (
            2,
            String::new(),
            "error: no password on standard input\n".into()
        )
    );
    let out = run(&["--os", "linux"], b"aB3~\xffefgh");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: standard input is not UTF-8 (invalid byte at offset 4)\n"
    );
    let (code, _, stderr) = check(&["--os", "solaris"], "aB3~efgh");
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: --os takes linux, windows or mixed, not \"solaris\""),
        "{stderr}"
    );
    // A password typed as an argument by mistake is refused, not quoted.
    let (code, _, stderr) = check(&["--os", "linux", "hunter2!Secret"], "aB3~efgh");
    assert_eq!(code, 2);
    assert!(!stderr.contains("hunter2"), "{stderr}");
    assert!(
        stderr.contains("the password is read from standard input"),
        "{stderr}"
    );
}
