//! `JsonPreflight` (feature `json`): every API's body read as its
//! reference documents it, the vendor's descriptions as facts, and errors
//! that name fields and positions, never values.

use cvm_password::{Api, Finding, JsonInput, JsonPreflight, Lang, Os, Reading, Severity};
use serde_json::json;

fn api(name: &str) -> &'static Api {
    Api::from_name(name).unwrap()
}

/// Codes, API error codes and parameters of a body's pre-flight.
fn found(preflight: &JsonPreflight) -> Vec<(String, Option<String>, Option<String>)> {
    preflight
        .run()
        .findings()
        .map(|f| {
            (
                f.code().to_owned(),
                f.api_error_code().map(str::to_owned),
                f.parameter().map(|p| p.to_string()),
            )
        })
        .collect()
}

fn codes(preflight: &JsonPreflight) -> Vec<String> {
    found(preflight)
        .into_iter()
        .map(|(code, _, _)| code)
        .collect()
}

const SECRET: &str = "Zq7#Vendor-Secret";

#[test]
fn the_apis_and_their_parameters() {
    let apis: Vec<_> = JsonPreflight::apis().map(Api::name).collect();
    assert_eq!(
        apis,
        [
            "cvm:ResetInstancesPassword",
            "lighthouse:CreateInstances",
            "lighthouse:ResetInstance",
            "cvm:CreateLaunchTemplate",
            "cvm:ResetInstance",
            "cvm:RunInstances",
            "as:CreateLaunchConfiguration",
        ]
    );
    let counts: Vec<_> = JsonPreflight::apis()
        .map(|a| JsonPreflight::parameters(a).unwrap().len())
        .collect();
    assert_eq!(counts, [4, 16, 4, 32, 7, 34, 29]);
    for api in Api::ALL {
        let reads = JsonPreflight::apis().any(|a| a == api);
        assert_eq!(
            JsonPreflight::parameters(api).is_some(),
            reads,
            "{}",
            api.name()
        );
        assert_eq!(JsonPreflight::reads(api).is_ok(), reads, "{}", api.name());
    }
}

#[test]
fn every_documented_parameter_is_taken_and_any_other_refused() {
    for api in JsonPreflight::apis().skip(1) {
        let mut body = serde_json::Map::new();
        for name in JsonPreflight::parameters(api).unwrap() {
            // Any value will do for what the pre-flight does not read.
            let value = match *name {
                "LoginSettings" | "LoginConfiguration" => json!({}),
                "ImageId" | "InstanceId" => json!("img-00000000"),
                _ => json!({"anything": [1, 2]}),
            };
            body.insert((*name).to_owned(), value);
        }
        body.insert("Region".into(), json!("ap-guangzhou"));
        let text = serde_json::Value::Object(body.clone()).to_string();
        assert!(JsonPreflight::new(api, &text).is_ok(), "{}", api.name());

        body.insert(SECRET.into(), json!(1));
        let text = serde_json::Value::Object(body).to_string();
        let error = JsonPreflight::new(api, &text).unwrap_err();
        assert_eq!(error.input(), JsonInput::Request);
        let message = error.to_string();
        assert!(message.contains("unknown parameter"), "{message}");
        assert!(!message.contains("Secret"), "{message}");
    }
}

#[test]
fn login_settings_are_typed_and_closed() {
    let run = api("cvm:RunInstances");
    let cases = [
        (
            json!({"LoginSettings": [SECRET]}),
            "LoginSettings is not an object",
        ),
        (
            json!({"LoginSettings": {"Password": 12345678}}),
            "LoginSettings.Password is not a string",
        ),
        (
            json!({"LoginSettings": {"KeyIds": SECRET}}),
            "LoginSettings.KeyIds is not an array of strings",
        ),
        (
            json!({"LoginSettings": {"KeyIds": [SECRET, 7]}}),
            "LoginSettings.KeyIds is not an array of strings",
        ),
        (
            json!({"LoginSettings": {"KeepImageLogin": SECRET}}),
            "LoginSettings.KeepImageLogin is not true or false",
        ),
        (
            json!({"LoginSettings": {"AutoGeneratePassword": "YES"}}),
            "unknown parameter in LoginSettings: it takes Password, KeyIds, KeepImageLogin",
        ),
        (json!({"ImageId": 7}), "ImageId is not a string"),
        (json!(SECRET), "expected an object"),
    ];
    for (body, detail) in cases {
        let error = JsonPreflight::new(run, &body.to_string()).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("request body: not a cvm:RunInstances request body: {detail}"),
        );
    }
    let create = api("lighthouse:CreateInstances");
    let body = json!({"LoginConfiguration": {"AutoGeneratePassword": "yes"}});
    let error = JsonPreflight::new(create, &body.to_string()).unwrap_err();
    assert_eq!(
        error.detail(),
        "not a lighthouse:CreateInstances request body: LoginConfiguration.AutoGeneratePassword must be YES or NO"
    );
    let error = JsonPreflight::new(create, "{\"Login").unwrap_err();
    assert!(error.detail().starts_with("malformed JSON: "), "{error}");
}

