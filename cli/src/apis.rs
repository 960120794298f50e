//! `apis`: every API that sets an instance login password, its family and
//! its sources, and the parameters left unmapped.

use std::fmt::Write as _;

use cvm_password::{Api, JsonPreflight, Mix, Source};
use serde_json::{json, Value};

use crate::report::to_json;
use crate::rules;

/// One line per API: name, family, then each source's citation; then one
/// line per unmapped parameter, with why.
pub fn text() -> String {
    let mut out = String::new();
    for api in Api::ALL {
        let _ = writeln!(out, "{}  family {}", api.name(), api.family().letter());
        for source in api.sources() {
            let _ = writeln!(out, "  {}", citation(source));
        }
    }
    for unmapped in Api::UNMAPPED {
        let _ = writeln!(
            out,
            "{}  unmapped: {}\n  {} {} sha256:{}",
            unmapped.name(),
            unmapped.reason(),
            unmapped.file(),
            unmapped.parameter().unwrap_or_default(),
            unmapped.fingerprint().unwrap_or_default(),
        );
    }
    let _ = writeln!(
        out,
        "{} APIs mapped from {} parameters; {} parameters unmapped",
        Api::ALL.len(),
        mapped_parameters(),
        Api::UNMAPPED.len(),
    );
    out
}

/// A source as one line: package, file, parameter and fingerprint, or the
/// page.
fn citation(source: &Source) -> String {
    match (source.package(), source.parameter(), source.fingerprint()) {
        (Some(package), Some(parameter), Some(fingerprint)) => format!(
            "{package} {} {parameter} sha256:{fingerprint}",
            source.file()
        ),
        _ => source.file().to_owned(),
    }
}

/// The parameters of the pinned metadata the mapped APIs cite.
fn mapped_parameters() -> usize {
    Api::ALL
        .iter()
        .flat_map(Api::sources)
        .filter(|s| s.fingerprint().is_some())
        .map(|s| (s.file(), s.parameter()))
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// Everything, as JSON: each API with its error codes (every one the tool
/// can give for it), the top-level parameters of its request where
/// `preflight` reads it, its sources (their rules per OS) and disputes; the
/// unmapped parameters, and the counts.
pub fn json() -> String {
    let apis: Vec<Value> = Api::ALL
        .iter()
        .map(|api| {
            let sources: Vec<Value> = api
                .sources()
                .iter()
                .map(|s| {
                    json!({
                        "label": s.label(),
                        "package": s.package(),
                        "file": s.file(),
                        "parameter": s.parameter(),
                        "fingerprint": s.fingerprint(),
                        "linux": rules::fields(s.linux()),
                        "windows": rules::fields(s.windows()),
                    })
                })
                .collect();
            let disputes: Vec<Value> = api
                .disputes()
                .iter()
                .map(|d| {
                    json!({
                        "rule": d.code(),
                        "refused_by": d.refused_by(),
                        "accepted_by": d.accepted_by(),
                    })
                })
                .collect();
            json!({
                "name": api.name(),
                "family": api.family().letter().to_string(),
                "mix": match api.mix() {
                    Mix::Windows => "windows",
                    _ => "strictest",
                },
                "takes_username": api.takes_username(),
                "password_error_code": api.password_error_code(),
                "error_codes": JsonPreflight::api_error_codes(api),
                "parameters": JsonPreflight::parameters(api),
                "sources": sources,
                "disputes": disputes,
            })
        })
        .collect();
    let unmapped: Vec<Value> = Api::UNMAPPED
        .iter()
        .map(|u| {
            json!({
                "name": u.name(),
                "file": u.file(),
                "parameter": u.parameter(),
                "fingerprint": u.fingerprint(),
                "reason": u.reason(),
            })
        })
        .collect();
    to_json(&json!({
        "counts": {
            "apis": Api::ALL.len(),
            "mapped_parameters": mapped_parameters(),
            "unmapped_parameters": Api::UNMAPPED.len(),
        },
        "apis": apis,
        "unmapped": unmapped,
    }))
}
