//! `generate` and `apis` through the built binary: passwords every source
//! of their API accepts (100,000 per API and batch in an optimized build,
//! as scripts/test.sh runs it), the portable default, and the list of APIs.

use assert_cmd::Command;
use cvm_password::{Api, Os, Reading};
use serde_json::{json, Value};

/// How many passwords per API and batch.
const GENERATED: usize = if cfg!(debug_assertions) { 500 } else { 100_000 };

fn cli(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

const BATCHES: [(&str, &[Os]); 3] = [
    ("linux", &[Os::Linux]),
    ("windows", &[Os::Windows]),
    ("linux,windows", &[Os::Linux, Os::Windows]),
];

#[test]
fn generated_passwords_meet_every_source_of_their_api() {
    let count = GENERATED.to_string();
    for api in Api::ALL {
        for (os, targets) in BATCHES {
            let (status, out, err) = cli(&[
                "generate",
                "--api",
                api.name(),
                "--os",
                os,
                "--count",
                &count,
            ]);
            assert_eq!((status, err.as_str()), (0, ""), "{} {os}", api.name());
            let passwords: Vec<&str> = out.lines().collect();
            assert_eq!(passwords.len(), GENERATED);
            for password in passwords {
                let verdict = api.check(password, targets.iter().copied(), None, Reading::Strict);
                assert!(verdict.is_ok(), "{} {os}", api.name());
            }
        }
    }
}

#[test]
fn without_an_api_passwords_meet_every_api_of_families_a_to_d() {
    let count = GENERATED.to_string();
    for (os, targets) in BATCHES {
        let (status, out, _) = cli(&["generate", "--os", os, "--count", &count]);
        assert_eq!(status, 0);
        for password in out.lines() {
            assert_eq!(password.chars().count(), 20);
            for api in Api::ALL.iter().filter(|api| api.family().is_portable()) {
                let verdict = api.check(password, targets.iter().copied(), None, Reading::Strict);
                assert!(verdict.is_ok(), "{} {os}", api.name());
            }
        }
    }
}

#[test]
fn generate_takes_a_length_a_username_and_says_why_it_cannot() {
    let (status, out, _) = cli(&[
        "generate", "--os", "windows", "--length", "12", "--user", "Bob", "--count", "50",
    ]);
    assert_eq!(status, 0);
    assert!(out
        .lines()
        .all(|p| p.len() == 12 && !p.to_ascii_lowercase().contains("bob")));
    let (status, out, err) = cli(&[
        "generate",
        "--api",
        "emr:CreateCluster",
        "--os",
        "linux",
        "--length",
        "20",
    ]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "cvm-password: generate: cannot generate a password of 20 characters: the policy accepts 8 to 16\n"
    );
    // Its help says it prints secrets.
    let (_, help, _) = cli(&["generate", "--help"]);
    assert!(help.contains("It prints secrets by design"), "{help}");
}

#[test]
fn an_unknown_api_is_a_usage_error_that_quotes_nothing() {
    let (status, out, err) = cli(&["check", "--os", "linux", "--api", "Secret#Pass1"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(!err.contains("Secret#Pass1"), "{err}");
    assert!(err.starts_with(
        "error: invalid value for --api <API>: an API must be service:Action, such as cvm:RunInstances; `cvm-password apis` lists them\n"
    ), "{err}");
}

#[test]
fn preflight_names_the_apis_whose_requests_it_reads() {
    let (status, _, err) = cli(&["preflight", "--api", "batch:SubmitJob", "--request", "-"]);
    assert_eq!(status, 2);
    assert_eq!(
        err,
        "cvm-password: --api: the pre-flight reads the requests of cvm:ResetInstancesPassword, \
         lighthouse:CreateInstances, lighthouse:ResetInstance, cvm:CreateLaunchTemplate, \
         cvm:ResetInstance, cvm:RunInstances, as:CreateLaunchConfiguration only; \
         for another API, check the password alone\n"
    );
}

#[test]
fn apis_lists_every_api_and_every_unmapped_parameter() {
    let (status, text, _) = cli(&["apis"]);
    assert_eq!(status, 0);
    assert!(text.starts_with("cvm:ResetInstancesPassword  family reset (A)\n  tccli 3.1.189.1 tccli/services/cvm/v20170312/api.json ResetInstancesPassword Password sha256:"));
    assert!(
        text.ends_with("40 APIs mapped from 43 parameters; 10 parameters unmapped\n"),
        "{text}"
    );
    let (status, json, _) = cli(&["apis", "--json"]);
    assert_eq!(status, 0);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["counts"]["apis"], 40);
    assert_eq!(json["counts"]["mapped_parameters"], 43);
    assert_eq!(json["counts"]["unmapped_parameters"], 10);
    let run = json["apis"]
        .as_array()
        .unwrap()
        .iter()
        .find(|api| api["name"] == "cvm:RunInstances")
        .unwrap();
    assert_eq!(
        (&run["family"], &run["letter"]),
        (&json!("cvm_login"), &json!("C"))
    );
    assert_eq!(run["sources"].as_array().unwrap().len(), 2);
    assert_eq!(run["sources"][0]["linux"]["required_categories"], 2);
    assert_eq!(run["sources"][1]["linux"]["required_categories"], 3);
    let rules: Vec<&str> = run["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "leading_slash",
            "too_few_categories",
            "disallowed_character",
            "contains_username"
        ]
    );
}
