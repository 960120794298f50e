//! JSON text as every reader of the pre-flight takes it: a leading byte
//! order mark skipped, and a key given twice in one object refused, by its
//! path, wherever the object is.
//!
//! `serde_json` keeps the last of two equal keys, so `{"Password": "short",
//! "Password": "<valid>"}` would pass with the short one unchecked, while
//! the server may read the first: the two readers disagree, so the input is
//! refused rather than read either way.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Write as _};

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::error::{JsonError, JsonInput};

/// `json` without the UTF-8 byte order mark it may start with (PowerShell
/// 5's `Out-File` writes one).
pub(super) fn without_bom(json: &str) -> &str {
    json.strip_prefix('\u{feff}').unwrap_or(json)
}

/// The value `json` holds.
///
/// # Errors
///
/// For `input`: malformed JSON (with `serde_json`'s position, which quotes
/// nothing), or a repeated key, named by its path.
pub(super) fn parse(json: &str, input: JsonInput) -> Result<Value, JsonError> {
    let mut de = serde_json::Deserializer::from_str(without_bom(json));
    let mut repeated = None;
    let seed = Checked {
        path: &Path::Root,
        repeated: &mut repeated,
    };
    let value = seed.deserialize(&mut de).and_then(|value| {
        de.end()?;
        Ok(value)
    });
    match (value, repeated) {
        (_, Some(path)) => Err(JsonError::new(
            input,
            format!("repeated key {path}: a key may be given once in an object"),
        )),
        (Err(e), None) => Err(JsonError::new(input, format!("malformed JSON: {e}"))),
        (Ok(value), None) => Ok(value),
    }
}

/// Where a value is: `LoginSettings.Password`, `DataDisks[1].DiskType`.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(parent, key) => {
                fmt::Display::fmt(parent, f)?;
                let plain =
                    !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
                if plain {
                    if !matches!(parent, Path::Root) {
                        f.write_char('.')?;
                    }
                    f.write_str(key)
                } else {
                    // As JSON writes it, control characters escaped.
                    write!(f, "[{}]", Value::String((*key).to_string()))
                }
            }
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// A value read at `path`, recording in `repeated` the first repeated key.
struct Checked<'p, 'r> {
    path: &'p Path<'p>,
    repeated: &'r mut Option<String>,
}

impl<'de> DeserializeSeed<'de> for Checked<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Checked<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let path = Path::Index(self.path, items.len());
            let seed = Checked {
                path: &path,
                repeated: &mut *self.repeated,
            };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = Path::Key(self.path, &key);
            if object.contains_key(&key) {
                *self.repeated = Some(path.to_string());
                // The message is made from `repeated`; this one stops the
                // reading and is never shown.
                return Err(de::Error::custom("repeated key"));
            }
            let seed = Checked {
                path: &path,
                repeated: &mut *self.repeated,
            };
            let value = map.next_value_seed(seed)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}
