//! `RequestBody`: the API's JSON request body, read with serde, with error
//! messages that never quote the input.
#![cfg(feature = "serde")]

use cvm_password::{Policy, RequestBody};

fn parse(json: &str) -> Result<RequestBody, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[test]
fn the_vendors_example_body_parses() {
    let body = parse(
        r#"{
            "InstanceIds": [
                "ins-r8hr2upy"
            ],
            "Password": "abc123ABC!@#",
            "ForceStop": false
        }"#,
    )
    .unwrap();
    let request = body.request();
    assert_eq!(request.region(), None);
    assert_eq!(request.instance_ids(), ["ins-r8hr2upy"]);
    assert_eq!(request.password(), Some("abc123ABC!@#"));
    assert_eq!(request.username(), None);
    assert!(!request.force_stop());
    let preflight = request.preflight();
    assert!(preflight.is_ok());
    assert_eq!(preflight.policy(), Policy::WINDOWS);
}

#[test]
fn every_parameter_is_read() {
    let body = parse(
        r#"{"Region": "ap-guangzhou", "InstanceIds": ["ins-r8hr2upy", "ins-5d8a23rs"],
            "Password": "abc\u0031\u00323ABC!@#", "UserName": "deploy", "ForceStop": true}"#,
    )
    .unwrap();
    let request = body.request();
    assert_eq!(request.region(), Some("ap-guangzhou"));
    assert_eq!(request.instance_ids(), ["ins-r8hr2upy", "ins-5d8a23rs"]);
    // Escapes are decoded.
    assert_eq!(request.password(), Some("abc123ABC!@#"));
    assert_eq!(request.username(), Some("deploy"));
    assert!(request.force_stop());
}

/// A parsed `serde_json::Value` hands over owned strings (`visit_string`),
/// where text hands over borrowed ones.
#[test]
fn a_json_value_is_read_like_text() {
    let text = r#"{"Region": "ap-guangzhou", "InstanceIds": ["ins-r8hr2upy"],
        "Password": "abc123ABC!@#", "UserName": "deploy", "ForceStop": true}"#;
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let body: RequestBody = serde_json::from_value(value).unwrap();
    assert_eq!(body, parse(text).unwrap());
    let request = body.request();
    assert_eq!(request.region(), Some("ap-guangzhou"));
    assert_eq!(request.instance_ids(), ["ins-r8hr2upy"]);
    assert_eq!(request.password(), Some("abc123ABC!@#"));
    assert_eq!(request.username(), Some("deploy"));
}

#[test]
fn absent_and_null_parameters_read_as_absent() {
    for json in [
        "{}",
        r#"{"Region": null, "InstanceIds": null, "Password": null, "UserName": null, "ForceStop": null}"#,
    ] {
        let body = parse(json).unwrap();
        assert_eq!(body, RequestBody::default());
        let request = body.request();
        assert_eq!(request.region(), None);
        assert!(request.instance_ids().is_empty());
        assert_eq!(request.password(), None);
        assert!(!request.force_stop());
        let codes: Vec<_> = request.preflight().problems().map(|p| p.code()).collect();
        assert_eq!(codes, ["missing_instance_ids", "missing_password"]);
    }
}

