//! The built `cvm-password` binary: each subcommand, each exit status, text
//! and JSON in both languages, bad input. Every run asserts that neither
//! standard output nor standard error holds the password or the username.

use assert_cmd::Command;
use serde_json::{json, Value};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");

/// The password of `request-all.json`.
const ALL_PASSWORD: &str = "Tq7#mPx2vL9!";
/// The password of `request-linux.json`.
const LINUX_PASSWORD: &str = "Tq7#mPx2";

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary with `args` and `stdin`, and checks that no output holds
/// any of `secrets`: the password and username in play, if any.
fn run(args: &[&str], stdin: impl Into<Vec<u8>>, secrets: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    let run = Run {
        status: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    };
    for secret in secrets {
        assert!(!run.stdout.contains(secret), "stdout: {}", run.stdout);
        assert!(!run.stderr.contains(secret), "stderr: {}", run.stderr);
    }
    run
}

fn data(file: &str) -> String {
    format!("{DATA}{file}")
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap()
}

// --- check ------------------------------------------------------------------

#[test]
fn check_accepts_with_exit_0() {
    let r = run(
        &["check", "--os", "windows"],
        "abc123ABC!@#\n",
        &["abc123ABC!@#"],
    );
    assert_eq!(r.status, 0);
    assert_eq!(r.stdout, "accepted (Windows rules)\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn check_accepts_with_a_warning_with_exit_0() {
    let r = run(&["check", "--os", "linux"], "Abcdef12", &["Abcdef12"]);
    assert_eq!(r.status, 0);
    assert_eq!(
        r.stdout,
        "accepted (Linux rules)\n\
         warning shorter_than_recommended: password is shorter than recommended: \
         8 characters, at least 12 recommended\n"
    );
}

#[test]
fn check_rejects_with_exit_1_in_english() {
    let r = run(&["check", "--os", "windows"], "/abcdef\n", &["/abcdef"]);
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stdout,
        "rejected (Windows rules)\n\
         error too_short [InvalidParameterValue.InvalidPassword]: \
         password is too short: 7 characters, at least 12 required\n\
         error leading_slash [InvalidParameterValue.InvalidPassword]: \
         password must not start with '/'\n\
         error too_few_categories [InvalidParameterValue.InvalidPassword]: \
         password has too few character categories: 2 (lowercase letters, special characters), \
         at least 3 of 4 required\n"
    );
    assert_eq!(r.stderr, "");
}

#[test]
fn check_rejects_with_exit_1_in_chinese() {
    let r = run(
        &["--lang", "zh-CN", "check", "--os", "linux"],
        "/abcdef\n",
        &["/abcdef"],
    );
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stdout,
        "未通过（Linux 规则）\n\
         错误 too_short [InvalidParameterValue.InvalidPassword]: 密码太短：7 个字符，至少需要 8 个\n\
         错误 leading_slash [InvalidParameterValue.InvalidPassword]: 密码不能以“/”开头\n\
         错误 too_few_categories [InvalidParameterValue.InvalidPassword]: \
         密码包含的字符类别太少：2 类（小写字母、特殊字符），至少需要 4 类中的 3 类\n"
    );
}

#[test]
fn check_accepts_in_chinese() {
    let r = run(
        &["check", "--os", "linux", "--lang", "zh-CN"],
        "Abcdef12",
        &["Abcdef12"],
    );
    assert_eq!(r.status, 0);
    assert_eq!(
        r.stdout,
        "通过（Linux 规则）\n\
         警告 shorter_than_recommended: 密码短于建议长度：8 个字符，建议至少 12 个\n"
    );
}

#[test]
fn check_json_in_english() {
    let r = run(
        &["check", "--os", "mixed", "--json"],
        "Abcdef12\n",
        &["Abcdef12"],
    );
    assert_eq!(r.status, 1);
    assert_eq!(
        json_of(&r),
        json!({
            "ok": false,
            "api": "cvm:ResetInstancesPassword",
            "policy": "windows",
            "violations": [{
                "code": "too_short",
                "api_error_code": "InvalidParameterValue.InvalidPassword",
                "message": "password is too short: 8 characters, at least 12 required",
                "length": 8,
                "min": 12,
            }],
            "warnings": [],
        })
    );
    // Fields in the documented order, the figures in the core's.
    let at = |key: &str| r.stdout.find(&format!("\"{key}\"")).unwrap();
    let order = ["code", "api_error_code", "message", "length", "min"].map(at);
    assert!(order.is_sorted(), "{}", r.stdout);
}