#[test]
fn keep_image_login_in_both_spellings() {
    let run = api("cvm:RunInstances");
    for keep in [json!(true), json!("TRUE"), json!("true")] {
        let body = json!({"LoginSettings": {"KeepImageLogin": keep, "KeyIds": ["skey-3glfot13"]}});
        let preflight = JsonPreflight::new(run, &body.to_string())
            .unwrap()
            .with_os(Os::Linux);
        assert_eq!(
            codes(&preflight),
            ["keep_image_login_with_credentials"],
            "{keep}"
        );
    }
    for keep in [json!(false), json!("FALSE"), json!(null)] {
        let body = json!({"LoginSettings": {"KeepImageLogin": keep, "KeyIds": ["skey-3glfot13"]}});
        let preflight = JsonPreflight::new(run, &body.to_string())
            .unwrap()
            .with_os(Os::Linux);
        assert_eq!(codes(&preflight), [] as [&str; 0], "{keep}");
    }
}

const IMAGES: &str = r#"{"TotalCount": 2, "ImageSet": [
    {"ImageId": "img-windows0", "OsName": "Windows Server 2022 DataCenter 64bit", "Platform": "Windows"},
    {"ImageId": "img-linux000", "OsName": "", "Platform": "TencentOS"}
], "RequestId": "x"}"#;

#[test]
fn the_os_comes_from_the_flag_the_image_or_the_instance() {
    let run = api("cvm:RunInstances");
    let body = |image: &str| {
        json!({"ImageId": image, "LoginSettings": {"Password": "abc123ABC_xy", "KeyIds": []}})
            .to_string()
    };
    let outcome = |preflight: JsonPreflight| (preflight.run().os(), codes(&preflight));
    // `_` is disputed, 12 characters fit Windows too.
    let windows = JsonPreflight::new(run, &body("img-windows0"))
        .unwrap()
        .with_images(IMAGES)
        .unwrap();
    assert_eq!(
        outcome(windows),
        (Some(Os::Windows), vec!["disputed_rule".to_owned()])
    );
    let linux = JsonPreflight::new(run, &body("img-linux000"))
        .unwrap()
        .with_images(IMAGES)
        .unwrap();
    assert_eq!(linux.run().os(), Some(Os::Linux));
    let undescribed = JsonPreflight::new(run, &body("img-other000"))
        .unwrap()
        .with_images(IMAGES)
        .unwrap();
    assert_eq!(undescribed.run().os(), Some(Os::Unknown));
    let forced = JsonPreflight::new(run, &body("img-windows0"))
        .unwrap()
        .with_images(IMAGES)
        .unwrap()
        .with_os(Os::Ubuntu);
    assert_eq!(forced.run().os(), Some(Os::Ubuntu));
    assert_eq!(
        JsonPreflight::new(run, &body("img-linux000"))
            .unwrap()
            .run()
            .os(),
        Some(Os::Unknown)
    );

    let reset = api("cvm:ResetInstance");
    let instances = r#"[{"InstanceId": "ins-r8hr2upy", "OsName": "Windows Server 2019", "InstanceState": "STOPPED"}]"#;
    let body =
        json!({"InstanceId": "ins-r8hr2upy", "LoginSettings": {"KeyIds": ["skey-3glfot13"]}})
            .to_string();
    let preflight = JsonPreflight::new(reset, &body)
        .unwrap()
        .with_instances(instances)
        .unwrap();
    assert_eq!(
        found(&preflight),
        [(
            "keys_on_windows".to_owned(),
            Some("UnsupportedOperation.KeyPairUnsupportedWindows".to_owned()),
            Some("LoginSettings.KeyIds".to_owned()),
        )]
    );
    // A new image decides over the instance's current one.
    let body = json!({"InstanceId": "ins-r8hr2upy", "ImageId": "img-linux000", "LoginSettings": {"KeyIds": ["skey-3glfot13"]}}).to_string();
    let preflight = JsonPreflight::new(reset, &body)
        .unwrap()
        .with_instances(instances)
        .unwrap()
        .with_images(IMAGES)
        .unwrap();
    assert_eq!(codes(&preflight), [] as [&str; 0]);
}

