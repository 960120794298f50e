//! The vendor's own shapes, read at test time from the pinned `tccli`
//! package (issue 12, item 4): every `examples.json` request of every API
//! with a JSON pre-flight, every `DescribeInstances`, `DescribeImages` and
//! `DescribeRegions` output example, and tccli's `--generate-cli-skeleton`
//! of every such API go through the library's readers (`JsonPreflight`)
//! and through `cvm-password preflight`; none is an input error, and the
//! two agree.
//!
//! Nothing of the vendor's is copied into the repository: the files are
//! read where `scripts/vendor-check.py` unpacked them, which it says in
//! three variables when it runs this test (`run_example_tests` there):
//!
//! - `CVM_PASSWORD_VENDOR_TCCLI`: the unpacked tccli wheel (holding
//!   `tccli/services/`);
//! - `CVM_PASSWORD_VENDOR_SKELETONS`: a folder of `<service>-<Action>.json`,
//!   what tccli printed;
//! - `CVM_PASSWORD_VENDOR_EXPECTED`: `requests=N,outputs=M,skeletons=K`, how
//!   many the script counted itself, so that a test reading fewer fails.
//!
//! A plain `cargo test` has none of them and skips, saying so; CI runs the
//! test through `scripts/vendor-check.sh`, where a missing file fails it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::{env, fs};

use assert_cmd::Command;
use cvm_password::{Api, JsonPreflight, Os};
use serde_json::{Map, Value};

/// Where the vendor's files are, and how many of each kind to read.
struct Vendor {
    root: PathBuf,
    skeletons: PathBuf,
    expected: BTreeMap<String, usize>,
}

fn vendor() -> Option<Vendor> {
    let Some(root) = env::var_os("CVM_PASSWORD_VENDOR_TCCLI") else {
        eprintln!(
            "vendor_examples: skipped, CVM_PASSWORD_VENDOR_TCCLI is unset: \
             scripts/vendor-check.sh runs these tests with the pinned tccli"
        );
        return None;
    };
    let var = |name: &str| {
        env::var(name).unwrap_or_else(|_| panic!("{name} is unset, CVM_PASSWORD_VENDOR_TCCLI set"))
    };
    let expected = var("CVM_PASSWORD_VENDOR_EXPECTED")
        .split(',')
        .map(|pair| {
            let (kind, count) = pair.split_once('=').expect("kind=count");
            (kind.to_owned(), count.parse().expect("a count"))
        })
        .collect();
    Some(Vendor {
        root: PathBuf::from(root),
        skeletons: PathBuf::from(var("CVM_PASSWORD_VENDOR_SKELETONS")),
        expected,
    })
}

impl Vendor {
    fn services(&self) -> PathBuf {
        self.root.join("tccli").join("services")
    }

