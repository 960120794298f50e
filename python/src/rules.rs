//! `rules()` and `apis()`: the core's descriptions as plain data, field
//! for field what the CLI's `rules --json` and `apis --json` print.

use cvm_password::{Api, Category, JsonPreflight, Mix, Policy, RuleValue};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::args;

/// The rules of ``api`` for instances of ``targets``, as a dict: the same
/// fields and values as the CLI's ``rules --json`` (``min_length``,
/// ``max_length``, ``required_categories``, ``specials``...).
///
/// Raises :class:`InputTypeError` or :class:`InputValueError` for an
/// argument of the wrong type or value.
#[pyfunction]
#[pyo3(
    signature = (*, targets=None, api=None, strict=None),
    text_signature = "(*, targets=['windows'], api='cvm:ResetInstancesPassword', strict=False)"
)]
pub fn rules<'py>(
    py: Python<'py>,
    targets: Option<&Bound<'py, PyAny>>,
    api: Option<&Bound<'py, PyAny>>,
    strict: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let targets = args::targets(targets)?;
    let api = args::api(api)?;
    let reading = args::reading(strict)?;
    fields(py, api.rules(targets.oses(), reading).policy())
}

/// A policy's description, as `rules --json` writes it.
fn fields(py: Python<'_>, policy: Policy) -> PyResult<Bound<'_, PyDict>> {
    let dict = PyDict::new(py);
    for (field, value) in policy.rules().fields() {
        dict.set_item(field.name(), rule_value(py, value)?)?;
    }
    Ok(dict)
}

fn rule_value(py: Python<'_>, value: RuleValue) -> PyResult<Bound<'_, PyAny>> {
    Ok(match value {
        RuleValue::Count(n) => n.into_pyobject(py)?.into_any(),
        RuleValue::Flag(flag) => flag.into_pyobject(py)?.to_owned().into_any(),
        RuleValue::Name(name) => name.into_pyobject(py)?,
        RuleValue::Specials(specials) => PyString::new(py, &specials.to_string()).into_any(),
        RuleValue::Categories(set) => PyList::new(py, set.iter().map(Category::name))?.into_any(),
        RuleValue::Characters(set) => PyString::new(py, &set.to_string()).into_any(),
        // A value of a kind this package predates: the field is still there.
        _ => py.None().into_bound(py),
    })
}

/// Every API whose rules the package knows, in the core's order
/// (``cvm:ResetInstancesPassword`` first): a list of dicts, each as an
/// entry of the CLI's ``apis --json``: ``name``, ``family``, ``mix``,
/// ``takes_username``, ``password_error_code`` (the code of a refused
/// password, ``None`` where the API lists none), ``error_codes`` (every
/// code :func:`preflight` can give), ``parameters`` (the request's, where
/// :func:`preflight` reads it, else ``None``), ``sources`` (each with its
/// citation: ``package``,
/// ``file``, ``parameter``, ``fingerprint``, and its ``linux`` and
/// ``windows`` rules as :func:`rules` gives them) and ``disputes``.
#[pyfunction]
pub fn apis(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let apis = PyList::empty(py);
    for api in Api::ALL {
        apis.append(api_dict(py, api)?)?;
    }
    Ok(apis)
}

fn api_dict<'py>(py: Python<'py>, api: &'static Api) -> PyResult<Bound<'py, PyDict>> {
    let sources = PyList::empty(py);
    for s in api.sources() {
        let source = PyDict::new(py);
        source.set_item("label", s.label())?;
        source.set_item("package", s.package())?;
        source.set_item("file", s.file())?;
        source.set_item("parameter", s.parameter())?;
        source.set_item("fingerprint", s.fingerprint())?;
        source.set_item("linux", fields(py, s.linux())?)?;
        source.set_item("windows", fields(py, s.windows())?)?;
        sources.append(source)?;
    }
    let disputes = PyList::empty(py);
    for d in api.disputes() {
        let dispute = PyDict::new(py);
        dispute.set_item("rule", d.code())?;
        dispute.set_item("refused_by", d.refused_by())?;
        dispute.set_item("accepted_by", d.accepted_by())?;
        disputes.append(dispute)?;
    }
    let dict = PyDict::new(py);
    dict.set_item("name", api.name())?;
    dict.set_item("family", api.family().letter().to_string())?;
    dict.set_item(
        "mix",
        match api.mix() {
            Mix::Windows => "windows",
            _ => "strictest",
        },
    )?;
    dict.set_item("takes_username", api.takes_username())?;
    dict.set_item("password_error_code", api.password_error_code())?;
    dict.set_item("error_codes", JsonPreflight::api_error_codes(api))?;
    dict.set_item("parameters", JsonPreflight::parameters(api))?;
    dict.set_item("sources", sources)?;
    dict.set_item("disputes", disputes)?;
    Ok(dict)
}