#[test]
fn check_json_in_chinese() {
    let r = run(
        &["--lang", "zh-CN", "check", "--os", "linux", "--json"],
        "Abcdef12",
        &["Abcdef12"],
    );
    assert_eq!(r.status, 0);
    assert_eq!(
        json_of(&r),
        json!({
            "ok": true,
            "api": "cvm:ResetInstancesPassword",
            "policy": "linux",
            "violations": [],
            "warnings": [{
                "code": "shorter_than_recommended",
                "api_error_code": null,
                "message": "密码短于建议长度：8 个字符，建议至少 12 个",
                "length": 8,
                "recommended": 12,
            }],
        })
    );
}

#[test]
fn check_looks_for_the_username_on_windows_only() {
    let password = "deploy#Admin2024";
    let secrets = [password, "deploy"];
    let r = run(
        &["check", "--os", "windows", "--user", "deploy"],
        password,
        &secrets,
    );
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stdout,
        "rejected (Windows rules)\n\
         error contains_username [InvalidParameterValue.InvalidPassword]: \
         password must not contain the username, in any letter case\n"
    );
    let r = run(
        &["check", "--os", "linux", "--user", "deploy"],
        password,
        &secrets,
    );
    assert_eq!(r.status, 0);
    // Without --user, Windows looks for Administrator.
    let r = run(
        &["check", "--os", "windows"],
        "Administrator#1",
        &["Administrator#1"],
    );
    assert_eq!(r.status, 1);
    assert!(r.stdout.contains("error contains_username"));
}

#[test]
fn check_drops_one_trailing_line_break_only() {
    let password = "abc123ABC!@#";
    let r = run(
        &["check", "--os", "windows"],
        "abc123ABC!@#\r\n",
        &[password],
    );
    assert_eq!(r.status, 0);
    // A second line is part of the password: the line break is disallowed.
    let r = run(
        &["check", "--os", "windows"],
        "abc123ABC!@#\nx\n",
        &[password],
    );
    assert_eq!(r.status, 1);
    assert!(
        r.stdout.contains("error disallowed_character"),
        "{}",
        r.stdout
    );
}

#[test]
fn check_without_a_password_is_an_input_error() {
    for stdin in ["", "\n", "\r\n"] {
        let r = run(&["check", "--os", "linux"], stdin, &["Abcdef12"]);
        assert_eq!(r.status, 2, "{stdin:?}");
        assert_eq!(r.stdout, "");
        assert_eq!(r.stderr, "cvm-password: no password on standard input\n");
    }
}

#[test]
fn check_of_invalid_utf8_is_an_input_error() {
    let r = run(
        &["check", "--os", "linux"],
        b"abc\xff123ABC!@#\n".to_vec(),
        &["abc", "123ABC!@#"],
    );
    assert_eq!(r.status, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "cvm-password: standard input is not UTF-8 (invalid byte at offset 3)\n"
    );
}

// --- usage errors ---------------------------------------------------------------

#[test]
fn a_password_on_the_command_line_is_refused_and_never_repeated() {
    let password = "abc123ABC!@#";
    let flag = format!("--{password}");
    for args in [
        vec!["check", "--os", "windows", password],
        vec!["check", "--os", "windows", "--", password],
        vec![password],
        vec!["check", "--os", "windows", flag.as_str()],
        vec!["check", "--os", password],
        vec!["--lang", password, "check", "--os", "linux"],
        vec!["rules", "--os", "linux", password],
        vec!["preflight", "--request", "-", password],
    ] {
        let r = run(&args, "", &[password, "abc123ABC"]);
        assert_eq!(r.status, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.starts_with("error: "), "{}", r.stderr);
    }
    let r = run(&["check", "--os", "windows", password], "", &[password]);
    assert_eq!(
        r.stderr,
        "error: unexpected argument, not repeated here in case it is a password: \
         the password is read from standard input, never from the command line\n\n\
         Usage: cvm-password check [OPTIONS]\n\n\
         For more information, try '--help'.\n"
    );
    let r = run(&["check", "--os", password], "", &[password]);
    assert_eq!(
        r.stderr,
        "error: invalid value for --os <OS>: expected linux, ubuntu, windows, unknown or mixed, \
         or several of them comma-separated\n\n\
         For more information, try '--help'.\n"
    );
    let r = run(
        &["--lang", password, "rules", "--os", "linux"],
        "",
        &[password],
    );
    assert_eq!(
        r.stderr,
        "error: invalid value for --lang <LANG>: expected en or zh-CN\n\n\
         For more information, try '--help'.\n"
    );
}