    fn json(&self, folder: &str, version: &str, file: &str) -> Value {
        let path = self.services().join(folder).join(version).join(file);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The examples of one action: (title, input, output).
    fn examples(&self, folder: &str, version: &str, action: &str) -> Vec<(String, String, String)> {
        let all = self.json(folder, version, "examples.json");
        let Some(list) = all["actions"][action].as_array() else {
            return Vec::new();
        };
        list.iter()
            .map(|e| {
                let text = |field: &str| e[field].as_str().unwrap_or_default().to_owned();
                (text("title"), text("input"), text("output"))
            })
            .collect()
    }

    fn assert_count(&self, kind: &str, read: usize) {
        let expected = self.expected.get(kind).copied();
        assert_eq!(
            Some(read),
            expected,
            "read {read} {kind}, scripts/vendor-check.py counted {expected:?}"
        );
        println!("vendor_examples: read {read} {kind}, none an input error");
    }
}

/// An API with a JSON pre-flight, and where tccli describes it.
struct Supported {
    api: &'static Api,
    folder: String,
    version: String,
    action: String,
}

/// The APIs `cvm-password apis --json` gives parameters, as
/// `scripts/vendor-check.py` counts them.
fn supported() -> Vec<Supported> {
    let out = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .args(["apis", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut supported = Vec::new();
    for entry in table["apis"].as_array().unwrap() {
        if entry["parameters"].is_null() {
            continue;
        }
        let name = entry["name"].as_str().unwrap();
        let file = entry["sources"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["file"].as_str())
            .find(|f| f.starts_with("tccli/services/") && f.ends_with("/api.json"))
            .unwrap_or_else(|| panic!("{name} cites no tccli file"));
        let parts: Vec<&str> = file.split('/').collect();
        let api = Api::ALL
            .iter()
            .find(|api| api.name() == name)
            .unwrap_or_else(|| panic!("{name} is not in Api::ALL"));
        assert_eq!(
            JsonPreflight::parameters(api).map(<[_]>::len),
            entry["parameters"].as_array().map(Vec::len),
            "{name}: the CLI's parameters and the library's"
        );
        supported.push(Supported {
            api,
            folder: parts[2].to_owned(),
            version: parts[3].to_owned(),
            action: name.split_once(':').unwrap().1.to_owned(),
        });
    }
    assert!(!supported.is_empty(), "no API has a JSON pre-flight");
    supported
}

// --- the vendor's example requests, as JSON --------------------------------

/// The JSON body of an example's `input`: an HTTP request, either a POST
/// with headers, a blank line and the JSON body, or a GET whose query
/// string holds the parameters, flattened (`LoginSettings.Password`,
/// `InstanceIds.0`), typed by the action's input members in `spec` (the
/// service's api.json), as tccli and the SDKs would send them as JSON.
fn request_body(input: &str, spec: &Value, action: &str) -> String {
    let input = input.trim_start();
    if input.starts_with("POST") {
        let (_, body) = input
            .split_once("\n\n")
            .expect("a POST example has a blank line before its body");
        return body.to_owned();
    }
    let query = input
        .split_once('?')
        .expect("a GET example has a query string")
        .1;
    let input_object = spec["actions"][action]["input"].as_str().unwrap();
    let mut body = Value::Object(Map::new());
    for pair in query.split('&').map(str::trim) {
        // `<公共请求参数>`, the common parameters, stands for the signature
        // and the like; `Action` is the action itself.
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        if key == "Action" {
            continue;
        }
        let path: Vec<&str> = key.split('.').collect();
        let value = percent_decoded(value);
        insert(&mut body, &path, &value, spec, input_object, key);
    }
    body.to_string()
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).expect("a percent escape"));
            i += 3;
        } else {
            out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8 once decoded")
}

/// Sets `path` of `node` (an object of type `object` in `spec`) to `value`,
/// typed as the member it names.
fn insert(node: &mut Value, path: &[&str], value: &str, spec: &Value, object: &str, key: &str) {
    let member = spec["objects"][object]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == path[0])
        .unwrap_or_else(|| panic!("{key}: {} is no member of {object}", path[0]));
    let element = member["member"].as_str().unwrap();
    let slot = node
        .as_object_mut()
        .unwrap()
        .entry(path[0])
        .or_insert(Value::Null);
    let rest = &path[1..];
    if member["type"] == "list" {
        let index: usize = rest[0].parse().expect("a list index");
        if slot.is_null() {
            *slot = Value::Array(Vec::new());
        }
        let list = slot.as_array_mut().unwrap();
        while list.len() <= index {
            list.push(Value::Null);
        }
        let item = &mut list[index];
        if rest.len() == 1 {
            *item = scalar(value, element, key);
        } else {
            if item.is_null() {
                *item = Value::Object(Map::new());
            }
            insert(item, &rest[1..], value, spec, element, key);
        }
    } else if rest.is_empty() {
        *slot = scalar(value, element, key);
    } else {
        if slot.is_null() {
            *slot = Value::Object(Map::new());
        }
        insert(slot, rest, value, spec, element, key);
    }
}

fn scalar(value: &str, kind: &str, key: &str) -> Value {
    match kind {
        "int64" | "uint64" | "int" => Value::from(value.parse::<i64>().expect(key)),
        "float" => Value::from(value.parse::<f64>().expect(key)),
        "bool" => Value::Bool(value.parse().expect(key)),
        _ => Value::String(value.to_owned()),
    }
}

