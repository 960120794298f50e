//! The interface vectors (`tests/vectors/interface.json` of the core)
//! through the built binary's `check --json`, in both languages: the same
//! codes, figures and messages as the Rust API, the JavaScript package and
//! the Python package.

use assert_cmd::Command;
use serde_json::{json, Map, Value};

const VECTORS: &str = include_str!("../../tests/vectors/interface.json");

/// Keys of a `--json` item that are not figures.
const NOT_FIGURES: [&str; 5] = [
    "code",
    "api_error_code",
    "message",
    "instance_index",
    "instance_id",
];

/// `check --json` of `password` in `lang`: the exit status and the report.
fn check(
    password: &str,
    targets: &str,
    username: Option<&str>,
    api: &[&str],
    lang: &str,
) -> (i32, Value) {
    let mut args = vec!["--lang", lang, "check", "--json"];
    // No target: `--os` left out, any OS.
    if !targets.is_empty() {
        args.extend(["--os", targets]);
    }
    args.extend(api);
    if let Some(name) = username {
        args.extend(["--user", name]);
    }
    // One trailing line break is dropped, so a password may end in one.
    let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .args(&args)
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    (
        output.status.code().unwrap(),
        serde_json::from_str(&stdout).unwrap(),
    )
}

/// The two reports of a password, English and Chinese, in the vector
/// file's shape.
fn verdict(password: &str, targets: &str, username: Option<&str>, api: &[&str]) -> Value {
    let (status, en) = check(password, targets, username, api, "en");
    let (status_zh, zh) = check(password, targets, username, api, "zh-CN");
    assert_eq!(status, status_zh);
    assert_eq!(status, if en["ok"] == true { 0 } else { 1 });
    let items = |list: &str| -> Vec<Value> {
        let en = en[list].as_array().unwrap();
        let zh = zh[list].as_array().unwrap();
        assert_eq!(en.len(), zh.len());
        en.iter()
            .zip(zh)
            .map(|(en, zh)| {
                let mut item = Map::new();
                item.insert("code".into(), en["code"].clone());
                // A violation has an API error code, `null` where the API
                // lists none; a warning has none at all.
                if list == "violations" {
                    item.insert("api_error_code".into(), en["api_error_code"].clone());
                }
                let figures: Map<String, Value> = en
                    .as_object()
                    .unwrap()
                    .iter()
                    .filter(|(key, _)| !NOT_FIGURES.contains(&key.as_str()))
                    .map(|(key, value)| (key.clone(), value.clone()))
                    .collect();
                item.insert("figures".into(), figures.into());
                item.insert(
                    "message".into(),
                    json!({ "en": en["message"], "zh-CN": zh["message"] }),
                );
                Value::Object(item)
            })
            .collect()
    };
    json!({ "ok": en["ok"], "violations": items("violations"), "warnings": items("warnings") })
}

/// `--api` and `--strict` as the case asks.
fn api_flags(case: &Value) -> Vec<&str> {
    let mut flags = Vec::new();
    if let Some(api) = case["api"].as_str() {
        flags.extend(["--api", api]);
    }
    if case["strict"] == true {
        flags.push("--strict");
    }
    flags
}

/// The case's targets as `--os` takes them.
fn targets(case: &Value) -> String {
    let names: Vec<&str> = case["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    names.join(",")
}

#[test]
fn every_vector_gives_its_verdict_through_the_cli() {
    let vectors: Value = serde_json::from_str(VECTORS).unwrap();
    let cases = vectors["check"].as_array().unwrap();
    let mut ran = 0;
    for case in cases {
        let name = case["name"].as_str().unwrap();
        if case["skip"].get("cli").is_some() {
            continue;
        }
        let times = usize::try_from(case["repeat"].as_u64().unwrap_or(1)).unwrap();
        let password = case["password"].as_str().unwrap().repeat(times);
        let username = case.get("username").map(|u| u.as_str().unwrap());
        assert_eq!(
            verdict(&password, &targets(case), username, &api_flags(case)),
            case["expect"],
            "{name}"
        );
        ran += 1;
    }
    // All but the empty password and the two lone surrogates.
    assert_eq!(ran, cases.len() - 3);
}

#[test]
fn rules_json_is_the_cores_description_as_every_front_end_gives_it() {
    let vectors: Value = serde_json::from_str(VECTORS).unwrap();
    let mut ran = 0;
    for case in vectors["rules"].as_array().unwrap() {
        if case["skip"].get("cli").is_some() {
            continue;
        }
        let targets = targets(case);
        let os: &[&str] = if targets.is_empty() {
            &[]
        } else {
            &["--os", &targets]
        };
        let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
            .args(["rules", "--json"])
            .args(os)
            .args(api_flags(case))
            .output()
            .unwrap();
        let rules: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(rules, case["expect"], "{targets}");
        ran += 1;
    }
    assert_eq!(ran, vectors["rules"].as_array().unwrap().len());
}