#[test]
fn a_missing_flag_or_command_is_a_usage_error() {
    // `--os` left out is any OS: `check` alone reads the password.
    let r = run(&["check"], "", &[]);
    assert_eq!(r.status, 2);
    assert_eq!(r.stderr, "cvm-password: no password on standard input\n");
    let r = run(&["preflight"], "", &[]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.starts_with("error: missing --request <FILE>\n"),
        "{}",
        r.stderr
    );
    let r = run(&[], "", &[]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("Usage: cvm-password [OPTIONS] <COMMAND>"));
}

#[test]
fn help_and_version_exit_0() {
    let r = run(&["--help"], "", &[]);
    assert_eq!(r.status, 0);
    for command in ["check", "preflight", "rules", "--lang"] {
        assert!(r.stdout.contains(command), "{}", r.stdout);
    }
    let r = run(&["preflight", "--help"], "", &[]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("--instances <FILE>"));
    let r = run(&["--version"], "", &[]);
    assert_eq!(r.status, 0);
    assert_eq!(r.stdout, "cvm-password 0.1.0\n");
}

// --- preflight ----------------------------------------------------------------

#[test]
fn preflight_accepts_with_exit_0() {
    let r = run(
        &[
            "preflight",
            "--request",
            &data("request-linux.json"),
            "--instances",
            &data("describe-instances.json"),
            "--region",
            "ap-guangzhou",
        ],
        "",
        &[LINUX_PASSWORD],
    );
    assert_eq!(r.status, 0);
    assert_eq!(
        r.stdout,
        "accepted (Linux rules)\n\
         warning shorter_than_recommended: password is shorter than recommended: \
         8 characters, at least 12 recommended\n"
    );
    assert_eq!(r.stderr, "");
}

#[test]
fn preflight_rejects_with_exit_1_in_english() {
    let r = run(
        &[
            "preflight",
            "--request",
            &data("request-all.json"),
            "--instances",
            &data("describe-instances.json"),
        ],
        "",
        &[ALL_PASSWORD],
    );
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stdout,
        "rejected (Windows rules)\n\
         error instance_running [UnsupportedOperation.InstanceStateRunning]: \
         instance InstanceIds.1 is running: stop it first, or set ForceStop (ins-5d8a23rs)\n\
         error unsupported_instance_state [UnsupportedOperation.InstanceStatePending]: \
         instance InstanceIds.3 is in state PENDING, where its password cannot be reset (ins-9bxebleo)\n\
         error unsupported_instance_state [UnsupportedOperation.InstanceStateRescueMode]: \
         instance InstanceIds.5 is in state RESCUE_MODE, where its password cannot be reset (ins-a1b2c3d4)\n"
    );
}

#[test]
fn preflight_rejects_with_exit_1_in_chinese() {
    let r = run(
        &[
            "preflight",
            "--lang",
            "zh-CN",
            "--request",
            &data("request-all.json"),
            "--instances",
            &data("describe-instances.json"),
        ],
        "",
        &[ALL_PASSWORD],
    );
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stdout,
        "未通过（Windows 规则）\n\
         错误 instance_running [UnsupportedOperation.InstanceStateRunning]: \
         实例 InstanceIds.1 正在运行：请先关机，或设置 ForceStop (ins-5d8a23rs)\n\
         错误 unsupported_instance_state [UnsupportedOperation.InstanceStatePending]: \
         实例 InstanceIds.3 处于 PENDING 状态，此状态下不能重置密码 (ins-9bxebleo)\n\
         错误 unsupported_instance_state [UnsupportedOperation.InstanceStateRescueMode]: \
         实例 InstanceIds.5 处于 RESCUE_MODE 状态，此状态下不能重置密码 (ins-a1b2c3d4)\n"
    );
}

