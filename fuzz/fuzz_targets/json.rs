//! `JsonPreflight` on arbitrary bytes: the request body reader of every
//! API the JSON pre-flight reads, and the `DescribeInstances`,
//! `DescribeImages` and `DescribeRegions` readers.
//!
//! The input is two bytes, then the JSON text (its bytes as UTF-8, lossily):
//!
//! - the first picks what the text is: a request body of one of
//!   `JsonPreflight::apis()` (sorted by name), or one of the three outputs;
//! - the second picks the OS given (none, Linux, Ubuntu, Windows: bits 0
//!   and 1), the strict reading (bit 2), a region beside the body (bit 3),
//!   and, for an output, the API whose fixed body it goes with (bits 4 to
//!   7).
//!
//! Beyond not panicking:
//!
//! - no text the pre-flight makes (the error's `Display`, `Debug` and
//!   detail; every finding's code, API error code, severity, parameter,
//!   figures, `Debug` and message in both languages; `Debug` of the
//!   pre-flight and of the outcome) holds 4 consecutive characters of a
//!   password or a `UserName` of the body, with a canary among them (see
//!   the crate's `Vocabulary`): the strings under a `Password` key at any
//!   depth, and the top-level `UserName`, when the body parses as JSON;
//!   every other string and key of the input is public, since messages may
//!   name keys and well-formed ids;
//! - a text that parses as JSON (after a leading byte order mark, which
//!   every reader skips) with a key repeated in any object is an input
//!   error, `repeated key ...`, whatever else it holds;
//! - a text that parses as JSON, without a repeated key, gives the same
//!   pre-flight after a `serde_json::Value` round trip (serialized compact,
//!   keys sorted, escapes resolved): an input error both times or neither,
//!   and the same findings (codes, severities, API error codes,
//!   parameters, figures) as multisets, since the round trip reorders keys;
//! - the outcome is ok exactly when no finding is an error, and `errors`
//!   and `warnings` split the findings.

#![no_main]

use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

use cvm_password::{Api, JsonError, JsonPreflight, Lang, Os, Outcome, Reading};
use cvm_password_fuzz::{assert_silent_with, Vocabulary};
use libfuzzer_sys::fuzz_target;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// What the text is read as.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Body(&'static Api),
    Instances,
    Images,
    Regions,
}

/// The APIs whose bodies are read, sorted by name so that a seed's first
/// byte keeps its meaning whatever order the crate lists them in.
fn apis() -> &'static [&'static Api] {
    static APIS: OnceLock<Vec<&'static Api>> = OnceLock::new();
    APIS.get_or_init(|| {
        let mut apis: Vec<&'static Api> = JsonPreflight::apis().collect();
        apis.sort_by_key(|api| api.name());
        apis
    })
}

/// The body an output goes with: ids, image and `password` where the API
/// takes them.
fn fixed_body(api: &Api, password: &str) -> String {
    let parameters = JsonPreflight::parameters(api).unwrap_or_default();
    let has = |name: &str| parameters.contains(&name);
    let lighthouse = api.name().starts_with("lighthouse:");
    let mut body = serde_json::Map::new();
    if has("InstanceIds") {
        body.insert(
            "InstanceIds".into(),
            serde_json::json!(["ins-seed0001", "ins-seed0002"]),
        );
    }
    if has("InstanceId") {
        let id = if lighthouse {
            "lhins-seed0001"
        } else {
            "ins-seed0001"
        };
        body.insert("InstanceId".into(), id.into());
    }
    if has("ImageId") {
        body.insert("ImageId".into(), "img-seed0001".into());
    }
    if has("BlueprintId") {
        body.insert("BlueprintId".into(), "lhbp-seed0001".into());
    }
    let password = Value::from(password);
    if has("Password") {
        body.insert("Password".into(), password);
    } else {
        let login = if has("LoginConfiguration") {
            "LoginConfiguration"
        } else {
            "LoginSettings"
        };
        body.insert(login.into(), serde_json::json!({ "Password": password }));
    }
    Value::Object(body).to_string()
}

/// The password of the fixed body an output goes with: full of characters
/// no message uses, to be found if echoed.
const PLANTED: &str = "Ωq€7~Zü^9|x¥Kµ§2";

/// The fixed body's password while the vocabulary is gathered.
const ASCII: &str = "aB3!efghijkl";