/// tccli's skeleton filled in as a user fills it in, from what the
/// metadata says of each member (`spec`, the service's api.json; `object`,
/// the type of `skeleton`): the skeleton names the type of every value
/// (`"ForceStop": "Boolean"`, `"KeepImageLogin": "String"`), and a type's
/// name is no value of it. A scalar takes the member's documented
/// `example` where it has one of the member's type, else a value of that
/// type (`0`, `false`, or the placeholder itself for a string); a list of
/// scalars its example list. What the readers must take is the shape: every
/// key, the nesting, the lists, all of them at once.
fn filled(skeleton: &Value, spec: &Value, object: &str) -> Value {
    let Value::Object(map) = skeleton else {
        panic!("the skeleton of {object} is not an object");
    };
    let mut out = Map::new();
    for (key, value) in map {
        let member = spec["objects"][object]["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == key.as_str())
            .unwrap_or_else(|| panic!("{key} is no member of {object}"));
        let element = member["member"].as_str().unwrap();
        let example = member["example"].as_str();
        let is_object = spec["objects"].get(element).is_some();
        let filled = match value {
            Value::Object(_) => filled(value, spec, element),
            Value::Array(items) if is_object => Value::Array(
                items
                    .iter()
                    .map(|item| filled(item, spec, element))
                    .collect(),
            ),
            Value::Array(items) => example
                .and_then(|e| serde_json::from_str::<Value>(e).ok())
                .filter(Value::is_array)
                .unwrap_or_else(|| {
                    Value::Array(items.iter().map(|_| typed(None, element)).collect())
                }),
            _ => typed(example, element),
        };
        out.insert(key.clone(), filled);
    }
    Value::Object(out)
}

/// A value of the metadata's scalar type `kind`: `example` where it is one.
fn typed(example: Option<&str>, kind: &str) -> Value {
    let example = example.map(str::trim);
    match kind {
        "int64" | "uint64" | "int" => {
            Value::from(example.and_then(|e| e.parse::<i64>().ok()).unwrap_or(0))
        }
        "float" => Value::from(example.and_then(|e| e.parse::<f64>().ok()).unwrap_or(0.0)),
        "bool" => Value::Bool(example.and_then(|e| e.parse().ok()).unwrap_or(false)),
        _ => Value::from(example.unwrap_or("String")),
    }
}

// --- the library and the CLI on one body -----------------------------------

/// What a pre-flight found, comparable across the library and the CLI:
/// (code, parameter), sorted.
type Found = Vec<(String, Option<String>)>;

static FILES: AtomicUsize = AtomicUsize::new(0);

/// Facts that go with a body: the other readers' inputs.
#[derive(Default)]
struct Facts<'a> {
    instances: Option<&'a str>,
    images: Option<&'a str>,
    regions: Option<&'a str>,
    region: Option<&'a str>,
}