#[test]
fn preflight_json_in_both_languages() {
    // Malformed id, repetition, forced shutdown: the ids come from stdin.
    let request = json!({
        "Region": "ap-guangzhou",
        "InstanceIds": ["ins-5d8a23rs", "ins-R8HR2UPY", "ins-5d8a23rs", "ins-zzzzzzzz"],
        "Password": ALL_PASSWORD,
        "ForceStop": true,
    })
    .to_string();
    let args = |lang: &'static str| {
        vec![
            "--lang".to_owned(),
            lang.to_owned(),
            "preflight".to_owned(),
            "--json".to_owned(),
            "--request".to_owned(),
            "-".to_owned(),
            "--instances".to_owned(),
            data("describe-instances.json"),
        ]
    };
    let en: Vec<String> = args("en");
    let en: Vec<&str> = en.iter().map(String::as_str).collect();
    let r = run(&en, request.clone(), &[ALL_PASSWORD]);
    assert_eq!(r.status, 1);
    assert_eq!(
        json_of(&r),
        json!({
            "ok": false,
            "api": "cvm:ResetInstancesPassword",
            "policy": "windows",
            "violations": [{
                "code": "malformed_instance_id",
                "api_error_code": "InvalidInstanceId.Malformed",
                "message": "instance id InstanceIds.1 is malformed: it must be 'ins-' followed by 8 lowercase letters or digits",
                "parameter": "InstanceIds.1",
                "instance_index": 1,
            }],
            "warnings": [
                {
                    "code": "forced_shutdown",
                    "api_error_code": null,
                    "message": "instance InstanceIds.0 is running and ForceStop is set: a forced shutdown may lose data",
                    "parameter": "InstanceIds.0",
                    "instance_index": 0,
                    "instance_id": "ins-5d8a23rs",
                },
                {
                    "code": "duplicate_instance_id",
                    "api_error_code": null,
                    "message": "instance id InstanceIds.2 repeats InstanceIds.0",
                    "first": 0,
                    "parameter": "InstanceIds.2",
                    "instance_index": 2,
                    "instance_id": "ins-5d8a23rs",
                },
                {
                    "code": "undescribed_instance",
                    "api_error_code": null,
                    "message": "instance InstanceIds.3 is not among the described instances: its state is not checked, and its OS counts as Windows",
                    "parameter": "InstanceIds.3",
                    "instance_index": 3,
                    "instance_id": "ins-zzzzzzzz",
                },
            ],
        })
    );
    let zh: Vec<String> = args("zh-CN");
    let zh: Vec<&str> = zh.iter().map(String::as_str).collect();
    let r = run(&zh, request, &[ALL_PASSWORD]);
    assert_eq!(r.status, 1);
    let messages: Vec<_> = ["violations", "warnings"]
        .iter()
        .flat_map(|list| json_of(&r)[list].as_array().unwrap().clone())
        .map(|item| item["message"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        messages,
        [
            "实例 ID InstanceIds.1 格式错误：应为“ins-”后接 8 个小写字母或数字",
            "实例 InstanceIds.0 正在运行且设置了 ForceStop：强制关机可能导致数据丢失",
            "实例 ID InstanceIds.2 与 InstanceIds.0 重复",
            "实例 InstanceIds.3 不在已查询的实例之中：未检查其状态，其操作系统按 Windows 处理",
        ]
    );
}