#[test]
fn the_strict_reading_makes_disputes_errors() {
    let run = api("cvm:RunInstances");
    let body = json!({"LoginSettings": {"Password": "abc123ABC_xyz"}}).to_string();
    let common = JsonPreflight::new(run, &body)
        .unwrap()
        .with_os(Os::Linux)
        .run();
    assert!(common.is_ok());
    let strict = JsonPreflight::new(run, &body)
        .unwrap()
        .with_os(Os::Linux)
        .with_reading(Reading::Strict)
        .run();
    assert!(!strict.is_ok());
    let error = strict.errors().next().unwrap();
    assert_eq!(
        (error.code(), error.api_error_code()),
        (
            "disallowed_character",
            Some("InvalidParameterValue.InvalidPassword")
        )
    );
    assert_eq!(
        error.parameter().unwrap().to_string(),
        "LoginSettings.Password"
    );
}

#[test]
fn a_reset_request_reads_every_fact() {
    let body =
        json!({"InstanceIds": ["ins-r8hr2upy", "ins-5d8a23rs"], "Password": "Admin#2024xyz9"})
            .to_string();
    let instances = json!({"Response": {"InstanceSet": [
        {"InstanceId": "ins-r8hr2upy", "OsName": "Windows Server 2022", "InstanceState": "STOPPED",
         "RestrictState": "PROTECTIVELY_ISOLATED", "IsolatedSource": "NOTISOLATED", "DefaultLoginUser": "admin"},
        {"InstanceId": "ins-5d8a23rs", "OsName": "Windows Server 2022", "InstanceState": "STOPPED",
         "RestrictState": "NORMAL", "IsolatedSource": "ARREAR", "DefaultLoginUser": ""},
    ], "TotalCount": 2, "RequestId": "x"}}).to_string();
    let preflight = JsonPreflight::new(Api::DEFAULT, &body)
        .unwrap()
        .with_region("ap-guiyang")
        .unwrap()
        .with_instances(&instances)
        .unwrap();
    let outcome = preflight.run();
    assert!(outcome.region_checked());
    let summary: Vec<_> = outcome
        .findings()
        .map(|f| (f.code(), f.severity(), f.parameter().map(|p| p.to_string())))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "region_not_listed",
                Severity::Warning,
                Some("Region".to_owned())
            ),
            (
                "contains_username",
                Severity::Error,
                Some("Password".to_owned())
            ),
            (
                "restricted_instance",
                Severity::Warning,
                Some("InstanceIds.0".to_owned())
            ),
            (
                "restricted_instance",
                Severity::Warning,
                Some("InstanceIds.1".to_owned())
            ),
        ]
    );
    let restricted = outcome.findings().nth(2).unwrap();
    assert_eq!(restricted.instance_id(), Some("ins-r8hr2upy"));
    assert_eq!(
        restricted.message(Lang::En).to_string(),
        "instance InstanceIds.0 is restricted (RestrictState PROTECTIVELY_ISOLATED): the vendor does not document whether its password can be reset, and lists UnsupportedOperation.InstanceStateFreezing and UnsupportedOperation.InstanceStateIsolating without saying when"
    );
    let regions = r#"{"RegionSet": [{"Region": "ap-guiyang", "RegionState": "AVAILABLE"}]}"#;
    let known = preflight.clone().with_regions(regions).unwrap().run();
    assert_eq!(known.findings().next().unwrap().code(), "contains_username");

    let mismatch = JsonPreflight::new(Api::DEFAULT, &json!({"Region": "ap-beijing"}).to_string())
        .unwrap()
        .with_region("ap-guangzhou")
        .unwrap_err();
    assert_eq!(mismatch.input(), JsonInput::Region);
}

