//! The request bodies of the APIs with login settings, read from JSON:
//! every top-level parameter the API's reference documents is known, so a
//! misspelt one is an error, as the server's `UnknownParameter` would be.
//! Only the login settings, the image and the instance are read further.

use alloc::format;
use alloc::string::String;

use serde_json::{Map, Value};

use super::error::{JsonError, JsonInput};
use crate::api::{Api, LoginObject};
use crate::request::LoginSettings;

/// A login-settings body, owned.
#[derive(Clone, Default, PartialEq, Eq)]
pub(super) struct LoginBody {
    pub(super) region: Option<String>,
    pub(super) image_id: Option<String>,
    pub(super) instance_id: Option<String>,
    password: Option<String>,
    key_count: usize,
    keep_image_login: bool,
    auto_generate_password: Option<bool>,
}

impl LoginBody {
    /// Reads `json`, a request body of `api`, an API with login settings.
    pub(super) fn read(api: &Api, json: &str) -> Result<LoginBody, JsonError> {
        let action = api.name();
        let error = |detail: &str| {
            JsonError::new(
                JsonInput::Request,
                format!("not a {action} request body: {detail}"),
            )
        };
        let known = api.parameters().unwrap_or_default();
        let value = super::text::parse(json, JsonInput::Request)?;
        let Value::Object(body) = value else {
            return Err(error("expected an object"));
        };
        let login = api.login_rules().map(|rules| rules.object);
        let mut read = LoginBody::default();
        for (name, value) in &body {
            let name = name.as_str();
            if name != "Region" && !known.contains(&name) {
                return Err(error(&format!(
                    "unknown parameter: {action} takes the {} parameters of its reference, and Region",
                    known.len(),
                )));
            }
            match name {
                "Region" => read.region = string(value, name).map_err(|e| error(&e))?,
                "ImageId" => read.image_id = string(value, name).map_err(|e| error(&e))?,
                "InstanceId" => read.instance_id = string(value, name).map_err(|e| error(&e))?,
                _ if Some(name) == login.map(LoginObject::name) => {
                    if let Some(object) = login {
                        read.login(object, value).map_err(|e| error(&e))?;
                    }
                }
                _ => {}
            }
        }
        Ok(read)
    }

    fn login(&mut self, object: LoginObject, value: &Value) -> Result<(), String> {
        let members = object.members();
        let object = object.name();
        let settings: &Map<String, Value> = match value {
            Value::Null => return Ok(()),
            Value::Object(settings) => settings,
            _ => return Err(format!("{object} is not an object")),
        };
        for (name, value) in settings {
            let path = |name: &str| format!("{object}.{name}");
            match name.as_str() {
                name if !members.contains(&name) => {
                    return Err(format!(
                        "unknown parameter in {object}: it takes {}",
                        members.join(", "),
                    ))
                }
                "Password" => self.password = string(value, &path("Password"))?,
                "KeyIds" => self.key_count = strings(value, &path("KeyIds"))?,
                "KeepImageLogin" => self.keep_image_login = flag(value, &path("KeepImageLogin"))?,
                _ => {
                    self.auto_generate_password = match value {
                        Value::Null => None,
                        Value::String(s) if s == "YES" => Some(true),
                        Value::String(s) if s == "NO" => Some(false),
                        _ => return Err(format!("{} must be YES or NO", path(name))),
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn login_settings(&self) -> LoginSettings<'_> {
        let mut login = LoginSettings::new()
            .with_key_count(self.key_count)
            .with_keep_image_login(self.keep_image_login);
        if let Some(password) = &self.password {
            login = login.with_password(password);
        }
        if let Some(generate) = self.auto_generate_password {
            login = login.with_auto_generate_password(generate);
        }
        login
    }
}

/// The password is never shown, only whether there is one.
impl core::fmt::Debug for LoginBody {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("LoginBody")
            .field("region", &self.region)
            .field("image_id", &self.image_id)
            .field("instance_id", &self.instance_id)
            .field("login", &self.login_settings())
            .finish_non_exhaustive()
    }
}

fn string(value: &Value, path: &str) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(format!("{path} is not a string")),
    }
}

/// How many strings an array holds.
fn strings(value: &Value, path: &str) -> Result<usize, String> {
    match value {
        Value::Null => Ok(0),
        Value::Array(items) if items.iter().all(Value::is_string) => Ok(items.len()),
        _ => Err(format!("{path} is not an array of strings")),
    }
}

/// A JSON boolean, or the API's spelling of one in a string (`TRUE`,
/// `true`, `FALSE`, `false`): CVM's reference types `KeepImageLogin` as a
/// string, Auto Scaling's as a boolean.
fn flag(value: &Value, path: &str) -> Result<bool, String> {
    match value {
        Value::Null => Ok(false),
        Value::Bool(flag) => Ok(*flag),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(format!("{path} is not true or false")),
    }
}
