//! The native half of the differential test: the core's verdicts on every
//! password of a corpus: its findings as the core describes them (the
//! CLI's `check --json`), its length, categories and grapheme positions.
//!
//! ```text
//! cargo run -p cvm-password-wasm --example reference -- wasm/tests/corpus.json > reference.json
//! ```
//!
//! It calls `cvm_password` directly (`Api::check`, for a few APIs and both
//! readings), on the whole string, with the core's own grapheme positions
//! (unicode-segmentation); the package reads at most `MAX_UNITS` units and
//! asks the browser's `Intl.Segmenter` for clusters.
//! `js-tests/differential.test.mjs` runs the package on the same inputs and
//! compares field by field. A password holding a lone surrogate, which no
//! Rust string can, goes through the package's own `Text` first.

use std::process::ExitCode;

use cvm_password::{Api, Category, Describe, Lang, Os, Reading};
use cvm_password_wasm::text::Text;
use serde_json::{json, Value};

/// The requests each password is checked in: each rule set, both languages.
const TARGETS: [&[&str]; 4] = [&["linux"], &["windows"], &["ubuntu", "windows"], &[]];
const LANGS: [Lang; 2] = [Lang::En, Lang::ZhCn];
/// The APIs and readings: the default, one with disputes read both ways,
/// and the families with letters as one class and banned first characters.
const APIS: [(&str, bool); 5] = [
    ("cvm:ResetInstancesPassword", false),
    ("cvm:RunInstances", false),
    ("cvm:RunInstances", true),
    ("batch:SubmitJob", false),
    ("emr:CreateCluster", false),
];

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: reference CORPUS.json");
        return ExitCode::from(2);
    };
    let corpus: Value = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(corpus) => corpus,
        Err(error) => {
            eprintln!("reference: cannot read {path}: {error}");
            return ExitCode::from(2);
        }
    };
    let mut results = Vec::new();
    for (index, case) in corpus["cases"].as_array().into_iter().flatten().enumerate() {
        let password = units(&case["password"]);
        let username = case.get("username").map(units);
        for (name, strict) in APIS {
            let api = Api::from_name(name).expect("a known API");
            let reading = if strict {
                Reading::Strict
            } else {
                Reading::Common
            };
            for targets in TARGETS {
                let oses: Vec<Os> = targets.iter().filter_map(|t| Os::from_name(t)).collect();
                for lang in LANGS {
                    results.push(json!({
                        "case": index,
                        "api": name,
                        "strict": strict,
                        "targets": targets,
                        "lang": lang.tag(),
                        "result": check(&password, username.as_deref(), api, &oses, reading, lang),
                    }));
                }
            }
        }
    }
    println!("{}", Value::Array(results));
    ExitCode::SUCCESS
}

/// A corpus string: JSON text, or an array of UTF-16 code units.
fn units(value: &Value) -> Vec<u16> {
    match value {
        Value::String(s) => s.encode_utf16().collect(),
        Value::Array(codes) => codes
            .iter()
            .map(|c| {
                c.as_u64()
                    .and_then(|c| u16::try_from(c).ok())
                    .unwrap_or(0xFFFD)
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn string(units: &[u16]) -> String {
    String::from_utf16(units)
        .unwrap_or_else(|_| Text::from_utf16(units.to_vec()).as_str().to_owned())
}

fn check(
    password: &[u16],
    username: Option<&[u16]>,
    api: &Api,
    targets: &[Os],
    reading: Reading,
    lang: Lang,
) -> Value {
    let text = string(password);
    let name = username.map(string);
    let checked = api.check(&text, targets.iter().copied(), name.as_deref(), reading);
    let (length, categories) = match checked.result() {
        Ok(accepted) => (accepted.length(), accepted.categories()),
        Err(rejected) => (rejected.length(), rejected.categories()),
    };
    let categories: serde_json::Map<String, Value> = Category::ALL
        .into_iter()
        .map(|c| (c.name().to_owned(), Value::Bool(categories.contains(c))))
        .collect();
    // The findings as the core describes them, the CLI's `check --json`.
    let mut report = String::new();
    checked.report(lang).write_json(&mut report, false);
    let report: Value = serde_json::from_str(&report).expect("the core writes JSON");
    json!({
        "ok": checked.is_ok(),
        "length": length,
        "categories": categories,
        "violations": report["violations"],
        "warnings": report["warnings"],
        "disallowed": disallowed(&text, password, &checked.policy()),
    })
}

/// The core's grapheme positions, moved from bytes of `text` to UTF-16
/// units of the original: a character takes its UTF-16 length, a lone
/// surrogate's stand-in one unit.
fn disallowed(text: &str, units: &[u16], policy: &cvm_password::Policy) -> Vec<Value> {
    let widths = char::decode_utf16(units.iter().copied()).map(|u| u.map_or(1, char::len_utf16));
    let mut offsets: Vec<(usize, usize)> = Vec::new(); // (byte, utf16) at each character
    let mut utf16 = 0;
    for ((byte, _), width) in text.char_indices().zip(widths) {
        offsets.push((byte, utf16));
        utf16 += width;
    }
    offsets.push((text.len(), utf16));
    let at = |byte: usize| {
        offsets
            .binary_search_by_key(&byte, |&(b, _)| b)
            .map(|i| offsets[i].1)
            .unwrap_or(usize::MAX)
    };
    policy
        .disallowed_positions(text)
        .map(|p| json!({ "index": p.grapheme(), "start": at(p.bytes().start), "end": at(p.bytes().end) }))
        .collect()
}
