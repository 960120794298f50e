//! `preflight()` and its `Preflight`: a whole request, from the vendor's
//! JSON, through the core's `JsonPreflight`.

use cvm_password::{JsonPreflight, Lang, Os};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};

use crate::finding::Finding;
use crate::{args, errors, text};

/// The outcome of :func:`preflight`: whether the server would accept the
/// request, and every problem with it, errors and warnings, in the order
/// of the request's parameters, then of its instances.
#[pyclass(frozen, module = "cvm_password")]
pub struct Preflight {
    findings: Vec<Py<Finding>>,
    ok: bool,
    api: &'static str,
    policy: &'static str,
    region_checked: bool,
    os: Option<Os>,
}

impl Preflight {
    fn select(&self, py: Python<'_>, keep: impl Fn(&Finding) -> bool) -> Vec<Py<Finding>> {
        self.findings
            .iter()
            .filter(|f| keep(f.get()))
            .map(|f| f.clone_ref(py))
            .collect()
    }
}

#[pymethods]
impl Preflight {
    /// Whether the server would accept the request: no error, though there
    /// may be warnings.
    #[getter]
    fn ok(&self) -> bool {
        self.ok
    }

    /// Every problem, errors and warnings.
    #[getter]
    fn problems(&self, py: Python<'_>) -> Vec<Py<Finding>> {
        self.select(py, |_| true)
    }

    /// The problems the server would refuse the request for.
    #[getter]
    fn errors(&self, py: Python<'_>) -> Vec<Py<Finding>> {
        self.select(py, Finding::is_error)
    }

    /// The problems worth knowing that the server lets through.
    #[getter]
    fn warnings(&self, py: Python<'_>) -> Vec<Py<Finding>> {
        self.select(py, |f| !f.is_error())
    }

    /// The API whose request was checked, ``service:Action``.
    #[getter]
    fn api(&self) -> &'static str {
        self.api
    }

    /// The password rules that applied: ``"linux"``, ``"windows"``, or
    /// ``"custom"`` for another API's.
    #[getter]
    fn policy(&self) -> &'static str {
        self.policy
    }

    /// Whether the region was checked: only a
    /// ``cvm:ResetInstancesPassword`` request's, when the body or
    /// ``region`` names one.
    #[getter]
    fn region_checked(&self) -> bool {
        self.region_checked
    }

    /// For an API with login settings, the OS the password was checked
    /// for, as given or as the images or instances described tell:
    /// ``"unknown"`` where nothing did. ``None`` for a
    /// ``cvm:ResetInstancesPassword`` request, whose instances each have
    /// their own.
    #[getter]
    fn os(&self) -> Option<&'static str> {
        self.os.map(Os::name)
    }

    /// ``Preflight(ok=..., api=..., problems=[codes])``: no secret.
    fn __repr__(&self) -> String {
        let codes: Vec<&str> = self.findings.iter().map(|f| f.get().code()).collect();
        format!(
            "Preflight(ok={}, api='{}', problems={codes:?})",
            if self.ok { "True" } else { "False" },
            self.api,
        )
        .replace('"', "'")
    }
}

