//! Every mapped API at its boundaries through the built binary's
//! `check --api A --json`: the lengths on either side of each bound, too
//! few categories, a special of the 30 that some lists lack, a banned first
//! character, the administrator's name; for Linux and for Windows, in both
//! readings. Each report must be the library's verdict, code for code and
//! message for message (`tests/apis.rs` holds the library to the naive
//! model, at the same boundaries and more).

use assert_cmd::Command;
use cvm_password::{Api, Lang, Os, Reading};
use serde_json::Value;

/// A password the policy should accept, of `length` characters: the four
/// categories first, then letters.
fn valid(length: usize) -> String {
    "aB3!"
        .chars()
        .chain("cdefghjkmnpqrstuvwxyz".chars().cycle())
        .take(length)
        .collect()
}

fn report(api: &Api, os: &str, reading: Reading, password: &str) -> Value {
    let mut args = vec!["check", "--json", "--os", os, "--api", api.name()];
    if reading == Reading::Strict {
        args.push("--strict");
    }
    let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .args(&args)
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    let ok = output.status.code() == Some(0);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["ok"], ok);
    report
}

/// The library's verdict in the CLI's shape: code, API error code and
/// message of each item.
fn expected(api: &Api, os: Os, reading: Reading, password: &str) -> (bool, Vec<[Value; 3]>) {
    let verdict = api.check(password, [os], None, reading);
    let items: Vec<[Value; 3]> = match verdict.violations() {
        Some(violations) => violations
            .map(|v| {
                [
                    v.code().into(),
                    api.password_error_code().into(),
                    v.message(Lang::En).to_string().into(),
                ]
            })
            .collect(),
        None => verdict
            .warnings()
            .map(|w| {
                [
                    w.code().into(),
                    Value::Null,
                    w.message(Lang::En).to_string().into(),
                ]
            })
            .collect(),
    };
    (verdict.is_ok(), items)
}

fn actual(report: &Value) -> (bool, Vec<[Value; 3]>) {
    let items = ["violations", "warnings"]
        .iter()
        .flat_map(|list| report[list].as_array().unwrap().clone())
        .map(|item| {
            [
                item["code"].clone(),
                item["api_error_code"].clone(),
                item["message"].clone(),
            ]
        })
        .collect();
    (report["ok"] == true, items)
}

#[test]
fn every_api_at_its_boundaries_through_the_cli() {
    let mut checked = 0;
    for api in Api::ALL {
        for (os, name) in [(Os::Linux, "linux"), (Os::Windows, "windows")] {
            for reading in [Reading::Common, Reading::Strict] {
                let policy = api.policy([os], reading);
                let (min, max) = (policy.min_length(), policy.max_length());
                let base = valid(12.clamp(min, max));
                let passwords = [
                    valid(min - 1),
                    valid(min),
                    valid(max),
                    valid(max + 1),
                    "abcdefgh12345".to_owned(),
                    "abcdefghABCD".to_owned(),
                    format!("{}_{}", &base[..6], &base[7..]),
                    format!("{}<{}", &base[..6], &base[7..]),
                    format!("/{}", &base[1..]),
                    format!("!{}", &base[1..]),
                    "xAdministrator1!".to_owned(),
                ];
                for password in &passwords {
                    let got = actual(&report(api, name, reading, password));
                    let want = expected(api, os, reading, password);
                    assert_eq!(got, want, "{} {name} {reading:?} {password}", api.name());
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 40 * 2 * 2 * 11);
}
