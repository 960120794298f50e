//! The bindings, run as WebAssembly in Node by wasm-bindgen-test:
//! JavaScript values in, JavaScript values out, JavaScript exceptions.
//!
//! ```text
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!     cargo test -p cvm-password-wasm --target wasm32-unknown-unknown
//! ```
#![cfg(target_arch = "wasm32")]

use cvm_password::Policy;
use cvm_password_wasm::{check, form_attributes, generate, rules};
use js_sys::{Array, JsString, Object, RangeError, Reflect, TypeError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn targets(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|n| JsValue::from_str(n))
        .collect::<Array>()
        .into()
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

fn codes(result: &JsValue) -> Vec<String> {
    Array::from(&get(result, "violations"))
        .iter()
        .map(|v| get(&v, "code").as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
fn check_returns_a_plain_object_with_every_violation() {
    let result = check(
        "/short".into(),
        options(&[("targets", targets(&["linux"]))]),
    )
    .unwrap();
    assert_eq!(get(&result, "ok"), JsValue::FALSE);
    assert_eq!(get(&result, "length").as_f64(), Some(6.0));
    assert_eq!(
        codes(&result),
        ["too_short", "leading_slash", "too_few_categories"]
    );
    let first = Array::from(&get(&result, "violations")).get(0);
    assert_eq!(get(&first, "min").as_f64(), Some(8.0));
    assert_eq!(
        get(&first, "apiErrorCode").as_string().unwrap(),
        "InvalidParameterValue.InvalidPassword"
    );
    assert_eq!(get(&get(&result, "categories"), "special"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn a_lone_surrogate_arrives_as_a_disallowed_character() {
    // "Abcdefgh12!" and a lone high surrogate, as JavaScript holds it.
    let mut units: Vec<u16> = "Abcdefgh12!".encode_utf16().collect();
    units.push(0xD800);
    let password = JsString::from_char_code(&units);
    let result = check(
        password.into(),
        options(&[("targets", targets(&["linux"]))]),
    )
    .unwrap();
    assert_eq!(codes(&result), ["disallowed_character"]);
    assert_eq!(get(&result, "length").as_f64(), Some(12.0));
    let span = Array::from(&get(&result, "disallowed")).get(0);
    assert_eq!(get(&span, "index").as_f64(), Some(11.0));
    assert_eq!(get(&span, "start").as_f64(), Some(11.0));
    assert_eq!(get(&span, "end").as_f64(), Some(12.0));
}

#[wasm_bindgen_test]
fn clusters_come_from_intl_segmenter() {
    // A family emoji: seven code points, eleven UTF-16 units, one cluster.
    let password = "Ab1!👨‍👩‍👧‍👦x";
    let result = check(
        password.into(),
        options(&[("targets", targets(&["linux"]))]),
    )
    .unwrap();
    let spans = Array::from(&get(&result, "disallowed"));
    assert_eq!(spans.length(), 1);
    let span = spans.get(0);
    assert_eq!(get(&span, "index").as_f64(), Some(4.0));
    assert_eq!(get(&span, "start").as_f64(), Some(4.0));
    assert_eq!(get(&span, "end").as_f64(), Some(15.0));
}

#[wasm_bindgen_test]
fn wrong_arguments_throw_type_and_range_errors() {
    let error = check(
        JsValue::from_f64(1.0),
        options(&[("targets", targets(&[]))]),
    )
    .unwrap_err();
    assert!(error.is_instance_of::<TypeError>());
    let error = rules(targets(&["windows", "solaris"]), None).unwrap_err();
    assert!(error.is_instance_of::<TypeError>());
    let lang = options(&[("targets", targets(&[])), ("lang", "de".into())]);
    let error = check("x".into(), lang).unwrap_err();
    assert!(error.is_instance_of::<RangeError>());
    let length = options(&[("length", JsValue::from_f64(3.0))]);
    let error = generate(targets(&["linux"]), Some(length)).unwrap_err();
    assert!(error.is_instance_of::<RangeError>());
    assert_eq!(
        get(&error, "code").as_string().unwrap(),
        "length_out_of_range"
    );
}

#[wasm_bindgen_test]
fn generate_draws_from_crypto_get_random_values() {
    let first = generate(targets(&["windows"]), None).unwrap();
    let second = generate(targets(&["windows"]), None).unwrap();
    assert_ne!(first, second);
    for password in [first, second] {
        assert_eq!(password.len(), 20);
        assert!(Policy::WINDOWS.check(&password, None).is_ok());
    }
}

#[wasm_bindgen_test]
fn rules_and_form_attributes_are_plain_data() {
    let linux = rules(targets(&["linux"]), None).unwrap();
    assert_eq!(get(&linux, "minLength").as_f64(), Some(8.0));
    assert_eq!(get(&linux, "bansUsername"), JsValue::FALSE);
    assert!(get(&linux, "defaultUsername").is_null());
    let attributes = form_attributes(targets(&["windows"]), None).unwrap();
    assert_eq!(get(&attributes, "minlength").as_f64(), Some(12.0));
    let pattern = get(&attributes, "pattern").as_string().unwrap();
    assert!(pattern.contains("[Aa][Dd][Mm]"), "{pattern}");
}

#[wasm_bindgen_test]
fn api_and_strict_pick_the_rules() {
    // `_` is one of the CVM page's specials, not of the RunInstances
    // reference: disputed, so a warning, or an error when strict.
    let request = |strict: bool| {
        options(&[
            ("targets", targets(&["linux"])),
            ("api", "cvm:RunInstances".into()),
            ("strict", strict.into()),
        ])
    };
    let common = check("abc123ABC_xyz".into(), request(false)).unwrap();
    assert_eq!(get(&common, "ok"), JsValue::TRUE);
    let warning = Array::from(&get(&common, "warnings")).get(0);
    assert_eq!(get(&warning, "code").as_string().unwrap(), "disputed_rule");
    assert_eq!(
        get(&warning, "rule").as_string().unwrap(),
        "disallowed_character"
    );
    let strict = check("abc123ABC_xyz".into(), request(true)).unwrap();
    assert_eq!(codes(&strict), ["disallowed_character"]);

    let unknown = options(&[("targets", targets(&[])), ("api", "cvm:Nope".into())]);
    let error = check("x".into(), unknown).unwrap_err();
    assert!(error.is_instance_of::<TypeError>());
    let apis = Array::from(&cvm_password_wasm::apis());
    assert_eq!(
        get(&apis.get(0), "name").as_string().unwrap(),
        "cvm:ResetInstancesPassword"
    );
}
