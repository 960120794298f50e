//! What `DescribeInstances` says of each instance: `InstanceId`, `OsName`
//! and `InstanceState`.

use std::collections::HashMap;

use cvm_password::Instance;
use serde_json::{Map, Value};

/// The instances of a `DescribeInstances` output, by id.
///
/// Takes what `tccli cvm DescribeInstances` prints (an object with
/// `InstanceSet`), the API's raw response (the same inside `Response`), or a
/// bare `InstanceSet` array. Of each instance only `InstanceId` (required),
/// `OsName` and `InstanceState` are read; a missing `OsName` is an unknown
/// OS, a missing `InstanceState` an unknown state. An id listed twice keeps
/// its first description.
///
/// Messages name the offending field and position, never a value.
pub fn parse(json: &str) -> Result<HashMap<String, Instance>, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("malformed JSON: {e}"))?;
    let set = instance_set(&value)?;
    let mut instances = HashMap::with_capacity(set.len());
    for (i, item) in set.iter().enumerate() {
        let item = item
            .as_object()
            .ok_or_else(|| format!("InstanceSet[{i}] is not an object"))?;
        let id = match item.get("InstanceId") {
            Some(Value::String(id)) => id,
            Some(_) => return Err(format!("InstanceSet[{i}].InstanceId is not a string")),
            None => return Err(format!("InstanceSet[{i}] has no InstanceId")),
        };
        let os_name = text(item, "OsName", i)?;
        let state = text(item, "InstanceState", i)?;
        instances
            .entry(id.clone())
            .or_insert_with(|| Instance::from_os_name_and_state(os_name, state));
    }
    Ok(instances)
}

fn instance_set(value: &Value) -> Result<&Vec<Value>, String> {
    const EXPECTED: &str = "not a DescribeInstances output: expected an object with InstanceSet, \
                            or an InstanceSet array";
    let object = match value {
        Value::Array(set) => return Ok(set),
        Value::Object(object) => object,
        _ => return Err(EXPECTED.to_owned()),
    };
    let response = match object.get("Response") {
        Some(Value::Object(response)) => response,
        _ => object,
    };
    if response.contains_key("Error") {
        return Err("DescribeInstances answered an error, not instances".to_owned());
    }
    match response.get("InstanceSet") {
        Some(Value::Array(set)) => Ok(set),
        Some(_) => Err("InstanceSet is not an array".to_owned()),
        None => Err(EXPECTED.to_owned()),
    }
}

/// A string field, `""` when absent or `null`.
fn text<'a>(item: &'a Map<String, Value>, field: &str, i: usize) -> Result<&'a str, String> {
    match item.get(field) {
        Some(Value::String(s)) => Ok(s),
        None | Some(Value::Null) => Ok(""),
        Some(_) => Err(format!("InstanceSet[{i}].{field} is not a string")),
    }
}