#[test]
fn the_region_beside_the_body_agrees_with_it_or_is_refused() {
    let reset = |body: serde_json::Value| JsonPreflight::new(Api::DEFAULT, &body.to_string());
    let same = reset(json!({"Region": "ap-guangzhou"}))
        .unwrap()
        .with_region("ap-guangzhou")
        .unwrap();
    assert!(same.run().region_checked());
    let given = reset(json!({}))
        .unwrap()
        .with_region("ap-guangzhou")
        .unwrap();
    assert!(given.run().region_checked());
    let other = reset(json!({"Region": "ap-beijing"}))
        .unwrap()
        .with_region("ap-guangzhou")
        .unwrap_err();
    assert_eq!(
        other.to_string(),
        "region: the region given differs from the Region of the request body"
    );

    // No region at all, or an API whose regions the crate does not list.
    assert!(!reset(json!({})).unwrap().run().region_checked());
    let run = JsonPreflight::new(api("cvm:RunInstances"), r#"{"Region": "ap-guangzhou"}"#)
        .unwrap()
        .with_region("ap-guangzhou")
        .unwrap();
    assert!(!run.run().region_checked());
}

#[test]
fn no_error_quotes_a_password() {
    let placements = [
        format!("{{\"Password\": {SECRET:?}, \"Password\": {SECRET:?}}}"),
        format!("{{\"InstanceIds\": [{SECRET:?}], \"Password\": 7}}"),
        format!("[{SECRET:?}]"),
        format!("{{{SECRET:?}: 1}}"),
        format!("{{\"Password\": \"{SECRET}"),
    ];
    for api in JsonPreflight::apis() {
        for body in &placements {
            if let Err(error) = JsonPreflight::new(api, body) {
                assert!(!error.to_string().contains("Secret"), "{error}");
            }
        }
    }
    let facts = [
        format!("[{{\"InstanceId\": {SECRET:?}, \"OsName\": 7}}]"),
        format!("{{{SECRET:?}"),
    ];
    for text in &facts {
        let preflight = JsonPreflight::new(Api::DEFAULT, "{}").unwrap();
        for error in [
            preflight.clone().with_instances(text).unwrap_err(),
            preflight.clone().with_regions(text).unwrap_err(),
            preflight.clone().with_images(text).unwrap_err(),
        ] {
            assert!(!error.to_string().contains("Secret"), "{error}");
        }
    }
}

/// One rule for a key given twice, wherever it is, in every input: an
/// input error naming its path. serde_json alone would keep the last, so
/// an invalid password could hide behind a valid one.
#[test]
fn a_repeated_key_is_an_input_error_that_names_it() {
    let valid = "abc123ABC!@#";
    let bodies = [
        (
            "cvm:RunInstances",
            format!(r#"{{"LoginSettings": {{"Password": "short", "Password": "{valid}"}}}}"#),
            "LoginSettings.Password",
        ),
        (
            "cvm:RunInstances",
            format!(r#"{{"LoginSettings": {{"Password": "short"}}, "LoginSettings": {{"Password": "{valid}"}}}}"#),
            "LoginSettings",
        ),
        (
            "cvm:RunInstances",
            r#"{"Placement": {"Zone": "ap-guangzhou-3", "Zone": "ap-guangzhou-4"}}"#.to_owned(),
            "Placement.Zone",
        ),
        (
            "cvm:RunInstances",
            r#"{"DataDisks": [{"DiskSize": 50}, {"DiskSize": 50, "DiskSize": 60}]}"#.to_owned(),
            "DataDisks[1].DiskSize",
        ),
        (
            "cvm:CreateLaunchTemplate",
            r#"{"TagSpecification": [{"Tags": [{"a b": 1, "a b": 2}]}]}"#.to_owned(),
            r#"TagSpecification[0].Tags[0]["a b"]"#,
        ),
        (
            "as:CreateLaunchConfiguration",
            format!(r#"{{"LoginSettings": {{"KeyIds": [], "KeyIds": ["skey-3glfot13"], "Password": "{valid}"}}}}"#),
            "LoginSettings.KeyIds",
        ),
        (
            "lighthouse:CreateInstances",
            r#"{"LoginConfiguration": {"AutoGeneratePassword": "NO", "AutoGeneratePassword": "YES"}}"#.to_owned(),
            "LoginConfiguration.AutoGeneratePassword",
        ),
        (
            "lighthouse:ResetInstance",
            r#"{"InstanceId": "lhins-1", "InstanceId": "lhins-2"}"#.to_owned(),
            "InstanceId",
        ),
        (
            "cvm:ResetInstance",
            r#"{"ImageId": "img-1", "ImageId": "img-2"}"#.to_owned(),
            "ImageId",
        ),
        (
            "cvm:ResetInstancesPassword",
            format!(r#"{{"InstanceIds": ["ins-r8hr2upy"], "Password": "short", "Password": "{valid}"}}"#),
            "Password",
        ),
        (
            "cvm:ResetInstancesPassword",
            r#"{"Region": "ap-guangzhou", "Region": "ap-beijing"}"#.to_owned(),
            "Region",
        ),
    ];
    for (name, body, path) in &bodies {
        let error = JsonPreflight::new(api(name), body).unwrap_err();
        assert_eq!(error.input(), JsonInput::Request, "{name} {body}");
        assert_eq!(
            error.to_string(),
            format!("request body: repeated key {path}: a key may be given once in an object"),
            "{name}",
        );
        assert!(!error.to_string().contains("abc123"), "{error}");
    }
    // Every fact too.
    let run = api("cvm:RunInstances");
    let preflight = || JsonPreflight::new(run, "{}").unwrap();
    let instances = r#"{"InstanceSet": [{"InstanceId": "ins-r8hr2upy", "OsName": "Windows", "OsName": "Ubuntu"}]}"#;
    let error = preflight().with_instances(instances).unwrap_err();
    assert_eq!(
        error.to_string(),
        "DescribeInstances output: repeated key InstanceSet[0].OsName: a key may be given once in an object"
    );
    let regions = r#"{"Response": {"RegionSet": [], "RegionSet": []}}"#;
    let error = preflight().with_regions(regions).unwrap_err();
    assert_eq!(
        error.to_string(),
        "DescribeRegions output: repeated key Response.RegionSet: a key may be given once in an object"
    );
    let images = r#"{"ImageSet": [{"ImageId": "img-1", "ImageId": "img-2"}]}"#;
    let error = preflight().with_images(images).unwrap_err();
    assert_eq!(
        error.to_string(),
        "DescribeImages output: repeated key ImageSet[0].ImageId: a key may be given once in an object"
    );
    // The same keys in different objects are no repetition.
    let body = r#"{"DataDisks": [{"DiskSize": 50}, {"DiskSize": 60}], "Placement": {"Zone": "x"}, "LoginSettings": {"Password": "abc123ABC!@#"}}"#;
    assert!(JsonPreflight::new(run, body).is_ok());
}

/// A leading UTF-8 byte order mark, as PowerShell 5 writes one, is
/// skipped in every input; one anywhere else is what it always was.
#[test]
fn a_byte_order_mark_is_skipped() {
    let run = api("cvm:RunInstances");
    let body = "\u{feff}{\"LoginSettings\": {\"Password\": \"abc123ABC!@#\"}}";
    let preflight = JsonPreflight::new(run, body)
        .unwrap()
        .with_images("\u{feff}{\"ImageSet\": []}")
        .unwrap()
        .with_instances("\u{feff}[]")
        .unwrap()
        .with_regions("\u{feff}[]")
        .unwrap();
    assert!(preflight.run().is_ok());
    let reset = "\u{feff}{\"InstanceIds\": [\"ins-r8hr2upy\"], \"Password\": \"abc123ABC!@#\"}";
    assert!(JsonPreflight::new(Api::DEFAULT, reset)
        .unwrap()
        .run()
        .is_ok());
    let twice = "\u{feff}\u{feff}{}";
    let error = JsonPreflight::new(run, twice).unwrap_err();
    assert_eq!(
        error.to_string(),
        "request body: malformed JSON: expected value at line 1 column 1"
    );
}

/// `AutoGeneratePassword` as the body says it: `YES` and `NO` each read,
/// and `null` as absent.
#[test]
fn auto_generate_password_is_read_from_the_body() {
    let create = api("lighthouse:CreateInstances");
    let reset = api("lighthouse:ResetInstance");
    let read = |api: &'static Api, login: serde_json::Value| {
        let body = json!({ "LoginConfiguration": login }).to_string();
        codes(&JsonPreflight::new(api, &body).unwrap().with_os(Os::Windows))
    };
    assert_eq!(
        read(
            create,
            json!({"AutoGeneratePassword": "YES", "Password": "abc123ABC!@#"})
        ),
        ["password_with_auto_generate"]
    );
    assert_eq!(
        read(create, json!({"AutoGeneratePassword": "NO"})),
        ["missing_password"]
    );
    assert_eq!(
        read(create, json!({"AutoGeneratePassword": "YES"})),
        [] as [&str; 0]
    );
    assert_eq!(
        read(create, json!({"AutoGeneratePassword": null})),
        [] as [&str; 0]
    );
    assert_eq!(
        read(reset, json!({"AutoGeneratePassword": "YES"})),
        ["auto_generate_unsupported"]
    );
    assert_eq!(
        read(reset, json!({"AutoGeneratePassword": "NO"})),
        ["missing_password"]
    );
}

/// `null` reads as absent everywhere in a login body: the settings, each
/// of their members, the image and the instance.
#[test]
fn null_is_absent_in_a_login_body() {
    let run = api("cvm:RunInstances");
    let images = r#"{"ImageSet": [{"ImageId": "img-windows0", "OsName": "Windows Server 2022"}]}"#;
    let nulls = [
        json!({"LoginSettings": null, "ImageId": null}),
        json!({"LoginSettings": {"Password": null, "KeyIds": null, "KeepImageLogin": null}}),
        json!({"LoginSettings": {"Password": null, "KeyIds": ["skey-3glfot13"], "KeepImageLogin": null}, "ImageId": "img-windows0"}),
    ];
    let outcomes: Vec<_> = nulls
        .iter()
        .map(|body| {
            let preflight = JsonPreflight::new(run, &body.to_string())
                .unwrap()
                .with_images(images)
                .unwrap();
            (preflight.run().os(), codes(&preflight))
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            (Some(Os::Unknown), vec![]),
            (Some(Os::Unknown), vec![]),
            (Some(Os::Windows), vec!["keys_on_windows".to_owned()]),
        ]
    );
    // A null `Password` next to keys is no password: no conflict; a null
    // `KeepImageLogin` does not keep the image's login.
    let body = json!({"LoginSettings": {"Password": null, "KeyIds": ["skey-3glfot13"], "KeepImageLogin": null}});
    let preflight = JsonPreflight::new(run, &body.to_string())
        .unwrap()
        .with_os(Os::Linux);
    assert_eq!(codes(&preflight), [] as [&str; 0]);
    let reset = api("cvm:ResetInstance");
    let instances = r#"[{"InstanceId": "ins-r8hr2upy", "OsName": "Windows Server 2019"}]"#;
    let body = json!({"InstanceId": null, "LoginSettings": {"KeyIds": ["skey-3glfot13"]}});
    let preflight = JsonPreflight::new(reset, &body.to_string())
        .unwrap()
        .with_instances(instances)
        .unwrap();
    assert_eq!(preflight.run().os(), Some(Os::Unknown));
}

/// A finding is one of two kinds, and says which: a `ResetInstancesPassword`
/// problem, or a login problem, never both; warnings and errors split them.
#[test]
fn findings_are_problems_or_login_problems() {
    let reset = json!({"InstanceIds": ["ins-r8hr2upy", "ins-r8hr2upy"], "Password": "abc123ABC!@"});
    let outcome = JsonPreflight::new(Api::DEFAULT, &reset.to_string())
        .unwrap()
        .run();
    let kinds: Vec<_> = outcome
        .findings()
        .map(|f| {
            (
                f.code(),
                f.problem().map(|p| p.code()),
                f.login_problem().is_some(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("too_short", Some("too_short"), false),
            (
                "duplicate_instance_id",
                Some("duplicate_instance_id"),
                false
            ),
        ]
    );
    let warnings: Vec<_> = outcome.warnings().map(|f| f.code()).collect();
    let errors: Vec<_> = outcome.errors().map(|f| f.code()).collect();
    assert_eq!(
        (warnings, errors),
        (vec!["duplicate_instance_id"], vec!["too_short"])
    );

    let run = api("cvm:RunInstances");
    let body = json!({"LoginSettings": {"Password": "abc123ABC_xyz", "KeyIds": ["skey-3glfot13"]}});
    let outcome = JsonPreflight::new(run, &body.to_string())
        .unwrap()
        .with_os(Os::Unknown)
        .run();
    let kinds: Vec<_> = outcome
        .findings()
        .map(|f| {
            (
                f.code(),
                f.problem().is_some(),
                f.login_problem().map(|p| p.code()),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("disputed_rule", false, Some("disputed_rule")),
            ("password_with_keys", false, Some("password_with_keys")),
            ("keys_on_unknown_os", false, Some("keys_on_unknown_os")),
        ]
    );
    let warnings: Vec<_> = outcome.warnings().map(|f| f.code()).collect();
    assert_eq!(warnings, ["disputed_rule", "keys_on_unknown_os"]);
    assert_eq!(outcome.errors().count(), 1);
    assert!(!outcome.is_ok());
}

#[test]
fn a_login_body_reads_its_region_and_refuses_a_number_for_a_string() {
    let run = api("cvm:RunInstances");
    let body = json!({"Region": "ap-beijing", "LoginSettings": {"Password": "Kx7#mQ2$vL9!pR4w"}});
    let preflight = JsonPreflight::new(run, &body.to_string()).unwrap();
    let debug = format!("{preflight:?}");
    assert!(debug.contains(r#"region: Some("ap-beijing")"#), "{debug}");
    assert!(!debug.contains("Kx7#"), "{debug}");
    let other = preflight.with_region("ap-guangzhou").unwrap_err();
    assert_eq!(other.input(), JsonInput::Region);

    let refused: Vec<String> = ["-1", "1.5", "7"]
        .iter()
        .map(|number| {
            let body = format!(r#"{{"LoginSettings": {{"Password": {number}}}}}"#);
            JsonPreflight::new(run, &body).unwrap_err().to_string()
        })
        .collect();
    assert_eq!(
        refused,
        ["request body: not a cvm:RunInstances request body: LoginSettings.Password is not a string"; 3]
    );
}

/// A finding names the instance concerned by its id only where the id is
/// well-formed: twelve bytes that are not `ins-` and 8 lowercase letters or
/// digits are no id, whatever their length.
#[test]
fn a_finding_names_only_a_well_formed_instance_id() {
    let body = json!({
        "InstanceIds": ["INS-1234567A", "ins-1234567!", "ins-12345678", "ins-12345678"],
        "Password": SECRET,
    });
    let preflight = JsonPreflight::new(Api::DEFAULT, &body.to_string()).unwrap();
    let outcome = preflight.run();
    let named: Vec<_> = outcome
        .findings()
        .map(|f| (f.code(), f.instance_index(), f.instance_id()))
        .collect();
    assert_eq!(
        named,
        [
            ("malformed_instance_id", Some(0), None),
            ("malformed_instance_id", Some(1), None),
            ("duplicate_instance_id", Some(3), Some("ins-12345678")),
        ]
    );
}

/// Every error code a finding can carry for an API: the request's and the
/// password's for `ResetInstancesPassword`, the login settings' for an API
/// the pre-flight reads, else the password's alone.
#[test]
fn each_api_lists_the_error_codes_its_findings_can_carry() {
    let codes = |name: &str| Finding::api_error_codes(api(name)).collect::<Vec<_>>();
    let reset = codes("cvm:ResetInstancesPassword");
    assert_eq!(reset.len(), 17);
    assert_eq!(
        (reset[0], reset[3], reset[16]),
        (
            "UnsupportedRegion",
            "InvalidInstanceId.Malformed",
            "InvalidParameterValue.InvalidPassword"
        )
    );
    assert_eq!(
        codes("cvm:RunInstances"),
        [
            "InvalidParameterValue.InvalidPassword",
            "InvalidParameterCombination",
            "UnsupportedOperation.KeyPairUnsupportedWindows",
        ]
    );
    assert_eq!(
        codes("as:CreateLaunchConfiguration"),
        ["InvalidParameter.Conflict"]
    );
    assert_eq!(
        codes("emr:CreateCluster"),
        ["InvalidParameter.InvalidPassword"]
    );
    assert_eq!(
        codes("lighthouse:ResetInstancesPassword"),
        ["InvalidParameterValue.InvalidPassword"]
    );
}
