//! Usage errors through the built binary: a mistyped flag, command, API or
//! OS is named, with the nearest valid name, only when it could not be a
//! password some API accepts; `--os` in any letter case, and left out.

use assert_cmd::Command;

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary with `args` and `stdin`.
fn run(args: &[&str], stdin: &str) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    Run {
        status: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// Runs `args` and checks that it is a usage error: exit status 2, nothing
/// on standard output, and none of `secrets` on standard error. Returns
/// standard error.
fn usage_error(args: &[&str], secrets: &[&str]) -> String {
    let r = run(args, "");
    assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
    assert_eq!(r.stdout, "", "{args:?}");
    for secret in secrets {
        assert!(!r.stderr.contains(secret), "{args:?}: {}", r.stderr);
    }
    r.stderr
}

/// The first line of an error, before the usage.
fn first_line(stderr: &str) -> &str {
    stderr.lines().next().unwrap()
}

// --- flags and commands ---------------------------------------------------------

#[test]
fn a_mistyped_flag_is_named_with_the_nearest_flag() {
    assert_eq!(
        usage_error(&["check", "--oss", "linux"], &[]),
        "error: unexpected argument --oss: did you mean --os?\n\n\
         Usage: cvm-password check --os <OS>\n\n\
         For more information, try '--help'.\n"
    );
    assert_eq!(
        usage_error(&["apis", "--jsno"], &[]),
        "error: unexpected argument --jsno: did you mean --json?\n\n\
         Usage: cvm-password apis --json\n\n\
         For more information, try '--help'.\n"
    );
    // The flag of the command it was typed after, its value left out.
    assert_eq!(
        first_line(&usage_error(&["--lang", "en", "rules", "--jsn=1"], &["=1"])),
        "error: unexpected argument --jsn: did you mean --json?"
    );
    // clap suggests nothing for a word; it is within two edits of a flag.
    assert_eq!(
        first_line(&usage_error(&["check", "json"], &[])),
        "error: unexpected argument json: did you mean --json?"
    );
    // A word that could not be a password, near no flag, is named.
    assert_eq!(
        first_line(&usage_error(&["check", "linux"], &[])),
        "error: unexpected argument linux: the password is read from standard input, \
         never from the command line"
    );
}

#[test]
fn an_argument_that_could_be_a_password_is_never_repeated() {
    let password = "abc123ABC!@#";
    assert_eq!(
        usage_error(&["check", password], &[password, "abc123"]),
        "error: unexpected argument, not repeated here in case it is a password: \
         the password is read from standard input, never from the command line\n\n\
         Usage: cvm-password check [OPTIONS]\n\n\
         For more information, try '--help'.\n"
    );
    let flag = format!("--{password}");
    assert_eq!(
        first_line(&usage_error(
            &["check", "--os", "windows", &flag],
            &[password]
        )),
        "error: unexpected argument, not repeated here in case it is a password: \
         the password is read from standard input, never from the command line"
    );
    // A password only the Linux rules accept (8 characters, 2 categories)
    // is a password all the same.
    assert_eq!(
        first_line(&usage_error(
            &["check", "--os", "linux", "abc12345"],
            &["abc12345"]
        )),
        "error: unexpected argument, not repeated here in case it is a password: \
         the password is read from standard input, never from the command line"
    );
    // Nor is the part clap quotes of one (`--flag=value`, `-xvalue`).
    for arg in ["--oss=Abcdef123!", "-xAbcdef123!"] {
        let stderr = usage_error(&["check", arg], &["Abcdef123", "--oss:", "-x"]);
        assert!(
            stderr.starts_with(
                "error: unexpected argument, not repeated here in case it is a password: \
                 the password is read from standard input, never from the command line"
            ),
            "{arg}: {stderr}"
        );
    }
    // Near a flag: the flag is suggested, the argument still not repeated.
    assert_eq!(
        first_line(&usage_error(&["preflight", "--Regions1"], &["Regions1"])),
        "error: unexpected argument, not repeated here in case it is a password: \
         the password is read from standard input, never from the command line; \
         did you mean --regions?"
    );
}

#[test]
fn a_mistyped_command_is_named_with_the_nearest_command() {
    assert_eq!(
        usage_error(&["chek"], &[]),
        "error: unknown command chek: did you mean check?\n\n\
         Usage: cvm-password [OPTIONS] <COMMAND>\n\n\
         For more information, try '--help'.\n"
    );
    assert_eq!(
        first_line(&usage_error(&["--lang", "zh-CN", "rulse"], &[])),
        "error: unknown command rulse: did you mean rules?"
    );
    let password = "abc123ABC!@#";
    assert_eq!(
        usage_error(&[password], &[password, "abc123"]),
        "error: unknown command, not repeated here in case it is a password: \
         the commands are check, preflight, rules, generate and apis\n\n\
         Usage: cvm-password [OPTIONS] <COMMAND>\n\n\
         For more information, try '--help'.\n"
    );
}

// --- --api ----------------------------------------------------------------------

#[test]
fn an_unknown_api_is_named_with_the_nearest_api() {
    assert_eq!(
        usage_error(&["check", "--api", "cvm:Run"], &[]),
        "error: invalid value for --api <API>: unknown API cvm:Run: the nearest is \
         cvm:RunInstances; `cvm-password apis` lists them\n\n\
         For more information, try '--help'.\n"
    );
    assert_eq!(
        first_line(&usage_error(&["generate", "--api", "as:Run"], &[])),
        "error: invalid value for --api <API>: unknown API as:Run: the nearest is \
         emr:RunJobFlow; `cvm-password apis` lists them"
    );
}

#[test]
fn an_unknown_api_that_could_be_a_password_is_not_repeated() {
    // cvm:Nope is a password hai:ResetInstancesPassword accepts, and far
    // from every API.
    assert_eq!(
        usage_error(&["check", "--api", "cvm:Nope"], &["Nope"]),
        "error: invalid value for --api <API>: unknown API (not repeated here: it could \
         be a password); `cvm-password apis` lists them\n\n\
         For more information, try '--help'.\n"
    );
    // Near an API: that API is named.
    assert_eq!(
        first_line(&usage_error(
            &["rules", "--api", "cvm:RunInstancs"],
            &["RunInstancs:", "RunInstancs;"]
        )),
        "error: invalid value for --api <API>: unknown API (not repeated here: it could \
         be a password): the nearest is cvm:RunInstances; `cvm-password apis` lists them"
    );
}

#[test]
fn an_api_not_named_service_action_is_said_to_need_that_form() {
    for name in ["Secret#Pass1", "RunInstances", "cvm:", ":Run", "cvm:Run:x"] {
        // (The last four are parts of the example, cvm:RunInstances.)
        let secrets = if name == "Secret#Pass1" {
            &[name][..]
        } else {
            &[]
        };
        assert_eq!(
            usage_error(&["check", "--api", name], secrets),
            "error: invalid value for --api <API>: an API must be service:Action, \
             such as cvm:RunInstances; `cvm-password apis` lists them\n\n\
             For more information, try '--help'.\n",
            "{name}"
        );
    }
}

// --- --os -------------------------------------------------------------------------

#[test]
fn os_names_are_read_in_any_letter_case() {
    for os in [
        "WINDOWS",
        "Windows",
        "windows",
        "Linux,WINDOWS",
        "MIXED",
        "Mixed",
    ] {
        let r = run(&["check", "--os", os], "abc123ABC!@#\n");
        assert_eq!((r.status, r.stderr.as_str()), (0, ""), "{os}");
        assert_eq!(r.stdout, "accepted (Windows rules)\n", "{os}");
    }
    let r = run(&["check", "--os", "LINUX"], "abc123ABC!@#\n");
    assert_eq!(r.stdout, "accepted (Linux rules)\n");
    let upper = run(&["rules", "--os", "UBUNTU", "--json"], "");
    let lower = run(&["rules", "--os", "ubuntu", "--json"], "");
    assert_eq!(upper.status, 0);
    assert_eq!(upper.stdout, lower.stdout);
    let r = run(&["generate", "--os", "Linux", "--count", "2"], "");
    assert_eq!((r.status, r.stdout.lines().count()), (0, 2));
    // The preflight's single OS too: 8 characters are too short on Windows
    // only.
    let request = r#"{"LoginSettings": {"Password": "Abcdef12"}}"#;
    let preflight = |os| {
        let args = [
            "preflight",
            "--api",
            "cvm:RunInstances",
            "--request",
            "-",
            "--os",
            os,
        ];
        run(&args, request)
    };
    let (upper, lower) = (preflight("WINDOWS"), preflight("windows"));
    assert_eq!((upper.status, lower.status), (1, 1), "{}", upper.stderr);
    assert_eq!(upper.stdout, lower.stdout);
    assert_eq!(preflight("LINUX").status, 0);
}

#[test]
fn an_unknown_os_is_named_only_when_it_could_not_be_a_password() {
    assert_eq!(
        usage_error(&["check", "--os", "winodws"], &[]),
        "error: invalid value for --os <OS>: unknown OS winodws: expected linux, ubuntu, \
         windows, unknown or mixed, or several of them comma-separated; the nearest is \
         windows\n\n\
         For more information, try '--help'.\n"
    );
    assert_eq!(
        first_line(&usage_error(
            &["preflight", "--os", "lnux", "--request", "-"],
            &[]
        )),
        "error: invalid value for --os <OS>: unknown OS lnux: expected one of linux, \
         ubuntu, windows, unknown; the nearest is linux"
    );
    // A password, or a list holding one, is not repeated, nor is any part.
    for (value, secrets) in [
        ("Windows1!", &["Windows1"][..]),
        ("linux,abc123ABC!@#", &["abc123"][..]),
        ("abc,123ABC!@#", &["abc", "123ABC"][..]),
    ] {
        let stderr = usage_error(&["check", "--os", value], secrets);
        assert!(
            stderr.starts_with(
                "error: invalid value for --os <OS>: expected linux, ubuntu, windows, \
                 unknown or mixed, or several of them comma-separated"
            ),
            "{value}: {stderr}"
        );
    }
}

#[test]
fn check_without_os_is_any_os_the_same_as_unknown() {
    for password in ["abc123ABC!@#", "Abcdef12", "/abcdef", "xAdministrator1!"] {
        let stdin = format!("{password}\n");
        let left_out = run(&["check", "--json"], &stdin);
        let unknown = run(&["check", "--os", "unknown", "--json"], &stdin);
        assert_eq!(left_out.stderr, "", "{password}");
        assert_eq!(left_out.status, unknown.status, "{password}");
        assert_eq!(left_out.stdout, unknown.stdout, "{password}");
        assert!(!left_out.stdout.contains(password));
    }
    let r = run(&["check"], "abc123ABC!@#");
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (0, "accepted (Windows rules)\n")
    );
    let r = run(
        &["check", "--api", "cvm:RunInstances", "--json"],
        "abc123ABC_xyz",
    );
    let unknown = run(
        &[
            "check",
            "--api",
            "cvm:RunInstances",
            "--os",
            "unknown",
            "--json",
        ],
        "abc123ABC_xyz",
    );
    assert_eq!((r.status, &r.stdout), (unknown.status, &unknown.stdout));
}

#[test]
fn rules_and_generate_without_os_are_any_os() {
    let left_out = run(&["rules", "--json"], "");
    let unknown = run(&["rules", "--os", "unknown", "--json"], "");
    assert_eq!(left_out.status, 0);
    assert_eq!(left_out.stdout, unknown.stdout);
    let r = run(&["generate", "--count", "3"], "");
    assert_eq!((r.status, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout.lines().count(), 3);
    for help in ["check", "rules", "generate"] {
        let r = run(&[help, "--help"], "");
        assert!(r.stdout.contains("any OS"), "{help}: {}", r.stdout);
        assert!(!r.stdout.contains("--os <OS>\n\n"), "{help}: {}", r.stdout);
    }
}
