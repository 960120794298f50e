//! The crate describing itself as JSON ([`Describe`]): each API, the
//! catalogue and a pre-flight's report, field for field against the
//! accessors they describe and, where the vendor's words are the truth,
//! word for word. The interface vectors' reports and rules are in
//! `tests/vectors.rs`.

#![cfg(feature = "json")]

use crate::{layout, model};

use std::collections::BTreeSet;

use cvm_password::{Api, Catalogue, Family, Finding, JsonPreflight, Lang, Mix};
use serde_json::{json, Value};

/// The version of `tccli` every fingerprint is of.
const PINNED: &str = "tccli 3.1.189.1";

#[test]
fn families_by_name_letter_and_portability() {
    let named: Vec<(&str, char, bool)> = Family::ALL
        .iter()
        .map(|f| (f.name(), f.letter(), f.is_portable()))
        .collect();
    assert_eq!(
        named,
        [
            ("reset", 'A', true),
            ("lighthouse_login", 'B', true),
            ("cvm_login", 'C', true),
            ("auto_scaling", 'D', true),
            ("batch", 'E', false),
            ("ecm_reset", 'F', false),
            ("ecm_create", 'G', false),
            ("bare_metal", 'H', false),
            ("emr", 'I', false),
        ]
    );
}

#[test]
fn the_reset_api_word_for_word() {
    let reset = layout::value(Api::DEFAULT);
    let mut fields = reset.as_object().unwrap().clone();
    let sources = fields.remove("sources").unwrap();
    let error_codes = fields.remove("error_codes").unwrap();
    assert_eq!(
        Value::Object(fields),
        json!({
            "name": "cvm:ResetInstancesPassword",
            "family": "reset",
            "letter": "A",
            "mix": "windows",
            "takes_username": true,
            "password_error_code": "InvalidParameterValue.InvalidPassword",
            "parameters": ["InstanceIds", "Password", "UserName", "ForceStop"],
            "disputes": [],
        })
    );
    assert_eq!(error_codes[0], "UnsupportedRegion");
    assert_eq!(
        error_codes.as_array().unwrap().last().unwrap(),
        "InvalidParameterValue.InvalidPassword"
    );
    let source = &sources[0];
    assert_eq!(sources.as_array().unwrap().len(), 1);
    assert_eq!(
        source["label"],
        "the cvm:ResetInstancesPassword reference (tccli 3.1.189.1)"
    );
    assert_eq!(source["package"], PINNED);
    assert_eq!(source["file"], "tccli/services/cvm/v20170312/api.json");
    assert_eq!(source["parameter"], "ResetInstancesPassword Password");
    assert_eq!(
        source["fingerprint"],
        "f5ebbbd6bed480e49006e8d4cefd9e5e71d0cac90fb652afe7146ae2a7467f5a"
    );
    assert_eq!(source["linux"]["min_length"], 8);
    assert_eq!(source["windows"]["min_length"], 12);
}

/// An API's JSON, member for member, from its accessors.
#[test]
fn each_api_describes_itself() {
    let mut mixes = BTreeSet::new();
    for api in Api::ALL {
        let name = api.name();
        assert_eq!(
            layout::keys(&layout::compact(api)),
            [
                "name",
                "family",
                "letter",
                "mix",
                "takes_username",
                "password_error_code",
                "error_codes",
                "parameters",
                "sources",
                "disputes",
            ],
            "{name}"
        );
        let described = layout::value(api);
        let mix = match api.mix() {
            Mix::Windows => "windows",
            Mix::Strictest => "strictest",
            other => panic!("{name}: a mix the test does not know: {other:?}"),
        };
        mixes.insert(mix);
        let sources: Vec<Value> = api
            .sources()
            .iter()
            .map(|source| {
                json!({
                    "label": source.label(),
                    "package": source.package(),
                    "file": source.file(),
                    "parameter": source.parameter(),
                    "fingerprint": source.fingerprint(),
                    "linux": layout::value(&source.linux().rules()),
                    "windows": layout::value(&source.windows().rules()),
                })
            })
            .collect();
        let disputes: Vec<Value> = api
            .disputes()
            .iter()
            .map(|d| json!({ "rule": d.code(), "refused_by": d.refused_by(), "accepted_by": d.accepted_by() }))
            .collect();
        let expected = json!({
            "name": name,
            "family": api.family().name(),
            "letter": api.family().letter().to_string(),
            "mix": mix,
            "takes_username": api.takes_username(),
            "password_error_code": api.password_error_code(),
            "error_codes": Finding::api_error_codes(api).collect::<Vec<_>>(),
            "parameters": api.parameters(),
            "sources": sources,
            "disputes": disputes,
        });
        assert_eq!(described, expected, "{name}");
    }
    assert_eq!(mixes, BTreeSet::from(["strictest", "windows"]));
}