/// Runs the library and the CLI on `body` with `facts`, on Linux, and
/// checks that neither calls anything an input error, that they find the
/// same, and that the CLI's output holds no password of the body.
fn preflight(api: &'static Api, body: &str, facts: &Facts, what: &str) -> Found {
    let mut preflight = JsonPreflight::new(api, body)
        .unwrap_or_else(|e| panic!("{what}: the library calls the body an input error: {e}"));
    if let Some(region) = facts.region {
        preflight = preflight
            .with_region(region)
            .unwrap_or_else(|e| panic!("{what}: {e}"));
    }
    if let Some(text) = facts.instances {
        preflight = preflight
            .with_instances(text)
            .unwrap_or_else(|e| panic!("{what}: DescribeInstances output an input error: {e}"));
    }
    if let Some(text) = facts.images {
        preflight = preflight
            .with_images(text)
            .unwrap_or_else(|e| panic!("{what}: DescribeImages output an input error: {e}"));
    }
    if let Some(text) = facts.regions {
        preflight = preflight
            .with_regions(text)
            .unwrap_or_else(|e| panic!("{what}: DescribeRegions output an input error: {e}"));
    }
    let outcome = preflight.with_os(Os::Linux).run();
    let mut library: Found = outcome
        .findings()
        .map(|f| (f.code().to_owned(), f.parameter().map(|p| p.to_string())))
        .collect();
    library.sort();

    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("vendor_examples");
    fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    let mut args = vec![
        "preflight".to_owned(),
        "--api".to_owned(),
        api.name().to_owned(),
        "--request".to_owned(),
        "-".to_owned(),
        "--os".to_owned(),
        "linux".to_owned(),
        "--json".to_owned(),
    ];
    for (flag, text) in [
        ("--instances", facts.instances),
        ("--images", facts.images),
        ("--regions", facts.regions),
    ] {
        if let Some(text) = text {
            // The tests run on threads of one process: a count tells their
            // files apart.
            let n = FILES.fetch_add(1, Ordering::Relaxed);
            let path = dir.join(format!("{}-{n}{flag}.json", std::process::id()));
            fs::write(&path, text).unwrap();
            args.extend([flag.to_owned(), path.display().to_string()]);
            files.push(path);
        }
    }
    if let Some(region) = facts.region {
        args.extend(["--region".to_owned(), region.to_owned()]);
    }
    let out = Command::new(env!("CARGO_BIN_EXE_cvm-password"))
        .args(&args)
        .write_stdin(body)
        .output()
        .unwrap();
    for file in files {
        fs::remove_file(file).unwrap();
    }
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let status = out.status.code().unwrap();
    assert!(
        status == 0 || status == 1,
        "{what}: cvm-password preflight exited {status}: {stderr}"
    );
    for password in passwords(&serde_json::from_str(body).unwrap()) {
        assert!(
            !stdout.contains(&password),
            "{what}: the password in stdout"
        );
        assert!(
            !stderr.contains(&password),
            "{what}: the password in stderr"
        );
    }
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["ok"], Value::Bool(status == 0), "{what}: {stdout}");
    let mut cli: Found = ["violations", "warnings"]
        .iter()
        .flat_map(|list| report[*list].as_array().unwrap())
        .map(|item| {
            (
                item["code"].as_str().unwrap().to_owned(),
                item["parameter"].as_str().map(str::to_owned),
            )
        })
        .collect();
    cli.sort();
    assert_eq!(cli, library, "{what}: the CLI and the library disagree");
    assert_eq!(report["ok"], Value::Bool(outcome.is_ok()), "{what}");
    library
}

/// Every string under a `Password` key, at any depth.
fn passwords(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| match (k.as_str(), v) {
                ("Password", Value::String(p)) => vec![p.clone()],
                _ => passwords(v),
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(passwords).collect(),
        _ => Vec::new(),
    }
}

// --- the tests --------------------------------------------------------------

#[test]
fn every_request_example_is_read() {
    let Some(vendor) = vendor() else { return };
    let mut read = 0;
    for s in supported() {
        let spec = vendor.json(&s.folder, &s.version, "api.json");
        for (i, (title, input, _)) in vendor
            .examples(&s.folder, &s.version, &s.action)
            .into_iter()
            .enumerate()
        {
            let what = format!("{} example {i} ({title})", s.api.name());
            let body = request_body(&input, &spec, &s.action);
            let found = preflight(s.api, &body, &Facts::default(), &what);
            read += 1;
            // The vendor's own example password, `abc123ABC!@#`, meets the
            // Linux rules and the recommendation of 12 (issue 12, item 1).
            if s.api.name() == "cvm:ResetInstancesPassword" {
                assert!(
                    !found
                        .iter()
                        .any(|(_, parameter)| parameter.as_deref() == Some("Password")),
                    "{what}: {found:?}"
                );
            }
        }
    }
    vendor.assert_count("requests", read);
}

/// The first example body of `name`, as the API's example.
fn first_body(vendor: &Vendor, supported: &[Supported], name: &str) -> (&'static Api, Value) {
    let s = supported
        .iter()
        .find(|s| s.api.name() == name)
        .unwrap_or_else(|| panic!("{name} has no JSON pre-flight"));
    let spec = vendor.json(&s.folder, &s.version, "api.json");
    let (_, input, _) = vendor
        .examples(&s.folder, &s.version, &s.action)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("{name} has no example"));
    let body = request_body(&input, &spec, &s.action);
    (s.api, serde_json::from_str(&body).unwrap())
}

