//! `preflight --api` for the APIs with login settings: the body read as the
//! API's reference documents it, the OS from `--os`, `--images` or
//! `--instances`, each problem with the API's own code.

use assert_cmd::Command;
use serde_json::{json, Value};

fn preflight(args: &[&str], body: &Value) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .arg("preflight")
        .args(args)
        .args(["--request", "-"])
        .write_stdin(body.to_string())
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "cvm-password-preflight-apis-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

const PASSWORD: &str = "Zq7#Vendor-Secret";

#[test]
fn run_instances_with_a_password_and_keys_on_a_windows_image() {
    let images = file(
        "images.json",
        r#"{"ImageSet": [{"ImageId": "img-9qabwvbn", "OsName": "Windows Server 2022 DataCenter 64bit"}]}"#,
    );
    let body = json!({
        "ImageId": "img-9qabwvbn",
        "Placement": {"Zone": "ap-guangzhou-6"},
        "LoginSettings": {"Password": PASSWORD, "KeyIds": ["skey-3glfot13"]},
    });
    let (status, out, err) = preflight(&["--api", "cvm:RunInstances", "--images", &images], &body);
    assert_eq!((status, err.as_str()), (1, ""));
    assert_eq!(
        out,
        "rejected (cvm:RunInstances rules)\n\
         error password_with_keys [InvalidParameterCombination]: password and keys at once: KeyIds cannot be given with a Password\n\
         error keys_on_windows [UnsupportedOperation.KeyPairUnsupportedWindows]: keys on Windows: a Windows instance takes no KeyIds\n"
    );
    assert!(!out.contains("Secret"));

    let (status, out, _) = preflight(
        &["--api", "cvm:RunInstances", "--images", &images, "--json"],
        &body,
    );
    assert_eq!(status, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["api"], "cvm:RunInstances");
    assert_eq!(report["ok"], false);
    assert_eq!(report["violations"][1]["parameter"], "LoginSettings.KeyIds");
}

#[test]
fn an_unknown_os_is_the_strictest_and_says_so() {
    // `_` is one of the page's specials but not the reference's.
    let body = json!({"LoginSettings": {"Password": "abc123ABC_xyz"}});
    let (status, out, _) = preflight(&["--api", "cvm:RunInstances"], &body);
    assert_eq!(status, 0);
    assert!(
        out.starts_with("accepted (cvm:RunInstances rules)\nwarning disputed_rule: "),
        "{out}"
    );
    assert!(out.ends_with(
        "note: the OS is not known (--os, --images or --instances), so the strictest rules apply\n"
    ), "{out}");
    let (status, out, _) = preflight(
        &["--api", "cvm:RunInstances", "--strict", "--os", "linux"],
        &body,
    );
    assert_eq!(status, 1);
    assert!(
        out.contains("error disallowed_character [InvalidParameterValue.InvalidPassword]"),
        "{out}"
    );
    assert!(!out.contains("note:"), "{out}");
}

#[test]
fn lighthouse_login_configuration() {
    let body = json!({"BundleId": "bundle_gen_01", "BlueprintId": "lhbp-f1lkcd41",
                      "LoginConfiguration": {"AutoGeneratePassword": "NO"}});
    let (status, out, _) = preflight(
        &[
            "--api",
            "lighthouse:CreateInstances",
            "--os",
            "windows",
            "--lang",
            "zh-CN",
        ],
        &body,
    );
    assert_eq!(status, 1);
    assert_eq!(
        out,
        "未通过（lighthouse:CreateInstances 规则）\n错误 missing_password: 缺少密码：AutoGeneratePassword 为 NO 时 Password 为必填参数\n"
    );
    let body = json!({"InstanceId": "lhins-abcdefgh", "LoginConfiguration": {"AutoGeneratePassword": "YES"}});
    let (status, out, _) = preflight(
        &["--api", "lighthouse:ResetInstance", "--os", "linux"],
        &body,
    );
    assert_eq!(status, 1);
    assert!(
        out.contains("[UnsupportedOperation.OperationNotSupportAutoGeneratePassword]"),
        "{out}"
    );
}

#[test]
fn input_errors_name_the_flag_and_quote_nothing() {
    let body = json!({"LoginSettings": {"Password": PASSWORD}, PASSWORD: 1});
    let (status, out, err) = preflight(&["--api", "as:CreateLaunchConfiguration"], &body);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "cvm-password: --request: not a as:CreateLaunchConfiguration request body: unknown parameter: as:CreateLaunchConfiguration takes the 29 parameters of its reference, and Region\n"
    );
    let images = file(
        "not-images.json",
        &format!("[{{\"ImageId\": {PASSWORD:?}, \"OsName\": 7}}]"),
    );
    let body = json!({"LoginSettings": {}});
    let (status, _, err) = preflight(&["--api", "cvm:RunInstances", "--images", &images], &body);
    assert_eq!(status, 2);
    assert_eq!(
        err,
        "cvm-password: --images: ImageSet[0].OsName is not a string\n"
    );
}

/// A key given twice, at the top or nested, is an input error (exit 2) that
/// names its path, for every API the pre-flight reads: an invalid password
/// cannot hide behind a valid one.
#[test]
fn a_repeated_key_is_refused_with_its_path() {
    let cases = [
        (
            "cvm:RunInstances",
            format!(r#"{{"LoginSettings": {{"Password": "short", "Password": "{PASSWORD}"}}}}"#),
            "LoginSettings.Password",
        ),
        (
            "cvm:RunInstances",
            format!(r#"{{"LoginSettings": {{}}, "LoginSettings": {{"Password": "{PASSWORD}"}}}}"#),
            "LoginSettings",
        ),
        (
            "lighthouse:CreateInstances",
            format!(
                r#"{{"LoginConfiguration": {{"AutoGeneratePassword": "NO", "Password": "{PASSWORD}", "Password": "x"}}}}"#
            ),
            "LoginConfiguration.Password",
        ),
        (
            "cvm:ResetInstancesPassword",
            format!(
                r#"{{"InstanceIds": ["ins-r8hr2upy"], "Password": "x", "Password": "{PASSWORD}"}}"#
            ),
            "Password",
        ),
    ];
    for (api, body, path) in cases {
        let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
            .args(["preflight", "--api", api, "--request", "-"])
            .write_stdin(body)
            .output()
            .unwrap();
        let err = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{api}");
        assert_eq!(
            err,
            format!("cvm-password: --request: repeated key {path}: a key may be given once in an object\n"),
        );
        assert!(output.stdout.is_empty());
        assert!(!err.contains("Secret"));
    }
}