/// Checks a whole request of ``api`` before it is sent: with
/// ``cvm:ResetInstancesPassword``, the region, the instance ids, the
/// password, the username and each instance's state; with an API of login
/// settings (``cvm:RunInstances``, ``cvm:ResetInstance``,
/// ``cvm:CreateLaunchTemplate``, ``as:CreateLaunchConfiguration``,
/// Lighthouse's), the password, the keys and the rest of
/// ``LoginSettings``.
///
/// ``request`` is the API's JSON body: a dict, a JSON str, or a
/// tencentcloud SDK request model (anything with ``to_json_string()``).
/// ``instances``, ``regions`` and ``images`` are what ``DescribeInstances``,
/// ``DescribeRegions`` and ``DescribeImages`` answer, in the same forms:
/// the SDK's response model, tccli's output, the raw response or the bare
/// set. ``region`` is the region the request goes to, where the body has
/// no ``Region``. ``os`` is the OS of the instances of an API with login
/// settings, where no image or instance described tells it. ``strict`` and
/// ``lang`` are :func:`check`'s.
///
/// Raises :class:`InputTypeError` for an input of the wrong type and
/// :class:`InputValueError` for one the pre-flight cannot read (malformed
/// JSON, an unknown parameter, an API whose request it does not read); no
/// message quotes a value of the input.
#[pyfunction]
#[pyo3(
    signature = (
        request, *, instances=None, region=None, api=None, strict=None, lang=None,
        regions=None, images=None, os=None
    ),
    text_signature = "(request, *, instances=None, region=None, \
                      api='cvm:ResetInstancesPassword', strict=False, lang='en', \
                      regions=None, images=None, os=None)"
)]
#[allow(clippy::too_many_arguments)]
pub fn preflight(
    py: Python<'_>,
    request: &Bound<'_, PyAny>,
    instances: Option<&Bound<'_, PyAny>>,
    region: Option<&Bound<'_, PyAny>>,
    api: Option<&Bound<'_, PyAny>>,
    strict: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
    regions: Option<&Bound<'_, PyAny>>,
    images: Option<&Bound<'_, PyAny>>,
    os: Option<&Bound<'_, PyAny>>,
) -> PyResult<Preflight> {
    let api = args::api(api)?;
    let reading = args::reading(strict)?;
    let lang: Lang = args::lang(lang)?;
    let os = args::os(os)?;
    JsonPreflight::reads(api).map_err(|e| errors::value_error(py, e.to_string()))?;
    let json_error = |e: cvm_password::JsonError| errors::value_error(py, e.to_string());

    let body = json_text(request, "request")?;
    let mut run = JsonPreflight::new(api, &body.as_str())
        .map_err(json_error)?
        .with_reading(reading);
    if let Some(region) = region.filter(|r| !r.is_none()) {
        let region = text::text(region, "region")?;
        run = run.with_region(&region.as_str()).map_err(json_error)?;
    }
    if let Some(value) = given(instances) {
        let json = json_text(value, "instances")?;
        run = run.with_instances(&json.as_str()).map_err(json_error)?;
    }
    if let Some(value) = given(regions) {
        let json = json_text(value, "regions")?;
        run = run.with_regions(&json.as_str()).map_err(json_error)?;
    }
    if let Some(value) = given(images) {
        let json = json_text(value, "images")?;
        run = run.with_images(&json.as_str()).map_err(json_error)?;
    }
    if let Some(os) = os {
        run = run.with_os(os);
    }

    let outcome = run.run();
    let findings = outcome
        .findings()
        .map(|found| Py::new(py, Finding::new(*found, lang)))
        .collect::<PyResult<_>>()?;
    Ok(Preflight {
        findings,
        ok: outcome.is_ok(),
        api: outcome.api().name(),
        policy: outcome.policy().name(),
        region_checked: outcome.region_checked(),
        os: outcome.os(),
    })
}

fn given<'a, 'py>(value: Option<&'a Bound<'py, PyAny>>) -> Option<&'a Bound<'py, PyAny>> {
    value.filter(|v| !v.is_none())
}

static DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// JSON text from a JSON str, a tencentcloud SDK model (its
/// `to_json_string()`), or a dict or list (`json.dumps`).
fn json_text<'py>(value: &Bound<'py, PyAny>, what: &str) -> PyResult<text::Text<'py>> {
    let py = value.py();
    let expected = "a dict, a JSON str or a tencentcloud SDK model";
    if value.is_instance_of::<PyString>() {
        return text::text(value, what);
    }
    if let Ok(to_json) = value.getattr("to_json_string") {
        // Each SDK model serializes itself, its unset fields as null, which
        // the pre-flight reads as absent.
        let json = to_json
            .call0()
            .map_err(|_| errors::type_error(py, format!("{what}: to_json_string() failed")))?;
        return text::text(&json, &format!("{what}.to_json_string()"));
    }
    if value.is_instance_of::<PyDict>() || value.is_instance_of::<PyList>() {
        let dumps = DUMPS.import(py, "json", "dumps")?;
        let kwargs = PyDict::new(py);
        // Characters as they are, lone surrogates included: escaped, one
        // would be JSON no reader takes.
        kwargs.set_item("ensure_ascii", false)?;
        // Its errors name a type at most, but are not the package's own.
        let json = dumps.call((value,), Some(&kwargs)).map_err(|_| {
            errors::type_error(
                py,
                format!("{what} must be {expected}: json.dumps refused it"),
            )
        })?;
        return text::text(&json, what);
    }
    Err(errors::not_a(py, what, expected, value))
}