/// Every text the pre-flight makes, of its outcome or its error.
fn texts(preflight: &Result<JsonPreflight, JsonError>, outcome: Option<&Outcome>) -> Vec<String> {
    let mut texts = Vec::new();
    match preflight {
        Ok(preflight) => texts.push(format!("{preflight:?}")),
        Err(error) => texts.extend([
            error.to_string(),
            format!("{error:?}"),
            error.detail().to_owned(),
        ]),
    }
    if let Some(outcome) = outcome {
        texts.push(format!("{outcome:?}"));
        for f in outcome.findings() {
            texts.extend([
                f.code().to_owned(),
                f.api_error_code().unwrap_or_default().to_owned(),
                f.severity().name().to_owned(),
                f.parameter().map(|p| p.to_string()).unwrap_or_default(),
                format!("{:?}", f.figures()),
                format!("{f:?}"),
            ]);
            for lang in [Lang::En, Lang::ZhCn] {
                texts.push(f.message(lang).to_string());
            }
        }
    }
    texts
}

/// What must survive the round trip: the findings as a sorted list of
/// (code, severity, API error code, parameter, figures), or the error's
/// input.
#[derive(Debug, PartialEq, Eq)]
enum Summary {
    Read(Vec<String>),
    Error(String),
}

fn summary(preflight: &Result<JsonPreflight, JsonError>, outcome: Option<&Outcome>) -> Summary {
    match (preflight, outcome) {
        (Err(error), _) => Summary::Error(format!("{:?}", error.input())),
        (Ok(_), Some(outcome)) => {
            let mut findings: Vec<String> = outcome
                .findings()
                .map(|f| {
                    format!(
                        "{} {} {:?} {:?} {:?}",
                        f.code(),
                        f.severity().name(),
                        f.api_error_code(),
                        f.parameter().map(|p| p.to_string()),
                        f.figures().collect::<Vec<_>>(),
                    )
                })
                .collect();
            findings.sort();
            Summary::Read(findings)
        }
        (Ok(_), None) => unreachable!("an outcome is run for every read pre-flight"),
    }
}

/// The options of the second byte.
#[derive(Clone, Copy, Debug)]
struct Options {
    os: Option<Os>,
    reading: Reading,
    region: bool,
    api: usize,
}

impl Options {
    fn of(byte: u8) -> Options {
        Options {
            os: [None, Some(Os::Linux), Some(Os::Ubuntu), Some(Os::Windows)][usize::from(byte & 3)],
            reading: if byte & 4 == 0 {
                Reading::Common
            } else {
                Reading::Strict
            },
            region: byte & 8 != 0,
            api: usize::from(byte >> 4),
        }
    }
}

/// Reads `text` as `kind` with `options` (an output with the fixed body
/// holding `password`), and runs the pre-flight if read.
fn preflight(
    kind: Kind,
    options: Options,
    text: &str,
    password: &str,
) -> (Result<JsonPreflight, JsonError>, Option<Outcome>) {
    let read = match kind {
        Kind::Body(api) => JsonPreflight::new(api, text),
        Kind::Instances | Kind::Images | Kind::Regions => {
            let api = apis()[options.api % apis().len()];
            let base = JsonPreflight::new(api, &fixed_body(api, password))
                .unwrap_or_else(|e| panic!("the fixed body of {}: {e}", api.name()));
            match kind {
                Kind::Instances => base.with_instances(text),
                Kind::Images => base.with_images(text),
                _ => base.with_regions(text),
            }
        }
    };
    let read = read.and_then(|p| {
        if options.region {
            p.with_region("ap-guangzhou")
        } else {
            Ok(p)
        }
    });
    let read = read.map(|p| {
        let p = p.with_reading(options.reading);
        match options.os {
            Some(os) => p.with_os(os),
            None => p,
        }
    });
    let outcome = read.as_ref().ok().map(JsonPreflight::run);
    (read, outcome)
}

/// Every string and key of `value`, and whether each is a secret: a
/// string under a `Password` key, at any depth, or the top-level
/// `UserName`.
fn strings(value: &Value, top: bool, secrets: &mut Vec<String>, public: &mut Vec<String>) {
    match value {
        Value::String(s) => public.push(s.clone()),
        Value::Array(items) => {
            for item in items {
                strings(item, false, secrets, public);
            }
        }
        Value::Object(map) => {
            for (key, value) in map {
                public.push(key.clone());
                match value {
                    Value::String(s) if key == "Password" || (top && key == "UserName") => {
                        secrets.push(s.clone());
                    }
                    _ => strings(value, false, secrets, public),
                }
            }
        }
        _ => {}
    }
}

/// JSON without a repeated key in any object, written apart from the
/// crate's reader: serde_json's `Value` keeps the last of repeated keys,
/// which the crate refuses.
struct NoRepeatedKey;