#[test]
fn an_empty_password_is_kept_apart_from_a_missing_one() {
    let body = parse(r#"{"InstanceIds": ["ins-r8hr2upy"], "Password": ""}"#).unwrap();
    assert_eq!(body.request().password(), Some(""));
    let codes: Vec<_> = body
        .request()
        .preflight()
        .problems()
        .map(|p| p.code())
        .collect();
    assert_eq!(codes, ["too_short", "too_few_categories"]);
}

#[test]
fn errors_name_the_parameter_and_the_kind_word_for_word() {
    let cases = [
        (
            r#"{"Passwrod": "abc123ABC!@#"}"#,
            "unknown parameter: ResetInstancesPassword takes Region, InstanceIds, Password, \
             UserName and ForceStop at line 1 column 11",
        ),
        (
            r#"{"Password": "x", "Password": "y"}"#,
            "parameter `Password` is given twice at line 1 column 28",
        ),
        (
            r#"{"Password": 12345678}"#,
            "invalid type: number, expected `Password` as a string at line 1 column 21",
        ),
        (
            r#"{"UserName": {"Name": "root"}}"#,
            "invalid type: object, expected `UserName` as a string at line 1 column 14",
        ),
        (
            r#"{"UserName": true}"#,
            "invalid type: boolean, expected `UserName` as a string at line 1 column 17",
        ),
        (
            r#"{"Region": ["ap-guangzhou"]}"#,
            "invalid type: array, expected `Region` as a string at line 1 column 12",
        ),
        (
            r#"{"InstanceIds": "ins-r8hr2upy"}"#,
            "invalid type: string, expected `InstanceIds` as an array of strings at line 1 column 30",
        ),
        (
            r#"{"InstanceIds": ["ins-r8hr2upy", 7]}"#,
            "invalid type: number, expected each of `InstanceIds` as a string at line 1 column 34",
        ),
        (
            r#"{"InstanceIds": [null]}"#,
            "invalid type: null, expected each of `InstanceIds` as a string at line 1 column 21",
        ),
        (
            r#"{"ForceStop": "TRUE"}"#,
            "invalid type: string, expected `ForceStop` as true or false at line 1 column 20",
        ),
        (
            r#"{"ForceStop": 1}"#,
            "invalid type: number, expected `ForceStop` as true or false at line 1 column 15",
        ),
        (
            r#"["ins-r8hr2upy"]"#,
            "invalid type: array, expected the request body as an object at line 1 column 1",
        ),
        (
            "null",
            "invalid type: null, expected the request body as an object at line 1 column 4",
        ),
        (
            r#""abc123ABC!@#""#,
            "invalid type: string, expected the request body as an object at line 1 column 14",
        ),
        (r#"{"Password": "abc"#, "EOF while parsing a string at line 1 column 17"),
    ];
    for (json, expected) in cases {
        assert_eq!(parse(json).unwrap_err(), expected, "{json}");
    }
}

#[test]
fn no_error_quotes_a_value_of_the_input() {
    let secrets = ["12345678", "Sx9#Tq2!Lm4@", "-987654321", "3.25e7"];
    for secret in secrets {
        let quoted = format!("{secret:?}");
        for json in [
            format!(r#"{{"Password": {secret}}}"#),
            format!(r#"{{"Password": {quoted}, "ForceStop": {quoted}}}"#),
            format!(r#"{{"ForceStop": {secret}}}"#),
            format!(r#"{{"InstanceIds": {quoted}}}"#),
            format!(r#"{{"InstanceIds": [{secret}]}}"#),
            format!(r#"{{"Password": [{quoted}]}}"#),
            format!(r#"{{"Password": {{"x": {quoted}}}}}"#),
            format!(r#"{{{quoted}: 1}}"#),
            quoted.clone(),
            secret.to_owned(),
        ] {
            if let Err(message) = parse(&json) {
                assert!(!message.contains(secret), "{json}: {message}");
            }
        }
    }
}

#[test]
fn debug_redacts_the_password_and_the_username() {
    let body = parse(
        r#"{"Region": "ap-tokyo", "InstanceIds": ["ins-r8hr2upy"], "Password": "Sx9#Tq2!Lm4@", "UserName": "opsadminzed"}"#,
    )
    .unwrap();
    assert_eq!(
        format!("{body:?}"),
        "RequestBody { region: Some(\"ap-tokyo\"), instance_ids: [\"ins-r8hr2upy\"], \
         password: Some(<redacted>), username: Some(<redacted>), force_stop: false }"
    );
}

/// Formats other than JSON can give a parameter name of another type: the
/// error says what was expected, and not the value.
#[test]
fn a_parameter_name_that_is_not_a_string_is_refused() {
    use serde::de::value::{Error, MapDeserializer};
    use serde::Deserialize;
    let input = MapDeserializer::<_, Error>::new([(7u32, "x")].into_iter());
    let error = RequestBody::deserialize(input).unwrap_err().to_string();
    assert_eq!(error, "invalid type: number, expected a parameter name");
}

/// A value as a format with options (RON, for one) hands it over: `None`,
/// or `Some` of a string, a flag or a list of strings. JSON has no options,
/// only `null`, so `serde_json` never gets here.
#[derive(Clone)]
enum Optional {
    None,
    Text(&'static str),
    Flag(bool),
    List(Vec<&'static str>),
}

impl<'de> serde::Deserializer<'de> for Optional {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        use serde::de::value::SeqDeserializer;
        use serde::de::IntoDeserializer;
        match self {
            Optional::None => visitor.visit_none(),
            Optional::Text(text) => visitor.visit_some(text.into_deserializer()),
            Optional::Flag(flag) => visitor.visit_some(flag.into_deserializer()),
            Optional::List(list) => visitor.visit_some(SeqDeserializer::new(list.into_iter())),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

impl serde::de::IntoDeserializer<'_, serde::de::value::Error> for Optional {
    type Deserializer = Optional;

    fn into_deserializer(self) -> Optional {
        self
    }
}

#[test]
fn options_of_other_formats_are_read_like_values_and_nulls() {
    use serde::de::value::{Error, MapDeserializer};
    use serde::Deserialize;
    let read = |values: [Optional; 5]| {
        let names = ["Region", "InstanceIds", "Password", "UserName", "ForceStop"];
        RequestBody::deserialize(MapDeserializer::<_, Error>::new(
            names.into_iter().zip(values),
        ))
        .unwrap()
    };
    let some = read([
        Optional::Text("ap-guangzhou"),
        Optional::List(vec!["ins-r8hr2upy"]),
        Optional::Text("abc123ABC!@#"),
        Optional::Text("deploy"),
        Optional::Flag(true),
    ]);
    let text = r#"{"Region": "ap-guangzhou", "InstanceIds": ["ins-r8hr2upy"],
        "Password": "abc123ABC!@#", "UserName": "deploy", "ForceStop": true}"#;
    assert_eq!(some, parse(text).unwrap());
    let none = read([
        Optional::None,
        Optional::None,
        Optional::None,
        Optional::None,
        Optional::None,
    ]);
    assert_eq!(none, RequestBody::default());
    let not_forced = read([
        Optional::None,
        Optional::None,
        Optional::None,
        Optional::None,
        Optional::Flag(false),
    ]);
    assert_eq!(not_forced, RequestBody::default());
}
