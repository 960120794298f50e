//! What `DescribeRegions` says of the regions: their names and states.

use std::collections::HashSet;

use serde_json::Value;

/// The regions a `DescribeRegions` output lists as available.
///
/// Takes what `tccli region DescribeRegions --Product cvm` prints (an
/// object with `RegionSet`), the API's raw response (the same inside
/// `Response`), or a bare `RegionSet` array. A region whose `RegionState`
/// is absent counts as available; any other state than `AVAILABLE` does not.
///
/// Messages name the offending field and position, never a value.
pub fn parse(json: &str) -> Result<HashSet<String>, String> {
    const EXPECTED: &str = "not a DescribeRegions output: expected an object with RegionSet, \
                            or a RegionSet array";
    let value: Value = serde_json::from_str(json).map_err(|e| format!("malformed JSON: {e}"))?;
    let object = match &value {
        Value::Array(_) => None,
        Value::Object(object) => Some(object),
        _ => return Err(EXPECTED.to_owned()),
    };
    let set = match object.map(|o| o.get("Response").and_then(Value::as_object).unwrap_or(o)) {
        None => value.as_array(),
        Some(response) if response.contains_key("Error") => {
            return Err("DescribeRegions answered an error, not regions".to_owned())
        }
        Some(response) => match response.get("RegionSet") {
            Some(Value::Array(set)) => Some(set),
            Some(_) => return Err("RegionSet is not an array".to_owned()),
            None => return Err(EXPECTED.to_owned()),
        },
    };
    let mut available = HashSet::new();
    for (i, item) in set.into_iter().flatten().enumerate() {
        let region = match item.get("Region") {
            Some(Value::String(region)) => region,
            Some(_) => return Err(format!("RegionSet[{i}].Region is not a string")),
            None => return Err(format!("RegionSet[{i}] has no Region")),
        };
        match item.get("RegionState") {
            None | Some(Value::Null) => {}
            Some(Value::String(state)) if state == "AVAILABLE" => {}
            Some(Value::String(_)) => continue,
            Some(_) => return Err(format!("RegionSet[{i}].RegionState is not a string")),
        }
        available.insert(region.clone());
    }
    Ok(available)
}