#[test]
fn the_describe_instances_test_data_parses() {
    // With ForceStop, every instance of the file is described: none is
    // `undescribed_instance`, each state gives what it should.
    let request = json!({
        "InstanceIds": ["ins-r8hr2upy", "ins-5d8a23rs", "ins-0x7f3k2m",
                        "ins-9bxebleo", "ins-k3q8d1zw", "ins-a1b2c3d4"],
        "Password": ALL_PASSWORD,
        "ForceStop": true,
    })
    .to_string();
    let args = [
        "preflight",
        "--json",
        "--request",
        "-",
        "--instances",
        &data("describe-instances.json"),
    ];
    let r = run(&args, request, &[ALL_PASSWORD]);
    assert_eq!(r.status, 1);
    let report = json_of(&r);
    let entries = |list: &str| -> Vec<(String, u64)> {
        report[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                let code = i["api_error_code"]
                    .as_str()
                    .unwrap_or(i["code"].as_str().unwrap());
                (code.to_owned(), i["instance_index"].as_u64().unwrap())
            })
            .collect()
    };
    assert_eq!(report["policy"], "windows");
    assert_eq!(
        entries("violations"),
        [
            ("UnsupportedOperation.InstanceStatePending".to_owned(), 3),
            ("UnsupportedOperation.InstanceStateRescueMode".to_owned(), 5),
        ]
    );
    assert_eq!(entries("warnings"), [("forced_shutdown".to_owned(), 1)]);

    // The OS names: TencentOS, Ubuntu and Debian are Linux; one Windows
    // instance among them makes it Windows.
    for (ids, policy) in [
        (
            json!(["ins-r8hr2upy", "ins-0x7f3k2m", "ins-a1b2c3d4"]),
            "linux",
        ),
        (json!(["ins-r8hr2upy", "ins-k3q8d1zw"]), "windows"),
    ] {
        let request = json!({"InstanceIds": ids, "Password": ALL_PASSWORD}).to_string();
        let r = run(&args, request, &[ALL_PASSWORD]);
        assert_eq!(json_of(&r)["policy"], policy);
    }
}

#[test]
fn instances_as_tccli_prints_them_as_a_bare_array_or_as_the_raw_response_agree() {
    let object = std::fs::read_to_string(data("describe-instances.json")).unwrap();
    let wrapped = format!("{{\"Response\": {object}}}");
    let request = data("request-linux.json");
    let from_object = run(
        &[
            "preflight",
            "--request",
            &request,
            "--instances",
            &data("describe-instances.json"),
        ],
        "",
        &[LINUX_PASSWORD],
    );
    let from_array = run(
        &[
            "preflight",
            "--request",
            &request,
            "--instances",
            &data("instance-set.json"),
        ],
        "",
        &[LINUX_PASSWORD],
    );
    let from_response = run(
        &["preflight", "--request", &request, "--instances", "-"],
        wrapped,
        &[LINUX_PASSWORD],
    );
    assert_eq!(from_object.status, 0);
    assert!(from_object.stdout.starts_with("accepted (Linux rules)\n"));
    assert_eq!(from_array.stdout, from_object.stdout);
    assert_eq!(from_response.stdout, from_object.stdout);
}

#[test]
fn preflight_says_what_it_could_not_check() {
    let r = run(
        &["preflight", "--request", &data("request-linux.json")],
        "",
        &[LINUX_PASSWORD],
    );
    // Without facts, the Windows rules: 8 characters are too short.
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stdout,
        "rejected (Windows rules)\n\
         error too_short [InvalidParameterValue.InvalidPassword]: \
         password is too short: 8 characters, at least 12 required\n\
         note: no region given (Region or --region), so the region is not checked\n\
         note: no instance facts given (--instances), so states are not checked \
         and every instance counts as Windows\n"
    );
    let r = run(
        &[
            "--lang",
            "zh-CN",
            "preflight",
            "--request",
            &data("request-linux.json"),
        ],
        "",
        &[LINUX_PASSWORD],
    );
    assert!(r.stdout.ends_with(
        "注意：未指定地域（Region 或 --region），未检查地域\n\
         注意：未提供实例信息（--instances），未检查实例状态，每个实例按 Windows 处理\n"
    ));
}

