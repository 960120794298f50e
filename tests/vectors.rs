//! The interface vectors (`tests/vectors/interface.json`) through the Rust
//! API. The CLI (`cli/tests/vectors.rs`), the JavaScript package
//! (`wasm/js-tests/vectors.test.mjs`) and the Python package run the same
//! file, so every interface gives the same codes, figures and messages.

use crate::layout;

use cvm_password::{Api, Category, Figure, Figures, Lang, Os, Policy, Reading, RuleValue};
use serde_json::{json, Map, Value};

const VECTORS: &str = include_str!("vectors/interface.json");

/// What an interface answered, in the vector file's shape.
fn verdict(
    password: &str,
    targets: &[Os],
    username: Option<&str>,
    api: &Api,
    reading: Reading,
) -> Value {
    // A violation has an API error code, `null` where the API lists none;
    // a warning has none at all.
    let item = |code: &str, api: Option<Option<&str>>, figures: Figures, en: String, zh: String| {
        let mut item = Map::new();
        item.insert("code".into(), code.into());
        if let Some(api) = api {
            item.insert("api_error_code".into(), api.into());
        }
        let figures: Map<String, Value> = figures
            .map(|(name, figure)| (name.to_owned(), figure_json(figure)))
            .collect();
        item.insert("figures".into(), figures.into());
        item.insert("message".into(), json!({ "en": en, "zh-CN": zh }));
        Value::Object(item)
    };
    let checked = api.check(password, targets.iter().copied(), username, reading);
    match checked.result() {
        Ok(_) => json!({
            "ok": true,
            "violations": [],
            "warnings": checked.warnings().map(|w| item(
                w.code(),
                None,
                w.figures(),
                w.message(Lang::En).to_string(),
                w.message(Lang::ZhCn).to_string(),
            )).collect::<Vec<_>>(),
        }),
        Err(rejected) => json!({
            "ok": false,
            "violations": rejected.violations().map(|v| item(
                v.code(),
                Some(api.password_error_code()),
                v.figures(),
                v.message(Lang::En).to_string(),
                v.message(Lang::ZhCn).to_string(),
            )).collect::<Vec<_>>(),
            "warnings": [],
        }),
    }
}

fn figure_json(figure: Figure) -> Value {
    match figure {
        Figure::Count(n) => n.into(),
        Figure::Categories(set) => set.iter().map(Category::name).collect(),
        Figure::Characters(set) => set.to_string().into(),
        Figure::Text(text) => text.into(),
        other => panic!("a figure the vectors do not know: {other:?}"),
    }
}

fn cases() -> Vec<Value> {
    let vectors: Value = serde_json::from_str(VECTORS).expect("the vector file is JSON");
    vectors["check"]
        .as_array()
        .expect("a list of cases")
        .clone()
}

/// The case's API (by default `cvm:ResetInstancesPassword`) and reading.
fn api_and_reading(case: &Value) -> (&'static Api, Reading) {
    let api = case["api"]
        .as_str()
        .map_or(Api::DEFAULT, |name| Api::from_name(name).unwrap());
    let reading = if case["strict"] == true {
        Reading::Strict
    } else {
        Reading::Common
    };
    (api, reading)
}

/// The case's password, or `None` when Rust cannot hold it.
fn password(case: &Value) -> Option<String> {
    let once = case["password"].as_str()?;
    let times = case["repeat"].as_u64().unwrap_or(1);
    Some(once.repeat(usize::try_from(times).unwrap()))
}

