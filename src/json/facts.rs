//! The vendor's descriptions of instances, regions and images, read from
//! `DescribeInstances`, `DescribeRegions` and `DescribeImages` outputs.
//!
//! Each takes what tccli prints (an object with the set), the API's raw
//! response (the same inside `Response`), or the bare set. Only the fields
//! the pre-flight reads are looked at, and only their types are checked;
//! messages name the field and the position, never a value.

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde_json::{Map, Value};

use super::error::{JsonError, JsonInput};
use super::text::parse;
use crate::policy::Os;
use crate::request::{Instance, InstanceState, Restriction};

/// One instance as described, owned.
#[derive(Clone, Debug)]
pub(super) struct Described {
    os: Os,
    state: Option<InstanceState>,
    user: Option<String>,
    restriction: Option<Restriction>,
}

impl Described {
    pub(super) fn instance(&self) -> Instance {
        Instance::new(self.os, self.state).with_restriction(self.restriction)
    }

    /// Its `DefaultLoginUser`, where given and not empty.
    pub(super) fn default_login_user(&self) -> Option<&str> {
        self.user.as_deref()
    }
}

/// The instances of a `DescribeInstances` output, by id. An id listed twice
/// keeps its first description; a missing `OsName` is an unknown OS, a
/// missing `InstanceState` an unknown state, an empty `DefaultLoginUser`
/// none.
pub(super) fn instances(json: &str) -> Result<BTreeMap<String, Described>, JsonError> {
    let input = JsonInput::Instances;
    let value = parse(json, input)?;
    let set = set(&value, input, "InstanceSet", "instances")?;
    let mut described = BTreeMap::new();
    for (i, item) in set.iter().enumerate() {
        let item = item
            .as_object()
            .ok_or_else(|| JsonError::new(input, format!("InstanceSet[{i}] is not an object")))?;
        let id = match item.get("InstanceId") {
            Some(Value::String(id)) => id,
            Some(_) => {
                let detail = format!("InstanceSet[{i}].InstanceId is not a string");
                return Err(JsonError::new(input, detail));
            }
            None => {
                return Err(JsonError::new(
                    input,
                    format!("InstanceSet[{i}] has no InstanceId"),
                ))
            }
        };
        let field = |name| text(item, name, "InstanceSet", i, input);
        let instance = Instance::from_os_name_and_state(field("OsName")?, field("InstanceState")?);
        let user = field("DefaultLoginUser")?;
        let restriction =
            Restriction::from_names(field("RestrictState")?, field("IsolatedSource")?);
        described.entry(id.clone()).or_insert(Described {
            os: instance.os(),
            state: instance.state(),
            user: (!user.is_empty()).then(|| user.to_string()),
            restriction,
        });
    }
    Ok(described)
}

/// The regions a `DescribeRegions` output lists as available: those whose
/// `RegionState` is `AVAILABLE` or absent.
pub(super) fn regions(json: &str) -> Result<BTreeSet<String>, JsonError> {
    let input = JsonInput::Regions;
    let value = parse(json, input)?;
    let mut available = BTreeSet::new();
    for (i, item) in set(&value, input, "RegionSet", "regions")?
        .iter()
        .enumerate()
    {
        let item = item
            .as_object()
            .ok_or_else(|| JsonError::new(input, format!("RegionSet[{i}] is not an object")))?;
        let region = match item.get("Region") {
            Some(Value::String(region)) => region,
            Some(_) => {
                return Err(JsonError::new(
                    input,
                    format!("RegionSet[{i}].Region is not a string"),
                ))
            }
            None => {
                return Err(JsonError::new(
                    input,
                    format!("RegionSet[{i}] has no Region"),
                ))
            }
        };
        let state = text(item, "RegionState", "RegionSet", i, input)?;
        if state.is_empty() || state == "AVAILABLE" {
            available.insert(region.clone());
        }
    }
    Ok(available)
}

/// The OS of each image of a `DescribeImages` output, by `ImageId`: from
/// its `OsName`, else its `Platform` (`Windows`, `TencentOS`, `Ubuntu`...).
pub(super) fn images(json: &str) -> Result<BTreeMap<String, Os>, JsonError> {
    let input = JsonInput::Images;
    let value = parse(json, input)?;
    let mut images = BTreeMap::new();
    for (i, item) in set(&value, input, "ImageSet", "images")?.iter().enumerate() {
        let item = item
            .as_object()
            .ok_or_else(|| JsonError::new(input, format!("ImageSet[{i}] is not an object")))?;
        let id = match item.get("ImageId") {
            Some(Value::String(id)) => id,
            Some(_) => {
                return Err(JsonError::new(
                    input,
                    format!("ImageSet[{i}].ImageId is not a string"),
                ))
            }
            None => {
                return Err(JsonError::new(
                    input,
                    format!("ImageSet[{i}] has no ImageId"),
                ))
            }
        };
        let os = match Os::from_os_name(text(item, "OsName", "ImageSet", i, input)?) {
            Os::Unknown => Os::from_os_name(text(item, "Platform", "ImageSet", i, input)?),
            os => os,
        };
        images.entry(id.clone()).or_insert(os);
    }
    Ok(images)
}

/// The array `name` of an output, of its `Response`, or the value itself.
fn set<'v>(
    value: &'v Value,
    input: JsonInput,
    name: &str,
    noun: &str,
) -> Result<&'v Vec<Value>, JsonError> {
    let expected = || {
        let api = input.label().trim_end_matches(" output");
        JsonError::new(
            input,
            format!("not a {api} output: expected an object with {name}, or an {name} array"),
        )
    };
    let object = match value {
        Value::Array(set) => return Ok(set),
        Value::Object(object) => object,
        _ => return Err(expected()),
    };
    let response = match object.get("Response") {
        Some(Value::Object(response)) => response,
        _ => object,
    };
    if response.contains_key("Error") {
        let api = input.label().trim_end_matches(" output");
        return Err(JsonError::new(
            input,
            format!("{api} answered an error, not {noun}"),
        ));
    }
    match response.get(name) {
        Some(Value::Array(set)) => Ok(set),
        Some(_) => Err(JsonError::new(input, format!("{name} is not an array"))),
        None => Err(expected()),
    }
}

/// A string field of the `i`th item of `set`, `""` when absent or `null`.
fn text<'a>(
    item: &'a Map<String, Value>,
    field: &str,
    set: &str,
    i: usize,
    input: JsonInput,
) -> Result<&'a str, JsonError> {
    match item.get(field) {
        Some(Value::String(s)) => Ok(s),
        None | Some(Value::Null) => Ok(""),
        Some(_) => Err(JsonError::new(
            input,
            format!("{set}[{i}].{field} is not a string"),
        )),
    }
}