#[test]
fn preflight_checks_the_region_from_the_body_or_the_flag() {
    let instances = data("describe-instances.json");
    let linux = data("request-linux.json");
    let r = run(
        &[
            "preflight",
            "--request",
            &linux,
            "--instances",
            &instances,
            "--region",
            "ap-mars-1",
        ],
        "",
        &[LINUX_PASSWORD],
    );
    assert_eq!(r.status, 1);
    assert!(r.stdout.contains(
        "error unsupported_region [UnsupportedRegion]: region is not supported: \
         ResetInstancesPassword is available in 18 regions\n"
    ));
    // The body's Region is ap-guangzhou.
    let all = data("request-all.json");
    let r = run(
        &["preflight", "--request", &all, "--region", "ap-guangzhou"],
        "",
        &[ALL_PASSWORD],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let r = run(
        &["preflight", "--request", &all, "--region", "ap-tokyo"],
        "",
        &[ALL_PASSWORD],
    );
    assert_eq!(r.status, 2);
    assert_eq!(
        r.stderr,
        "cvm-password: --region differs from the Region of the request body\n"
    );
}

// --- preflight: bad input ---------------------------------------------------------

#[test]
fn a_missing_file_is_an_input_error() {
    let r = run(&["preflight", "--request", "no/such/request.json"], "", &[]);
    assert_eq!(r.status, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .starts_with("cvm-password: --request: cannot read file 'no/such/request.json': "),
        "{}",
        r.stderr
    );
    let r = run(
        &[
            "preflight",
            "--request",
            &data("request-all.json"),
            "--instances",
            "no/such.json",
        ],
        "",
        &[ALL_PASSWORD],
    );
    assert_eq!(r.status, 2);
    assert!(r
        .stderr
        .starts_with("cvm-password: --instances: cannot read file 'no/such.json': "));
}

#[test]
fn malformed_json_is_an_input_error() {
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["preflight", "--request", "-"],
            "{\"InstanceIds\": [\"ins-r8hr2upy\"], \"Password\": \"Sx9#Tq2!Lm4@\"",
            "cvm-password: --request: malformed JSON: EOF while parsing an object at line 1 column 60\n",
        ),
        (
            &["preflight", "--request", "-"],
            "{\"Password\": \"Sx9#Tq2!Lm4@\",}",
            "cvm-password: --request: malformed JSON: trailing comma at line 1 column 29\n",
        ),
        (
            &["preflight", "--request", "-"],
            "{\"InstanceIds\": [\"ins-r8hr2upy\"], \"Password\": 20241127}",
            "cvm-password: --request: not a ResetInstancesPassword request body: \
             invalid type: number, expected `Password` as a string at line 1 column 54\n",
        ),
        (
            &["preflight", "--request", "-"],
            "{\"Passwd\": \"Sx9#Tq2!Lm4@\"}",
            "cvm-password: --request: not a ResetInstancesPassword request body: \
             unknown parameter: ResetInstancesPassword takes Region, InstanceIds, Password, \
             UserName and ForceStop at line 1 column 9\n",
        ),
    ];
    for (args, stdin, expected) in cases {
        let r = run(args, stdin, &["Sx9#Tq2!Lm4@", "20241127"]);
        assert_eq!(r.status, 2, "{stdin}");
        assert_eq!(r.stdout, "");
        assert_eq!(r.stderr, expected);
    }
}

#[test]
fn a_file_that_is_no_describe_instances_output_is_an_input_error() {
    let request = data("request-all.json");
    let cases = [
        (
            "{\"TotalCount\": 0}",
            "not a DescribeInstances output: expected an object with InstanceSet, or an InstanceSet array",
        ),
        ("\"ins-r8hr2upy\"", "not a DescribeInstances output: expected an object with InstanceSet, or an InstanceSet array"),
        ("{\"InstanceSet\": {}}", "InstanceSet is not an array"),
        ("[{\"OsName\": \"CentOS 7.9 64bit\"}]", "InstanceSet[0] has no InstanceId"),
        ("[{\"InstanceId\": \"ins-r8hr2upy\"}, 7]", "InstanceSet[1] is not an object"),
        ("[{\"InstanceId\": 7}]", "InstanceSet[0].InstanceId is not a string"),
        (
            "[{\"InstanceId\": \"ins-r8hr2upy\", \"OsName\": [\"Windows\"]}]",
            "InstanceSet[0].OsName is not a string",
        ),
        (
            "{\"Response\": {\"Error\": {\"Code\": \"AuthFailure.SignatureExpire\", \"Message\": \"expired\"}, \"RequestId\": \"x\"}}",
            "DescribeInstances answered an error, not instances",
        ),
        ("[1, 2", "malformed JSON: EOF while parsing a list at line 1 column 5"),
    ];
    for (stdin, expected) in cases {
        let r = run(
            &["preflight", "--request", &request, "--instances", "-"],
            stdin,
            &[ALL_PASSWORD],
        );
        assert_eq!(r.status, 2, "{stdin}");
        assert_eq!(r.stderr, format!("cvm-password: --instances: {expected}\n"));
    }
}