/// The strings of `field` in each item of the `set` list of an output.
fn listed(output: &Value, set: &str, field: &str) -> Vec<String> {
    output["Response"][set]
        .as_array()
        .unwrap_or_else(|| panic!("no Response.{set}"))
        .iter()
        .filter_map(|item| item[field].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn every_output_example_is_read() {
    let Some(vendor) = vendor() else { return };
    let supported = supported();
    let mut read = 0;

    // DescribeInstances, each with the ids it describes put in the body of
    // an API of its service that names instances: described, none is
    // `undescribed_instance`.
    for (folder, version, name, ids) in [
        (
            "cvm",
            "v20170312",
            "cvm:ResetInstancesPassword",
            "InstanceIds",
        ),
        (
            "lighthouse",
            "v20200324",
            "lighthouse:ResetInstance",
            "InstanceId",
        ),
    ] {
        let (api, mut body) = first_body(&vendor, &supported, name);
        for (i, (title, _, output)) in vendor
            .examples(folder, version, "DescribeInstances")
            .into_iter()
            .enumerate()
        {
            let what = format!("{folder} DescribeInstances example {i} ({title}) with {name}");
            let described = listed(
                &serde_json::from_str(&output).unwrap(),
                "InstanceSet",
                "InstanceId",
            );
            assert!(!described.is_empty(), "{what}: no InstanceId");
            body[ids] = if ids == "InstanceIds" {
                Value::from(described.clone())
            } else {
                Value::from(described[0].clone())
            };
            let facts = Facts {
                instances: Some(&output),
                ..Facts::default()
            };
            let found = preflight(api, &body.to_string(), &facts, &what);
            assert!(
                !found.iter().any(|(code, _)| code == "undescribed_instance"),
                "{what}: {found:?}"
            );
            read += 1;
        }
    }

    // DescribeImages, with the body of an API that names an image.
    let (api, mut body) = first_body(&vendor, &supported, "cvm:RunInstances");
    for (i, (title, _, output)) in vendor
        .examples("cvm", "v20170312", "DescribeImages")
        .into_iter()
        .enumerate()
    {
        let what = format!("cvm DescribeImages example {i} ({title}) with cvm:RunInstances");
        let images = listed(
            &serde_json::from_str(&output).unwrap(),
            "ImageSet",
            "ImageId",
        );
        if let Some(image) = images.first() {
            body["ImageId"] = Value::from(image.clone());
        }
        let facts = Facts {
            images: Some(&output),
            ..Facts::default()
        };
        preflight(api, &body.to_string(), &facts, &what);
        read += 1;
    }

    // DescribeRegions: every region it lists as available is fine for the
    // pre-flight, whatever the built-in list says (facts beat it).
    let (api, body) = first_body(&vendor, &supported, "cvm:ResetInstancesPassword");
    for (i, (title, _, output)) in vendor
        .examples("region", "v20220627", "DescribeRegions")
        .into_iter()
        .enumerate()
    {
        let value: Value = serde_json::from_str(&output).unwrap();
        let available: Vec<String> = value["Response"]["RegionSet"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["RegionState"] == "AVAILABLE")
            .filter_map(|r| r["Region"].as_str().map(str::to_owned))
            .collect();
        assert!(
            !available.is_empty(),
            "DescribeRegions example {i}: none available"
        );
        for region in &available {
            let what = format!("region DescribeRegions example {i} ({title}) with {region}");
            let facts = Facts {
                regions: Some(&output),
                region: Some(region),
                ..Facts::default()
            };
            let found = preflight(api, &body.to_string(), &facts, &what);
            assert!(
                !found
                    .iter()
                    .any(|(code, _)| code == "unsupported_region" || code == "region_not_listed"),
                "{what}: {found:?}"
            );
        }
        read += 1;
    }
    vendor.assert_count("outputs", read);
}

#[test]
fn every_skeleton_of_tccli_is_read() {
    let Some(vendor) = vendor() else { return };
    let mut read = 0;
    for s in supported() {
        let (service, action) = s.api.name().split_once(':').unwrap();
        let path = vendor.skeletons.join(format!("{service}-{action}.json"));
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let spec = vendor.json(&s.folder, &s.version, "api.json");
        let input = spec["actions"][s.action.as_str()]["input"]
            .as_str()
            .unwrap();
        let body = filled(&serde_json::from_str(&text).unwrap(), &spec, input);
        let what = format!("{} tccli --generate-cli-skeleton", s.api.name());
        preflight(s.api, &body.to_string(), &Facts::default(), &what);
        read += 1;
    }
    vendor.assert_count("skeletons", read);
}
