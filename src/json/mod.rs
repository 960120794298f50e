//! Feature `json`: a whole request pre-flighted from the vendor's JSON, for
//! every API whose request this crate reads; the engine of the CLI's
//! `preflight` and of the Python package's.
//!
//! [`JsonPreflight`] reads the request body of an API and, where given, the
//! vendor's descriptions of the instances (`DescribeInstances`), the
//! regions (`DescribeRegions`) and the images (`DescribeImages`), and gives
//! an [`Outcome`]: every [`Finding`], errors and warnings, each with its
//! code, the API's error code, its message and the parameter concerned.
//!
//! - `cvm:ResetInstancesPassword` is read as [`RequestBody`] reads it, and
//!   checked by [`Request::preflight_with`]: region, ids, password,
//!   username, each instance's state.
//! - The APIs with login settings ([`LoginPreflight::apis`]) are checked by
//!   [`LoginPreflight`], for the OS of their instances: the one given
//!   ([`JsonPreflight::with_os`]), else the OS of the body's `ImageId` in
//!   the images described, else the OS of the body's `InstanceId` in the
//!   instances described, else unknown, the strictest.
//!
//! No error or message quotes a value of the input.

mod body;
mod error;
mod facts;
mod text;

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::string::{String, ToString};
use alloc::vec::Vec;

pub use self::error::{JsonError, JsonInput};

use self::body::LoginBody;
use self::facts::Described;
use crate::api::{Api, Reading};
use crate::describe::{Finding, Report};
use crate::message::Lang;
use crate::policy::{Os, Policy};
use crate::request::{LoginPreflight, Request, RequestBody, Severity};

/// A request body of an API, with what the caller knows of its instances,
/// regions and images, ready to be checked by [`JsonPreflight::run`].
///
/// ```
/// use cvm_password::{Api, JsonPreflight, Lang, Severity};
///
/// let run = Api::from_name("cvm:RunInstances").unwrap();
/// let body = r#"{"ImageId": "img-pmqg1cw7", "LoginSettings": {"Password": "abc123ABC_xyz"}}"#;
/// let images = r#"{"ImageSet": [{"ImageId": "img-pmqg1cw7", "OsName": "TencentOS Server 3.1"}]}"#;
/// let outcome = JsonPreflight::new(run, body)?.with_images(images)?.run();
/// assert!(outcome.is_ok());
/// let warning = outcome.findings().next().unwrap();
/// assert_eq!(warning.code(), "disputed_rule");
/// assert_eq!(warning.severity(), Severity::Warning);
/// assert_eq!(warning.parameter().unwrap().to_string(), "LoginSettings.Password");
///
/// let error = JsonPreflight::new(run, r#"{"LoginSetings": {}}"#).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "request body: not a cvm:RunInstances request body: unknown parameter: cvm:RunInstances takes the 34 parameters of its reference, and Region",
/// );
/// # Ok::<(), cvm_password::JsonError>(())
/// ```
#[derive(Clone, Debug)]
pub struct JsonPreflight {
    api: &'static Api,
    body: Body,
    region: Option<String>,
    instances: Option<BTreeMap<String, Described>>,
    regions: Option<BTreeSet<String>>,
    images: Option<BTreeMap<String, Os>>,
    os: Option<Os>,
    reading: Reading,
}

#[derive(Clone, Debug)]
enum Body {
    Reset(RequestBody),
    Login(LoginBody),
}

impl JsonPreflight {
    /// Reads `body`, a JSON request body of `api`.
    ///
    /// # Errors
    ///
    /// [`JsonError`] for [`JsonInput::Api`] when `api`'s request is not
    /// one this crate reads (see [`JsonPreflight::apis`]); for
    /// [`JsonInput::Request`] when `body` is not one of its bodies:
    /// malformed JSON, an unknown parameter, a value of the wrong type.
    pub fn new(api: &'static Api, body: &str) -> Result<JsonPreflight, JsonError> {
        let body = if api == Api::DEFAULT {
            // The one rule for repeated keys and a byte order mark first;
            // then the body's own reader, for its typed errors.
            text::parse(body, JsonInput::Request)?;
            let read = serde_json::from_str(text::without_bom(body)).map_err(|e| {
                let detail = if e.is_data() {
                    alloc::format!("not a ResetInstancesPassword request body: {e}")
                } else {
                    alloc::format!("malformed JSON: {e}")
                };
                JsonError::new(JsonInput::Request, detail)
            })?;
            Body::Reset(read)
        } else {
            JsonPreflight::reads(api)?;
            Body::Login(LoginBody::read(api, body)?)
        };
        Ok(JsonPreflight {
            api,
            body,
            region: None,
            instances: None,
            regions: None,
            images: None,
            os: None,
            reading: Reading::Common,
        })
    }