#[test]
fn invalid_utf8_and_empty_stdin_are_input_errors() {
    let r = run(
        &["preflight", "--request", "-"],
        b"{\"Password\": \"Sx9#\xc3\x28Tq2\"}".to_vec(),
        &["Sx9#", "Tq2"],
    );
    assert_eq!(r.status, 2);
    assert_eq!(
        r.stderr,
        "cvm-password: --request: standard input is not UTF-8 (invalid byte at offset 18)\n"
    );
    for stdin in ["", "  \n"] {
        let r = run(&["preflight", "--request", "-"], stdin, &[]);
        assert_eq!(r.status, 2);
        assert_eq!(
            r.stderr,
            "cvm-password: --request: standard input is empty\n"
        );
    }
    let r = run(
        &[
            "preflight",
            "--request",
            &data("request-all.json"),
            "--instances",
            "-",
        ],
        "",
        &[ALL_PASSWORD],
    );
    assert_eq!(r.status, 2);
    assert_eq!(
        r.stderr,
        "cvm-password: --instances: standard input is empty\n"
    );
    let r = run(
        &["preflight", "--request", "-", "--instances", "-"],
        "{}",
        &[],
    );
    assert_eq!(r.status, 2);
    assert_eq!(
        r.stderr,
        "cvm-password: only one of --request, --instances, --regions and --images can read standard input\n"
    );
}

// --- rules ------------------------------------------------------------------------

#[test]
fn rules_in_words_in_both_languages() {
    let r = run(&["rules", "--os", "linux"], "", &[]);
    assert_eq!(r.status, 0);
    assert_eq!(
        r.stdout,
        "Linux rules of cvm:ResetInstancesPassword\n\
         length: 8 to 30 characters; fewer than 12 are accepted with a warning\n\
         character categories: at least 3 of 4: lowercase letters, uppercase letters, digits, special characters\n\
         special characters: !#$%&'()*+,-./:;<=>?@[]^_`{|}~\n\
         disallowed: every other character, such as space, '\"', '\\', control characters and anything outside ASCII\n\
         first character: must not be '/'\n\
         username: not checked\n"
    );
    let r = run(&["rules", "--os", "windows"], "", &[]);
    assert_eq!(
        r.stdout.lines().collect::<Vec<_>>(),
        [
            "Windows rules of cvm:ResetInstancesPassword",
            "length: 12 to 30 characters",
            "character categories: at least 3 of 4: lowercase letters, uppercase letters, digits, special characters",
            "special characters: !#$%&'()*+,-./:;<=>?@[]^_`{|}~",
            "disallowed: every other character, such as space, '\"', '\\', control characters and anything outside ASCII",
            "first character: must not be '/'",
            "username: must not appear in the password, in any letter case; without a username, Administrator",
        ]
    );
    let r = run(&["rules", "--os", "mixed", "--lang", "zh-CN"], "", &[]);
    assert_eq!(
        r.stdout,
        "cvm:ResetInstancesPassword 的 Windows 规则\n\
         长度：12 到 30 个字符\n\
         字符类别：4 类中至少 3 类：小写字母、大写字母、数字、特殊字符\n\
         特殊字符：!#$%&'()*+,-./:;<=>?@[]^_`{|}~\n\
         不允许：其他任何字符，如空格、“\"”、“\\”、控制字符和非 ASCII 字符\n\
         首字符：不能是“/”\n\
         用户名：密码不能包含用户名（不区分大小写）；未指定用户名时为 Administrator\n"
    );
}

