//! `rules()` and `apis()`: the core's own descriptions ([`Describe`]), the
//! JSON the CLI's `rules --json` and `apis --json` print, read by Python's
//! `json` module.

use cvm_password::{Catalogue, Describe};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList};

use crate::args;

static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The core's description of `described`, as Python data.
fn described<'py>(py: Python<'py>, described: &impl Describe) -> PyResult<Bound<'py, PyAny>> {
    let mut json = String::new();
    described.write_json(&mut json, false);
    LOADS.import(py, "json", "loads")?.call1((json,))
}

/// The rules of ``api`` for instances of ``targets``, as a dict: the same
/// fields and values as the CLI's ``rules --json`` (``min_length``,
/// ``max_length``, ``required_categories``, ``specials``...).
///
/// Raises :class:`InputTypeError` or :class:`InputValueError` for an
/// argument of the wrong type or value.
#[pyfunction]
#[pyo3(
    signature = (*, targets=None, api=None, strict=None),
    text_signature = "(*, targets=(), api='cvm:ResetInstancesPassword', strict=False)"
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
    Ok(described(py, &api.rules(targets.oses(), reading))?.cast_into::<PyDict>()?)
}

/// Every API whose rules the package knows, in the core's order
/// (``cvm:ResetInstancesPassword`` first): a list of dicts, each as an
/// entry of the CLI's ``apis --json``: ``name``, ``family`` and ``letter``,
/// ``mix``, ``takes_username``, ``password_error_code`` (the code of a
/// refused password, ``None`` where the API lists none), ``error_codes``
/// (every code a finding for it can have), ``parameters`` (the request's,
/// where :func:`preflight` reads it, else ``None``), ``sources`` (each with
/// its citation: ``package``, ``file``, ``parameter``, ``fingerprint``, and
/// its ``linux`` and ``windows`` rules as :func:`rules` gives them) and
/// ``disputes``.
#[pyfunction]
pub fn apis(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let catalogue = described(py, &Catalogue)?;
    Ok(catalogue.get_item("apis")?.cast_into::<PyList>()?)
}