    /// Whether [`JsonPreflight::new`] reads the requests of `api`, as an
    /// error to show when not: a caller can say so before reading a body.
    ///
    /// # Errors
    ///
    /// [`JsonError`] for [`JsonInput::Api`], naming the APIs it reads.
    pub fn reads(api: &Api) -> Result<(), JsonError> {
        if api.parameters().is_some() {
            return Ok(());
        }
        let detail = alloc::format!(
            "the pre-flight reads the requests of {} only; for another API, check the password alone",
            JsonPreflight::apis().map(Api::name).collect::<Vec<_>>().join(", "),
        );
        Err(JsonError::new(JsonInput::Api, detail))
    }

    /// The APIs whose requests [`JsonPreflight::new`] reads:
    /// `cvm:ResetInstancesPassword`, then those of [`LoginPreflight::apis`].
    pub fn apis() -> impl Iterator<Item = &'static Api> {
        Api::ALL.iter().filter(|api| api.parameters().is_some())
    }

    /// The top-level parameters of `api`'s request body, as its reference
    /// documents them, besides `Region`; `None` for an API whose request
    /// is not read.
    ///
    /// ```
    /// use cvm_password::{Api, JsonPreflight};
    ///
    /// let reset = JsonPreflight::parameters(Api::DEFAULT).unwrap();
    /// assert_eq!(reset, ["InstanceIds", "Password", "UserName", "ForceStop"]);
    /// ```
    pub fn parameters(api: &Api) -> Option<&'static [&'static str]> {
        api.parameters()
    }

    /// The same, with the region given beside the body (tccli's
    /// `--region`): the body's `Region` where it has none.
    ///
    /// # Errors
    ///
    /// [`JsonError`] for [`JsonInput::Region`] when the body names another
    /// region.
    pub fn with_region(mut self, region: &str) -> Result<JsonPreflight, JsonError> {
        match self.body_region() {
            Some(given) if given != region => Err(JsonError::new(
                JsonInput::Region,
                "the region given differs from the Region of the request body",
            )),
            _ => {
                self.region = Some(region.to_string());
                Ok(self)
            }
        }
    }

    /// The same, knowing the instances `json`, a `DescribeInstances`
    /// output, describes: their OS, state, `DefaultLoginUser`,
    /// `RestrictState` and `IsolatedSource`.
    ///
    /// # Errors
    ///
    /// [`JsonError`] for [`JsonInput::Instances`] when `json` is not such
    /// an output.
    pub fn with_instances(mut self, json: &str) -> Result<JsonPreflight, JsonError> {
        self.instances = Some(facts::instances(json)?);
        Ok(self)
    }

    /// The same, knowing the regions `json`, a `DescribeRegions` output
    /// for CVM, lists as available: they beat the crate's own lists.
    ///
    /// # Errors
    ///
    /// [`JsonError`] for [`JsonInput::Regions`] when `json` is not such an
    /// output.
    pub fn with_regions(mut self, json: &str) -> Result<JsonPreflight, JsonError> {
        self.regions = Some(facts::regions(json)?);
        Ok(self)
    }

    /// The same, knowing the OS of the images `json`, a `DescribeImages`
    /// output, describes.
    ///
    /// # Errors
    ///
    /// [`JsonError`] for [`JsonInput::Images`] when `json` is not such an
    /// output.
    pub fn with_images(mut self, json: &str) -> Result<JsonPreflight, JsonError> {
        self.images = Some(facts::images(json)?);
        Ok(self)
    }

    /// The same, for instances of `os`, whatever the images and instances
    /// described say. Only the APIs with login settings read it: a
    /// `ResetInstancesPassword` request names instances, whose OS its
    /// facts give.
    #[must_use]
    pub fn with_os(mut self, os: Os) -> JsonPreflight {
        self.os = Some(os);
        self
    }

    /// The same, in `reading` ([`Reading::Common`] by default).
    #[must_use]
    pub fn with_reading(mut self, reading: Reading) -> JsonPreflight {
        self.reading = reading;
        self
    }

    fn body_region(&self) -> Option<&str> {
        match &self.body {
            Body::Reset(body) => body.request().region(),
            Body::Login(body) => body.region.as_deref(),
        }
    }

    /// The OS of a login body's instances, as the facts tell.
    fn login_os(&self, body: &LoginBody) -> Os {
        if let Some(os) = self.os {
            return os;
        }
        let image = body
            .image_id
            .as_ref()
            .and_then(|id| self.images.as_ref()?.get(id).copied());
        let instance = || {
            let id = body.instance_id.as_ref()?;
            Some(self.instances.as_ref()?.get(id)?.instance().os())
        };
        image.or_else(instance).unwrap_or(Os::Unknown)
    }

    /// Checks everything.
    pub fn run(&self) -> Outcome {
        match &self.body {
            Body::Reset(body) => self.run_reset(body),
            Body::Login(body) => {
                let os = self.login_os(body);
                let login = body.login_settings();
                // `new` read the body only for an API of the table.
                let Some(preflight) = LoginPreflight::new(self.api, login, os, self.reading) else {
                    return Outcome::empty(self.api, Policy::WINDOWS);
                };
                let findings = preflight.findings().collect();
                Outcome {
                    api: self.api,
                    policy: self.api.policy([os], self.reading),
                    findings,
                    region_checked: false,
                    os: Some(os),
                }
            }
        }
    }

    fn run_reset(&self, body: &RequestBody) -> Outcome {
        let mut request: Request<'_, String> = body.request();
        if request.region().is_none() {
            if let Some(region) = &self.region {
                request = request.with_region(region);
            }
        }
        let facts = |id: &str| Some(self.instances.as_ref()?.get(id)?.instance());
        let preflight = if self.instances.is_some() {
            request.preflight_with(&facts)
        } else {
            request.preflight()
        };
        let available = |region: &str| self.regions.as_ref().is_some_and(|r| r.contains(region));
        let preflight = if self.regions.is_some() {
            preflight.with_regions(&available)
        } else {
            preflight
        };
        let users = |id: &str| self.instances.as_ref()?.get(id)?.default_login_user();
        let preflight = preflight.with_default_login_users(&users);
        let findings = preflight.findings().collect();
        Outcome {
            api: self.api,
            policy: preflight.policy(),
            findings,
            region_checked: request.region().is_some(),
            os: None,
        }
    }
}