/// A source is the vendor's metadata, cited by package, file, parameter
/// and fingerprint, or a page, cited by its file alone.
#[test]
fn each_source_is_cited_as_its_kind_is() {
    let hex = |s: &str| {
        s.len() == 64
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    let (mut metadata, mut pages) = (0, 0);
    for api in Api::ALL {
        let action = api.name().split_once(':').unwrap().1;
        for source in api.sources() {
            let label = source.label();
            match source.package() {
                Some(package) => {
                    metadata += 1;
                    assert_eq!(package, PINNED, "{label}");
                    assert!(source.file().starts_with("tccli/services/"), "{label}");
                    assert!(source.file().ends_with("/api.json"), "{label}");
                    assert!(label.contains(" reference "), "{label}");
                    assert!(hex(source.fingerprint().unwrap()), "{label}");
                    let parameter = source.parameter().unwrap();
                    assert!(parameter.ends_with("Password"), "{label}: {parameter}");
                    assert!(
                        parameter.starts_with(&format!("{action} ")),
                        "{label}: {parameter}"
                    );
                }
                None => {
                    pages += 1;
                    assert_eq!(source.parameter(), None, "{label}");
                    assert_eq!(source.fingerprint(), None, "{label}");
                    assert!(source.file().contains("document"), "{label}");
                    assert!(label.contains("page"), "{label}");
                }
            }
        }
    }
    assert!(metadata >= 40 && pages >= 1, "{metadata} {pages}");
}

/// A disputed rule names two of its API's sources: one refuses, the other
/// accepts. A second reading of the first source is "the same" read so.
#[test]
fn each_dispute_names_two_sources_of_its_api() {
    let mut disputes = 0;
    for api in Api::ALL {
        let labels: Vec<&str> = api.sources().iter().map(|s| s.label()).collect();
        let names_a_source = |named: &str| {
            labels.contains(&named)
                || named
                    .strip_prefix("the same ")
                    .is_some_and(|reading| labels.iter().any(|l| l.ends_with(reading)))
        };
        for dispute in api.disputes() {
            disputes += 1;
            assert!(model::ORDER.contains(&dispute.code()), "{}", dispute.code());
            assert!(names_a_source(dispute.refused_by()), "{}", api.name());
            assert!(names_a_source(dispute.accepted_by()), "{}", api.name());
            assert_ne!(dispute.refused_by(), dispute.accepted_by());
        }
    }
    assert!(disputes > 0);
}

#[test]
fn the_catalogue_is_every_api_and_every_unmapped_parameter() {
    let text = layout::compact(&Catalogue);
    assert_eq!(layout::keys(&text), ["counts", "apis", "unmapped"]);
    let catalogue = layout::value(&Catalogue);
    // The (file, parameter) pairs the sources cite, counted naively.
    let cited: BTreeSet<(&str, &str)> = Api::ALL
        .iter()
        .flat_map(|api| api.sources())
        .filter_map(|s| Some((s.file(), s.parameter()?)))
        .collect();
    assert_eq!(Catalogue::mapped_parameters(), cited.len());
    assert_eq!(
        catalogue["counts"],
        json!({ "apis": 40, "mapped_parameters": cited.len(), "unmapped_parameters": 10 })
    );
    let apis: Vec<Value> = Api::ALL.iter().map(layout::value).collect();
    assert_eq!(catalogue["apis"], Value::Array(apis));
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
    assert_eq!(catalogue["unmapped"], Value::Array(unmapped));
    let first = &Api::UNMAPPED[0];
    assert_eq!(
        (
            first.name(),
            first.file(),
            first.parameter(),
            first.reason()
        ),
        (
            "bm:BuyDevices",
            "tccli/services/bm/v20180423/api.json",
            Some("BuyDevices Password"),
            "its text states no rule for the password",
        )
    );
}

/// A pre-flight's report: each finding with its parameter, the index of
/// its instance, and the id where it is well-formed; never the password.
#[test]
fn a_preflight_report_word_for_word() {
    let body = r#"{"InstanceIds":["ins-r8hr2upy","ins-r8hr2upy","bad"],"Password":"abc123ABC!@#xyz","Region":"ap-guangzhou"}"#;
    let instances = r#"[{"InstanceId":"ins-r8hr2upy","OsName":"Windows Server 2019","InstanceState":"RUNNING"}]"#;
    let outcome = JsonPreflight::new(Api::DEFAULT, body)
        .unwrap()
        .with_instances(instances)
        .unwrap()
        .run();
    let report = outcome.report(Lang::En);
    assert_eq!(
        layout::compact(&report),
        concat!(
            r#"{"ok":false,"api":"cvm:ResetInstancesPassword","policy":"windows","violations":["#,
            r#"{"code":"instance_running","api_error_code":"UnsupportedOperation.InstanceStateRunning","#,
            r#""message":"instance InstanceIds.0 is running: stop it first, or set ForceStop","#,
            r#""parameter":"InstanceIds.0","instance_index":0,"instance_id":"ins-r8hr2upy"},"#,
            r#"{"code":"malformed_instance_id","api_error_code":"InvalidInstanceId.Malformed","#,
            r#""message":"instance id InstanceIds.2 is malformed: it must be 'ins-' followed by 8 lowercase letters or digits","#,
            r#""parameter":"InstanceIds.2","instance_index":2}],"#,
            r#""warnings":[{"code":"duplicate_instance_id","api_error_code":null,"#,
            r#""message":"instance id InstanceIds.1 repeats InstanceIds.0","first":0,"#,
            r#""parameter":"InstanceIds.1","instance_index":1,"instance_id":"ins-r8hr2upy"}]}"#,
        )
    );
    layout::value(&report);
    let chinese = layout::value(&outcome.report(Lang::ZhCn));
    assert_eq!(chinese["violations"][0]["code"], "instance_running");
    assert_ne!(
        chinese["violations"][0]["message"],
        "instance InstanceIds.0 is running: stop it first, or set ForceStop"
    );
}