impl<'de> Deserialize<'de> for NoRepeatedKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoRepeatedKey)
    }
}

impl<'de> Visitor<'de> for NoRepeatedKey {
    type Value = NoRepeatedKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_unit<E>(self) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<NoRepeatedKey>()?.is_some() {}
        Ok(self)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        let mut keys = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key) {
                return Err(de::Error::custom("a repeated key"));
            }
            map.next_value::<NoRepeatedKey>()?;
        }
        Ok(self)
    }
}

fuzz_target!(|data: &[u8]| {
    let [kind, options, rest @ ..] = data else {
        return;
    };
    let apis = apis();
    let kind = match usize::from(*kind) % (apis.len() + 3) {
        i if i < apis.len() => Kind::Body(apis[i]),
        i if i == apis.len() => Kind::Instances,
        i if i == apis.len() + 1 => Kind::Images,
        _ => Kind::Regions,
    };
    let options = Options::of(*options);
    let text = String::from_utf8_lossy(rest);

    let (read, outcome) = preflight(kind, options, &text, PLANTED);
    if let Some(outcome) = &outcome {
        let errors = outcome.errors().count();
        assert_eq!(
            errors + outcome.warnings().count(),
            outcome.findings().count()
        );
        assert_eq!(outcome.is_ok(), errors == 0);
    }

    // What is secret and what is public: a body's password and username
    // are secrets; the fixed body's password when an output is read.
    let json = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value = serde_json::from_str::<Value>(json).ok();
    let mut secrets = Vec::new();
    let mut public = Vec::new();
    if let Some(value) = &value {
        strings(
            value,
            matches!(kind, Kind::Body(_)),
            &mut secrets,
            &mut public,
        );
    }
    if !matches!(kind, Kind::Body(_)) {
        secrets = vec![PLANTED.to_owned()];
    }
    if !secrets.is_empty() {
        // A text may show a public string with Rust's escapes (`Debug`).
        let debug: Vec<String> = public.iter().map(|p| format!("{p:?}")).collect();
        let public: Vec<&str> = public.iter().chain(&debug).map(String::as_str).collect();
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        assert_silent_with(
            json_vocabulary(),
            &texts(&read, outcome.as_ref()),
            &secrets,
            &public,
        );
    }

    if let Some(value) = value {
        if serde_json::from_str::<NoRepeatedKey>(json).is_ok() {
            let again = value.to_string();
            let (read_again, outcome_again) = preflight(kind, options, &again, PLANTED);
            assert_eq!(
                summary(&read, outcome.as_ref()),
                summary(&read_again, outcome_again.as_ref()),
                "after a round trip to {again:?}"
            );
        } else {
            // Whatever else it holds, the repetition is what is refused:
            // no reading of it, first key or last, may pass.
            let detail = read.as_ref().err().map(JsonError::detail);
            assert!(
                detail.is_some_and(|d| d.starts_with("repeated key ")),
                "a repeated key read as {:?}",
                summary(&read, outcome.as_ref())
            );
        }
    }
});

