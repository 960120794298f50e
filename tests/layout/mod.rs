//! The crate's JSON ([`Describe`]) read back: compact text parsed by
//! `serde_json`, and the pretty text checked against a model of
//! `serde_json`'s layout (two spaces a level, `": "` after a key, empty
//! containers on one line).

#![allow(dead_code)]

use cvm_password::{Describe, Sink};
use serde_json::Value;

/// A sink of our own, since the crate's `String` sink needs its `std`
/// feature and these tests run without it too.
struct Text(String);

impl Sink for Text {
    fn push_str(&mut self, s: &str) {
        self.0.push_str(s);
    }
}

fn written(described: &impl Describe, pretty: bool) -> String {
    let mut json = Text(String::new());
    described.write_json(&mut json, pretty);
    json.0
}

/// The compact JSON of `described`.
pub fn compact(described: &impl Describe) -> String {
    written(described, false)
}

/// The pretty JSON of `described`.
pub fn pretty(described: &impl Describe) -> String {
    written(described, true)
}

/// The description as a value, once its pretty text is found to be its
/// compact text laid out.
pub fn value(described: &impl Describe) -> Value {
    let compact = compact(described);
    assert_eq!(pretty(described), laid_out(&compact), "{compact}");
    serde_json::from_str(&compact).unwrap_or_else(|e| panic!("{e}: {compact}"))
}

/// Compact JSON as `serde_json::to_string_pretty` lays it out.
pub fn laid_out(compact: &str) -> String {
    let chars: Vec<char> = compact.chars().collect();
    let mut out = String::new();
    let mut depth = 0;
    let (mut in_string, mut escaped) = (false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if !matches!(chars.get(i + 1), Some('}' | ']')) {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                if !matches!(chars.get(i.wrapping_sub(1)), Some('{' | '[')) {
                    depth -= 1;
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// The keys of a compact JSON object, in the order written, at the top
/// level only: `serde_json`'s map sorts them.
pub fn keys(compact: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let chars: Vec<char> = compact.chars().collect();
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            match c {
                _ if escaped => {
                    escaped = false;
                    current.push(c);
                }
                '\\' => escaped = true,
                '"' => {
                    in_string = false;
                    if depth == 1 && chars.get(i + 1) == Some(&':') {
                        keys.push(std::mem::take(&mut current));
                    }
                    current.clear();
                }
                _ => current.push(c),
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            _ => {}
        }
    }
    keys
}