#[test]
fn rules_as_json() {
    let r = run(&["rules", "--os", "mixed", "--json"], "", &[]);
    assert_eq!(r.status, 0);
    assert_eq!(
        json_of(&r),
        json!({
            "policy": "windows",
            "min_length": 12,
            "max_length": 30,
            "recommended_min_length": 12,
            "required_categories": 3,
            "letters_as_one": false,
            "categories": ["lowercase", "uppercase", "digit", "special"],
            "specials": "!#$%&'()*+,-./:;<=>?@[]^_`{|}~",
            "space_allowed": false,
            "bans_leading_slash": true,
            "banned_first": "",
            "bans_username": true,
            "default_username": "Administrator",
            "username_min_checked": 3,
            "inspection_limit": 4096,
            "generated_length": 20,
        })
    );
    // The core's order, which a JSON map would sort.
    let at = |key: &str| r.stdout.find(&format!("\"{key}\"")).unwrap();
    let order = [
        "policy",
        "min_length",
        "max_length",
        "specials",
        "generated_length",
    ];
    assert!(order.map(at).is_sorted(), "{}", r.stdout);
    let r = run(
        &["--lang", "zh-CN", "rules", "--os", "linux", "--json"],
        "",
        &[],
    );
    let rules = json_of(&r);
    assert_eq!(rules["default_username"], Value::Null);
    assert_eq!(rules["policy"], "linux");
}

// --- robustness ---------------------------------------------------------------------

#[test]
fn a_reader_that_went_away_is_no_reason_to_panic() {
    use std::io::Write;
    use std::process::Stdio;

    // `check` reads standard input to its end before it writes anything, so
    // both outputs are closed before it writes: no race.
    for (stdin, status) in [("short\n", 1), ("", 2)] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cvm-password"))
            .args(["check", "--os", "linux"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        drop(child.stderr.take());
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.as_bytes()).unwrap();
        drop(input);
        assert_eq!(child.wait().unwrap().code(), Some(status), "{stdin:?}");
    }
}

// --- regions ------------------------------------------------------------------------

#[test]
fn a_region_named_elsewhere_is_a_warning_and_an_unknown_one_an_error() {
    let body = format!("{{\"InstanceIds\": [\"ins-r8hr2upy\"], \"Password\": \"{ALL_PASSWORD}\"}}");
    let run_in = |region: &str, extra: &[&str]| {
        let mut args = vec!["preflight", "--json", "--request", "-", "--region", region];
        args.extend(extra);
        let r = run(&args, body.clone(), &[ALL_PASSWORD]);
        (r.status, json_of(&r))
    };
    let (status, report) = run_in("ap-guiyang", &[]);
    assert_eq!(status, 0);
    assert_eq!(report["warnings"][0]["code"], "region_not_listed");
    let (status, report) = run_in("ap-mars-1", &[]);
    assert_eq!(status, 1);
    assert_eq!(
        report["violations"][0]["api_error_code"],
        "UnsupportedRegion"
    );
    // What DescribeRegions lists beats the built-in lists.
    let regions =
        std::env::temp_dir().join(format!("cvm-password-regions-{}.json", std::process::id()));
    std::fs::write(
        &regions,
        r#"{"Response": {"TotalCount": 2, "RegionSet": [
            {"Region": "ap-mars-1", "RegionName": "Mars", "RegionState": "AVAILABLE"},
            {"Region": "ap-guiyang", "RegionName": "Guiyang", "RegionState": "UNAVAILABLE"}
        ], "RequestId": "x"}}"#,
    )
    .unwrap();
    let file = regions.to_str().unwrap();
    let (status, report) = run_in("ap-mars-1", &["--regions", file]);
    assert_eq!(
        (status, report["warnings"].as_array().unwrap().len()),
        (0, 0)
    );
    let (status, report) = run_in("ap-guiyang", &["--regions", file]);
    assert_eq!(status, 1);
    assert_eq!(report["violations"][0]["code"], "unsupported_region");
    std::fs::write(&regions, r#"{"RegionSet": [{"RegionName": "Mars"}]}"#).unwrap();
    let r = run(
        &["preflight", "--request", "-", "--regions", file],
        body.clone(),
        &[ALL_PASSWORD],
    );
    assert_eq!(r.status, 2);
    assert_eq!(
        r.stderr,
        "cvm-password: --regions: RegionSet[0] has no Region\n"
    );
    std::fs::remove_file(&regions).unwrap();
}