/// What [`JsonPreflight::run`] found.
#[derive(Clone, Debug)]
pub struct Outcome {
    api: &'static Api,
    policy: Policy,
    findings: Vec<Finding>,
    region_checked: bool,
    os: Option<Os>,
}

impl Outcome {
    const fn empty(api: &'static Api, policy: Policy) -> Outcome {
        Outcome {
            api,
            policy,
            findings: Vec::new(),
            region_checked: false,
            os: None,
        }
    }

    /// Whether a region was checked: only a `ResetInstancesPassword`
    /// request's, the one API whose regions the crate lists, when the body
    /// or [`JsonPreflight::with_region`] names one.
    pub const fn region_checked(&self) -> bool {
        self.region_checked
    }

    /// The OS of the instances of a request with login settings, as given
    /// or as the facts told: [`Os::Unknown`] where nothing did. `None` for
    /// a `ResetInstancesPassword` request, whose instances each have their
    /// own.
    pub const fn os(&self) -> Option<Os> {
        self.os
    }

    /// Whether the server would accept the request: no error, though there
    /// may be warnings.
    pub fn is_ok(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The API.
    pub const fn api(&self) -> &'static Api {
        self.api
    }

    /// The password policy that applied, in the reading asked.
    pub const fn policy(&self) -> Policy {
        self.policy
    }

    /// Every finding, errors and warnings, in the order of the request's
    /// parameters, then of its instances.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.findings.iter()
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.findings
            .iter()
            .filter(|f| f.severity() == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.findings
            .iter()
            .filter(|f| f.severity() == Severity::Warning)
    }

    /// Its findings described in `lang`: what `cvm-password preflight
    /// --json` prints.
    pub fn report(&self, lang: Lang) -> Report<core::iter::Copied<core::slice::Iter<'_, Finding>>> {
        Report::new(
            self.is_ok(),
            self.api,
            self.policy,
            self.findings.iter().copied(),
            lang,
        )
    }
}
