//! The layers of `src/` read only the layers below them: messages, then
//! the policy, the generator, the rules description, the APIs, the request
//! pre-flight, its JSON, and the testing aids. Visibility (`pub(super)`, `pub(crate)`) keeps each layer's
//! insides to itself; this test keeps the imports pointing one way, so the
//! policy can never grow a dependency on requests again.

use std::fs;
use std::path::Path;

/// Each layer, lowest first: its files, and the layers above it that they
/// must not name.
const LAYERS: [(&str, &[&str]); 10] = [
    (
        "src/message",
        &[
            "policy", "generate", "rules", "api", "form", "request", "describe", "json", "testing",
        ],
    ),
    (
        "src/policy",
        &[
            "generate", "rules", "api", "form", "request", "describe", "json", "testing",
        ],
    ),
    (
        "src/generate",
        &[
            "rules", "api", "form", "request", "describe", "json", "testing",
        ],
    ),
    (
        "src/rules.rs",
        &["api", "form", "request", "describe", "json", "testing"],
    ),
    (
        "src/api",
        &["form", "request", "describe", "json", "testing"],
    ),
    ("src/form", &["request", "describe", "json", "testing"]),
    ("src/request", &["describe", "json", "testing"]),
    ("src/describe", &["json", "testing"]),
    ("src/json", &["testing"]),
    ("src/testing", &[]),
];

/// Every folder and file of `src/` is a layer, `lib.rs` aside: a new one
/// must take its place in the order.
#[test]
fn every_part_of_src_is_a_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut parts: Vec<String> = fs::read_dir(root.join("src"))
        .unwrap()
        .map(|entry| format!("src/{}", entry.unwrap().file_name().to_string_lossy()))
        .filter(|part| part != "src/lib.rs")
        .collect();
    parts.sort();
    let mut layers: Vec<String> = LAYERS.iter().map(|(l, _)| (*l).to_owned()).collect();
    layers.sort();
    assert_eq!(parts, layers);
}

fn sources(path: &Path) -> Vec<(String, String)> {
    if path.is_file() {
        return vec![(
            path.display().to_string(),
            fs::read_to_string(path).unwrap(),
        )];
    }
    let mut files: Vec<_> = fs::read_dir(path)
        .unwrap()
        .flat_map(|entry| sources(&entry.unwrap().path()))
        .collect();
    files.sort();
    files
}

#[test]
fn every_layer_reads_only_the_layers_below_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut read = 0;
    for (layer, above) in LAYERS {
        for (file, text) in sources(&root.join(layer)) {
            // Code, not documentation: doc links may point anywhere.
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for upper in above {
                    assert!(
                        !line.contains(&format!("crate::{upper}")),
                        "{file} reads the layer `{upper}` above it: {line}"
                    );
                }
            }
            read += 1;
        }
    }
    assert!(read >= 25, "only {read} files read");
}