fn targets(case: &Value) -> Vec<Os> {
    case["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| Os::from_name(t.as_str().unwrap()).unwrap())
        .collect()
}

/// Runs `run` on every case Rust can hold, with its name, password,
/// targets, username, API and reading, and what it expects.
fn each_case(mut run: impl FnMut(&str, &str, &[Os], Option<&str>, &'static Api, Reading, &Value)) {
    let mut ran = 0;
    for case in cases() {
        let name = case["name"].as_str().unwrap();
        if case["skip"].get("rust").is_some() {
            assert!(
                case.get("password").is_none(),
                "{name}: skipped, yet a Rust string"
            );
            continue;
        }
        let password = password(&case).unwrap_or_else(|| panic!("{name}: no password"));
        let username = case.get("username").map(|u| u.as_str().unwrap());
        let (api, reading) = api_and_reading(&case);
        run(
            name,
            &password,
            &targets(&case),
            username,
            api,
            reading,
            &case["expect"],
        );
        ran += 1;
    }
    // Every case but the two lone-surrogate ones, which only JavaScript holds.
    assert_eq!(ran, cases().len() - 2);
}

#[test]
fn every_vector_gives_its_verdict_through_the_rust_api() {
    each_case(|name, password, targets, username, api, reading, expect| {
        assert_eq!(
            verdict(password, targets, username, api, reading),
            *expect,
            "{name}"
        );
    });
}

/// The report's findings under `key` in the vector file's shape: its
/// figures are the members other than `code`, `api_error_code` and
/// `message`, and a warning's API error code is `null`, which the vectors
/// leave out.
fn reported(en: &Value, zh: &Value, key: &str) -> Value {
    let en = en[key].as_array().unwrap();
    let zh = zh[key].as_array().unwrap();
    assert_eq!(en.len(), zh.len());
    en.iter()
        .zip(zh)
        .map(|(en, zh)| {
            let mut figures = en.as_object().unwrap().clone();
            let mut item = Map::new();
            item.insert("code".into(), figures.remove("code").unwrap());
            let api_error_code = figures.remove("api_error_code").unwrap();
            if key == "violations" {
                item.insert("api_error_code".into(), api_error_code);
            } else {
                assert_eq!(api_error_code, Value::Null);
            }
            figures.remove("message");
            item.insert("figures".into(), figures.into());
            item.insert(
                "message".into(),
                json!({ "en": en["message"], "zh-CN": zh["message"] }),
            );
            Value::Object(item)
        })
        .collect()
}

#[test]
fn every_vector_gives_its_verdict_through_the_json_report() {
    each_case(|name, password, targets, username, api, reading, expect| {
        let checked = api.check(password, targets.iter().copied(), username, reading);
        let en = layout::value(&checked.report(Lang::En));
        let zh = layout::value(&checked.report(Lang::ZhCn));
        let text = layout::compact(&checked.report(Lang::En));
        assert_eq!(
            layout::keys(&text),
            ["ok", "api", "policy", "violations", "warnings"],
            "{name}"
        );
        assert_eq!(en["api"], api.name(), "{name}");
        assert_eq!(en["policy"], checked.policy().name(), "{name}");
        let got = json!({
            "ok": en["ok"],
            "violations": reported(&en, &zh, "violations"),
            "warnings": reported(&en, &zh, "warnings"),
        });
        assert_eq!(got, *expect, "{name}");
    });
}

#[test]
fn the_vectors_cover_what_every_interface_must_agree_on() {
    let cases = cases();
    let has = |pred: &dyn Fn(&Value) -> bool| cases.iter().any(pred);
    assert!(has(&|c| c["username"] == ""), "an empty username");
    assert!(has(&|c| c.get("username").is_none()), "no username");
    for length in [1, 2] {
        assert!(
            has(&|c| c["username"]
                .as_str()
                .is_some_and(|u| u.chars().count() == length)),
            "a name of {length} characters"
        );
    }
    assert!(has(&|c| c["username"]
        .as_str()
        .is_some_and(|u| !u.is_ascii())));
    assert!(
        has(&|c| c.get("password_utf16").is_some()),
        "a lone surrogate"
    );
    assert!(
        has(&|c| c["repeat"].as_u64() > Some(4096)),
        "past the limit"
    );
    let specials: String = cases
        .iter()
        .filter(|c| c["expect"]["ok"] == true)
        .filter_map(|c| c["password"].as_str())
        .collect();
    assert!(
        Policy::WINDOWS
            .specials()
            .iter()
            .all(|s| specials.contains(s)),
        "every special in an accepted password"
    );
    let codes: Vec<&str> = cases
        .iter()
        .flat_map(|c| {
            let expect = &c["expect"];
            let v = expect["violations"].as_array().unwrap();
            let w = expect["warnings"].as_array().unwrap();
            v.iter().chain(w).map(|i| i["code"].as_str().unwrap())
        })
        .collect();
    for code in [
        "too_short",
        "too_long",
        "leading_slash",
        "too_few_categories",
        "disallowed_character",
        "contains_username",
        "shorter_than_recommended",
        "banned_first_character",
        "disputed_rule",
    ] {
        assert!(codes.contains(&code), "{code}");
    }
    // A case for every family, its letter from the API's.
    let families: std::collections::BTreeSet<char> = cases
        .iter()
        .map(|c| api_and_reading(c).0.family().letter())
        .collect();
    assert_eq!(families.into_iter().collect::<String>(), "ABCDEFGHI");
}

#[test]
fn the_rules_description_is_the_one_every_front_end_gives() {
    let vectors: Value = serde_json::from_str(VECTORS).unwrap();
    for case in vectors["rules"].as_array().unwrap() {
        let (api, reading) = api_and_reading(case);
        let rules = api.rules(targets(case), reading);
        let fields: Map<String, Value> = rules
            .fields()
            .map(|(field, value)| {
                let value = match value {
                    RuleValue::Count(n) => n.into(),
                    RuleValue::Flag(flag) => flag.into(),
                    RuleValue::Name(name) => name.map_or(Value::Null, Value::from),
                    RuleValue::Specials(specials) => specials.to_string().into(),
                    RuleValue::Categories(set) => set.iter().map(Category::name).collect(),
                    RuleValue::Characters(set) => set.to_string().into(),
                    other => panic!("a value the vectors do not know: {other:?}"),
                };
                (field.name().to_owned(), value)
            })
            .collect();
        assert_eq!(Value::Object(fields), case["expect"], "{}", case["targets"]);
    }
}

#[test]
fn the_rules_description_as_json_is_the_vectors() {
    let vectors: Value = serde_json::from_str(VECTORS).unwrap();
    for case in vectors["rules"].as_array().unwrap() {
        let (api, reading) = api_and_reading(case);
        let rules = api.rules(targets(case), reading);
        assert_eq!(layout::value(&rules), case["expect"], "{}", case["targets"]);
        let names: Vec<&str> = rules.fields().map(|(field, _)| field.name()).collect();
        assert_eq!(layout::keys(&layout::compact(&rules)), names);
    }
}