/// The characters the JSON pre-flight's texts hold whatever the input:
/// the pre-flight's vocabulary, and the texts of JSON pre-flights of every
/// API over bodies and outputs that make each kind of finding and error,
/// with ASCII secrets and ids (the fixed body's password is `ASCII`, not
/// `PLANTED`, whose characters must stay canaries).
fn json_vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut texts = Vec::new();
        let bodies = [
            "",
            " ",
            "{",
            "[",
            "}",
            "{}",
            "[]",
            "null",
            "1",
            "\"a\"",
            "{} x",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "\"\\ud800\"",
            "\"\\x\"",
            "\"\u{1}\"",
            "1e999",
            "-",
            "tru",
            &"[".repeat(200),
            "{\"Region\":\"ap-mars-1\"}",
            "{\"Region\":1}",
            "{\"Unknown\":1}",
            "{\"Password\":1}",
            "{\"Password\":\"a\"}",
            "{\"Password\":\"/abcdefgh\"}",
            "{\"Password\":\"aB3!efgh\",\"UserName\":\"root\"}",
            "{\"Password\":\"aB3!efgh\",\"Password\":\"aB3!efgh\"}",
            "{\"InstanceIds\":[\"ins-1\",\"ins-seed0001\",\"ins-seed0001\"],\"Password\":\"aB3!efgh\",\"UserName\":\"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn\",\"ForceStop\":true,\"Region\":\"ap-guangzhou\"}",
            "{\"InstanceIds\":\"ins-seed0001\"}",
            "{\"ForceStop\":\"yes\"}",
            "{\"LoginSettings\":1}",
            "{\"LoginSettings\":{}}",
            "{\"LoginSettings\":{\"Password\":1}}",
            "{\"LoginSettings\":{\"Other\":1}}",
            "{\"LoginSettings\":{\"Password\":\"a\"}}",
            "{\"LoginSettings\":{\"Password\":\"aB3!efghijkl\",\"KeyIds\":[\"skey-1\"],\"KeepImageLogin\":\"TRUE\"}}",
            "{\"LoginSettings\":{\"KeyIds\":1}}",
            "{\"LoginSettings\":{\"KeepImageLogin\":1}}",
            "{\"LoginConfiguration\":1}",
            "{\"LoginConfiguration\":{\"Password\":\"aB3!\",\"AutoGeneratePassword\":\"YES\"}}",
            "{\"LoginConfiguration\":{\"AutoGeneratePassword\":1}}",
            "{\"LoginConfiguration\":{\"Password\":\"/Administrator1!\",\"KeyIds\":[\"lhkp-1\"]}}",
            "{\"ImageId\":1}",
            "{\"InstanceId\":1}",
        ];
        let outputs = [
            "",
            "{}",
            "[]",
            "1",
            "{\"Response\":{\"Error\":{\"Code\":\"x\"}}}",
            "{\"InstanceSet\":1}",
            "{\"InstanceSet\":[1]}",
            "{\"InstanceSet\":[{}]}",
            "{\"InstanceSet\":[{\"InstanceId\":1}]}",
            "{\"InstanceSet\":[{\"InstanceId\":\"ins-seed0001\",\"OsName\":1}]}",
            "{\"InstanceSet\":[{\"InstanceId\":\"ins-seed0001\",\"OsName\":\"Windows\",\"InstanceState\":\"RUNNING\",\"RestrictState\":\"PROTECTIVELY_ISOLATED\",\"IsolatedSource\":\"NOTIFY_AND_ISOLATE\",\"DefaultLoginUser\":\"root\"}]}",
            "{\"InstanceSet\":[{\"InstanceId\":\"ins-seed0001\",\"InstanceState\":\"FREEZING\",\"RestrictState\":\"ABNORMAL\",\"IsolatedSource\":\"ARREAR\"}]}",
            "{\"InstanceSet\":[{\"InstanceId\":\"ins-seed0001\",\"InstanceState\":\"x\",\"RestrictState\":\"x\",\"IsolatedSource\":\"x\",\"DefaultLoginUser\":1}]}",
            "{\"InstanceSet\":[{\"InstanceId\":\"lhins-seed0001\",\"OsName\":\"CentOS\",\"InstanceState\":\"RUNNING\",\"InstanceRestrictState\":\"NORMAL\",\"PlatformType\":\"LINUX_UNIX\"}]}",
            "{\"InstanceSet\":[{\"InstanceId\":\"lhins-seed0001\",\"PlatformType\":\"WINDOWS\",\"InstanceRestrictState\":\"EXPIRED\"}]}",
            "{\"ImageSet\":1}",
            "{\"ImageSet\":[{}]}",
            "{\"ImageSet\":[{\"ImageId\":\"img-seed0001\",\"OsName\":\"Windows Server 2019\",\"Platform\":\"Windows\"}]}",
            "{\"ImageSet\":[{\"ImageId\":\"img-seed0001\",\"OsName\":\"Ubuntu 22.04\",\"Platform\":\"Ubuntu\"}]}",
            "{\"ImageSet\":[{\"ImageId\":1}]}",
            "{\"RegionSet\":1}",
            "{\"RegionSet\":[{}]}",
            "{\"RegionSet\":[{\"Region\":\"ap-guangzhou\",\"RegionState\":\"UNAVAILABLE\"}]}",
            "{\"RegionSet\":[{\"Region\":\"ap-guangzhou\",\"RegionState\":1}]}",
        ];
        for (i, api) in apis().iter().enumerate() {
            // Every OS and reading, with and without a region; an output
            // goes with this API's body.
            for byte in 0..16u8 {
                let options = Options {
                    api: i,
                    ..Options::of(byte)
                };
                for body in bodies {
                    let (read, outcome) = preflight(Kind::Body(api), options, body, ASCII);
                    texts.extend(self::texts(&read, outcome.as_ref()));
                }
                for kind in [Kind::Instances, Kind::Images, Kind::Regions] {
                    for output in outputs {
                        let (read, outcome) = preflight(kind, options, output, ASCII);
                        texts.extend(self::texts(&read, outcome.as_ref()));
                    }
                }
            }
        }
        Vocabulary::preflight_and(texts.into_iter())
    })
}
