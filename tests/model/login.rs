//! An independent, naive model of the login settings pre-flight, written
//! from the references' texts (`LoginSettings`, `LoginConfiguration`) and
//! the error codes the vendor's Go SDK lists above each API's function:
//! the APIs spelt out, strings compared, lists pushed in the order of the
//! parameters. Its password verdict is the API model's (`super::apis`).

use cvm_password::Os;

/// The login settings of one request, as plain data.
#[derive(Clone, Debug, Default)]
pub struct Login {
    pub password: Option<String>,
    pub keys: usize,
    pub keep_image_login: bool,
    /// `AutoGeneratePassword`: `Some(true)` for `YES`.
    pub auto_generate: Option<bool>,
}

/// One problem: its code, the API's error code, its parameter.
pub type Found = (&'static str, Option<&'static str>, &'static str);

/// The APIs with login settings.
pub const APIS: [&str; 6] = [
    "cvm:RunInstances",
    "cvm:ResetInstance",
    "cvm:CreateLaunchTemplate",
    "as:CreateLaunchConfiguration",
    "lighthouse:CreateInstances",
    "lighthouse:ResetInstance",
];

/// What the model says of `login` for instances of `os`: errors and the
/// warnings of the settings, in the order of the parameters. Of the
/// password only its violations are listed (its warnings are the API
/// model's business).
pub fn expected(api: &str, os: Os, login: &Login, strict: bool) -> Vec<Found> {
    let lighthouse = api.starts_with("lighthouse:");
    let object = if lighthouse {
        "LoginConfiguration"
    } else {
        "LoginSettings"
    };
    let path =
        |name: &str| -> &'static str { Box::leak(format!("{object}.{name}").into_boxed_str()) };
    let conflict = match api {
        "cvm:RunInstances" | "cvm:CreateLaunchTemplate" => "InvalidParameterCombination",
        "cvm:ResetInstance" => "InvalidParameter.ParameterConflict",
        "as:CreateLaunchConfiguration" => "InvalidParameter.Conflict",
        _ => "InvalidParameterValue.InvalidParameterCombination",
    };
    let mut found = Vec::new();

    match login.auto_generate {
        Some(true) if api == "lighthouse:ResetInstance" => found.push((
            "auto_generate_unsupported",
            Some("UnsupportedOperation.OperationNotSupportAutoGeneratePassword"),
            path("AutoGeneratePassword"),
        )),
        Some(true) if login.password.is_some() => found.push((
            "password_with_auto_generate",
            Some(conflict),
            path("AutoGeneratePassword"),
        )),
        Some(false) if login.password.is_none() => {
            found.push(("missing_password", None, path("Password")));
        }
        _ => {}
    }

    if let Some(password) = &login.password {
        let (violations, _) = super::apis::model(api).verdict(password, &[os], None, strict);
        for code in violations {
            let password_code = if lighthouse || api.starts_with("cvm:") {
                Some("InvalidParameterValue.InvalidPassword")
            } else {
                None
            };
            found.push((code, password_code, path("Password")));
        }
        if api == "lighthouse:CreateInstances" && matches!(os, Os::Linux | Os::Ubuntu) {
            found.push(("linux_password_at_creation", None, path("Password")));
        }
    }

    if login.keys > 0 {
        if login.password.is_some() {
            found.push(("password_with_keys", Some(conflict), path("KeyIds")));
        }
        let max = match api {
            "as:CreateLaunchConfiguration" => Some(1),
            _ if lighthouse => Some(5),
            _ => None,
        };
        if max.is_some_and(|max| login.keys > max) {
            found.push(("too_many_keys", None, path("KeyIds")));
        }
        match os {
            Os::Windows => {
                let code = api
                    .starts_with("cvm:")
                    .then_some("UnsupportedOperation.KeyPairUnsupportedWindows");
                found.push(("keys_on_windows", code, path("KeyIds")));
            }
            Os::Unknown => found.push(("keys_on_unknown_os", None, path("KeyIds"))),
            _ => {}
        }
    }

    if login.keep_image_login && (login.password.is_some() || login.keys > 0) {
        found.push((
            "keep_image_login_with_credentials",
            Some(conflict),
            path("KeepImageLogin"),
        ));
    }
    found
}
