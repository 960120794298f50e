//! `RequestBody`: the JSON body of a `ResetInstancesPassword` request, owned
//! and deserialized with serde.
//!
//! Every error message is written here, and none quotes the input: serde's
//! own messages quote the value of a wrong type, and in a request body
//! that value may be the password (`"Password": 12345678`). So every
//! visitor is called through `deserialize_any`, which lets it see each
//! value before a format describes it, and refuses what it does not take
//! by naming the kind, never the value.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use super::parameters::{Redacted, Request};

/// The body of a `ResetInstancesPassword` request, as the API takes it in
/// JSON, owned: `Region`, `InstanceIds`, `Password`, `UserName` and
/// `ForceStop`, with the API's names. Lend it to the pre-flight
/// with [`RequestBody::request`].
///
/// Reading it (feature `serde`), from JSON or any other self-describing
/// serde format (one that says what each value is, as `deserialize_any`
/// needs; bincode and other formats that do not are refused):
///
/// - Every parameter may be absent, or `null`, which reads as absent; the
///   pre-flight then reports what the server would. `Region` in particular
///   is a common parameter, usually sent in a header, so the vendor's own
///   example body has none.
/// - A parameter of the wrong type, a parameter given twice, and a name
///   the API does not take (the server answers `UnknownParameter`) are
///   errors. Names are compared exactly.
/// - `ForceStop` is a JSON boolean.
/// - No error message quotes a value of the input, which may be the
///   password; and `Debug` redacts the password and the username.
///
/// ```
/// use cvm_password::RequestBody;
///
/// // The vendor's example.
/// let body: RequestBody = serde_json::from_str(r#"{
///     "InstanceIds": ["ins-r8hr2upy"],
///     "Password": "abc123ABC!@#",
///     "ForceStop": false
/// }"#).unwrap();
/// let request = body.request();
/// assert_eq!(request.instance_ids(), ["ins-r8hr2upy"]);
/// assert_eq!(request.region(), None);
/// assert!(request.with_region("ap-guangzhou").preflight().is_ok());
///
/// let error = serde_json::from_str::<RequestBody>(r#"{"Password": 12345678}"#).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid type: number, expected `Password` as a string at line 1 column 21",
/// );
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RequestBody {
    region: Option<String>,
    instance_ids: Vec<String>,
    password: Option<String>,
    username: Option<String>,
    force_stop: bool,
}

impl RequestBody {
    /// The request this body makes, borrowed from it.
    pub fn request(&self) -> Request<'_, String> {
        Request::from_parts(
            self.region.as_deref(),
            &self.instance_ids,
            self.password.as_deref(),
            self.username.as_deref(),
            self.force_stop,
        )
    }
}

impl fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestBody")
            .field("region", &self.region)
            .field("instance_ids", &self.instance_ids)
            .field("password", &self.password.as_ref().map(|_| Redacted))
            .field("username", &self.username.as_ref().map(|_| Redacted))
            .field("force_stop", &self.force_stop)
            .finish()
    }
}

impl<'de> de::Deserialize<'de> for RequestBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BodyVisitor)
    }
}

/// The parameters the body may hold.
#[derive(Clone, Copy)]
enum Parameter {
    Region,
    InstanceIds,
    Password,
    UserName,
    ForceStop,
}

impl Parameter {
    const ALL: [Parameter; 5] = [
        Parameter::Region,
        Parameter::InstanceIds,
        Parameter::Password,
        Parameter::UserName,
        Parameter::ForceStop,
    ];

    const fn name(self) -> &'static str {
        match self {
            Parameter::Region => "Region",
            Parameter::InstanceIds => "InstanceIds",
            Parameter::Password => "Password",
            Parameter::UserName => "UserName",
            Parameter::ForceStop => "ForceStop",
        }
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Refuses, for each listed `visit_*` method, a value of that kind, naming
/// the kind and never the value.
macro_rules! refuse {
    ($($method:ident($type:ty) as $kind:literal;)*) => {$(
        fn $method<E: de::Error>(self, _: $type) -> Result<Self::Value, E> {
            Err(E::invalid_type(Unexpected::Other($kind), &self))
        }
    )*};
}

/// Refuses the value kinds that every visitor below but one refuses, with
/// the names JSON gives them.
macro_rules! refuse_scalars {
    () => {
        refuse! {
            visit_bool(bool) as "boolean";
            visit_i64(i64) as "number";
            visit_i128(i128) as "number";
            visit_u64(u64) as "number";
            visit_u128(u128) as "number";
            visit_f64(f64) as "number";
            visit_bytes(&[u8]) as "bytes";
        }
    };
}

/// Refuses an array, or an object.
macro_rules! refuse_containers {
    (seq) => {
        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(de::Error::invalid_type(Unexpected::Other("array"), &self))
        }
    };
    (map) => {
        fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(de::Error::invalid_type(Unexpected::Other("object"), &self))
        }
    };
}

