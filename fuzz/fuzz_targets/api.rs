//! `Api::check` on a drawn API, batch, reading, username and password,
//! against the naive model of every API's rules (tests/model/apis.rs): in
//! the common reading code for code, errors and disputed rules alike; in the
//! strict reading, accepted exactly when every source of the API accepts.

#![no_main]

use arbitrary::Arbitrary;
use cvm_password::{Api, Os, Reading, Warning};
use cvm_password_fuzz::model;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    api: u8,
    targets: Vec<Os>,
    strict: bool,
    username: Option<String>,
    // Last, so that it takes the rest of the input.
    password: String,
}

fuzz_target!(|input: Input| {
    let Input {
        api,
        targets,
        strict,
        username,
        password,
    } = input;
    let api = &Api::ALL[usize::from(api) % Api::ALL.len()];
    let reading = if strict {
        Reading::Strict
    } else {
        Reading::Common
    };
    let username = username.as_deref();

    let verdict = api.check(&password, targets.iter().copied(), username, reading);
    let errors: Vec<&str> = verdict
        .violations()
        .map(|v| v.map(|v| v.code()).collect())
        .unwrap_or_default();
    let disputed: Vec<&str> = verdict
        .warnings()
        .filter_map(|w| match w {
            Warning::DisputedRule { violation, .. } => Some(violation.code()),
            _ => None,
        })
        .collect();
    let (want_errors, want_disputed) =
        model::apis::model(api.name()).verdict(&password, &targets, username, strict);
    if strict {
        assert_eq!(errors.is_empty(), want_errors.is_empty(), "{}", api.name());
        assert!(disputed.is_empty());
    } else {
        assert_eq!(
            (errors, disputed),
            (want_errors, want_disputed),
            "{}",
            api.name()
        );
    }
});