struct BodyVisitor;

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = RequestBody;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the request body as an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RequestBody, A::Error> {
        let mut body = RequestBody::default();
        let mut seen = 0u8;
        while let Some(parameter) = map.next_key_seed(ParameterSeed)? {
            if seen & parameter.bit() != 0 {
                return Err(de::Error::custom(format_args!(
                    "parameter `{}` is given twice",
                    parameter.name(),
                )));
            }
            seen |= parameter.bit();
            match parameter {
                Parameter::Region => body.region = map.next_value_seed(Text(parameter))?,
                Parameter::InstanceIds => body.instance_ids = map.next_value_seed(Ids)?,
                Parameter::Password => body.password = map.next_value_seed(Text(parameter))?,
                Parameter::UserName => body.username = map.next_value_seed(Text(parameter))?,
                Parameter::ForceStop => body.force_stop = map.next_value_seed(Flag)?,
            }
        }
        Ok(body)
    }

    fn visit_unit<E: de::Error>(self) -> Result<RequestBody, E> {
        Err(E::invalid_type(Unexpected::Other("null"), &self))
    }

    refuse_containers!(seq);
    refuse_scalars!();
    refuse! {
        visit_str(&str) as "string";
    }
}

struct ParameterSeed;

impl<'de> DeserializeSeed<'de> for ParameterSeed {
    type Value = Parameter;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Parameter, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for ParameterSeed {
    type Value = Parameter;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a parameter name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Parameter, E> {
        Parameter::ALL
            .into_iter()
            .find(|p| p.name() == name)
            // The name is not quoted: it is input, and may be anything.
            .ok_or_else(|| {
                E::custom(
                    "unknown parameter: ResetInstancesPassword takes Region, InstanceIds, \
                     Password, UserName and ForceStop",
                )
            })
    }

    refuse_scalars!();
}

/// A string parameter, or `null`.
struct Text(Parameter);

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` as a string", self.0.name())
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Some(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(Some(text))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    refuse_containers!(seq);
    refuse_containers!(map);
    refuse_scalars!();
}

/// `InstanceIds`: an array of strings, or `null`.
struct Ids;

impl<'de> DeserializeSeed<'de> for Ids {
    type Value = Vec<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Ids {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`InstanceIds` as an array of strings")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut ids = Vec::new();
        while let Some(id) = seq.next_element_seed(Id)? {
            ids.push(id);
        }
        Ok(ids)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    refuse_containers!(map);
    refuse_scalars!();
    refuse! {
        visit_str(&str) as "string";
    }
}

/// One of `InstanceIds`.
struct Id;

impl<'de> DeserializeSeed<'de> for Id {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Id {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("each of `InstanceIds` as a string")
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<String, E> {
        Ok(id.to_owned())
    }

    fn visit_string<E: de::Error>(self, id: String) -> Result<String, E> {
        Ok(id)
    }

    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Err(E::invalid_type(Unexpected::Other("null"), &self))
    }

    refuse_containers!(seq);
    refuse_containers!(map);
    refuse_scalars!();
}

/// `ForceStop`: a boolean, or `null` for the default, `false`.
struct Flag;

impl<'de> DeserializeSeed<'de> for Flag {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Flag {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`ForceStop` as true or false")
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<bool, E> {
        Ok(flag)
    }

    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_none<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }

    refuse_containers!(seq);
    refuse_containers!(map);
    refuse! {
        visit_i64(i64) as "number";
        visit_i128(i128) as "number";
        visit_u64(u64) as "number";
        visit_u128(u128) as "number";
        visit_f64(f64) as "number";
        visit_str(&str) as "string";
        visit_bytes(&[u8]) as "bytes";
    }
}
