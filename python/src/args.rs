//! The keyword arguments every function shares: `targets`, `api`,
//! `strict` and `lang`, each read with the package's own errors.

use cvm_password::{Api, Lang, Os, Reading};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyString};

use crate::errors;

/// The OSes of a batch, each once: all the core's batch rules look at.
/// Bounded whatever the length of the iterable.
#[derive(Clone, Copy)]
pub struct Targets([bool; Os::ALL.len()]);

impl Targets {
    /// None: any OS, the default everywhere.
    pub const ANY: Targets = Targets([false; Os::ALL.len()]);

    /// The OSes, for the core.
    pub fn oses(self) -> impl Iterator<Item = Os> + Clone {
        Os::ALL
            .into_iter()
            .zip(self.0)
            .filter_map(|(os, present)| present.then_some(os))
    }
}

/// `targets`: an iterable of OS names; none, or an empty one, stands for
/// any OS.
pub fn targets(value: Option<&Bound<'_, PyAny>>) -> PyResult<Targets> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Targets::ANY);
    };
    let py = value.py();
    // A str is an iterable of its characters: "linux" would be five
    // unknown OSes.
    if value.is_instance_of::<PyString>() {
        return Err(errors::type_error(
            py,
            "targets must be a sequence of OS names such as (\"linux\",), not a str",
        ));
    }
    let items = value
        .try_iter()
        .map_err(|_| errors::not_a(py, "targets", "a sequence of OS names", value))?;
    let mut present = [false; Os::ALL.len()];
    for item in items {
        let item = item?;
        let name = item
            .cast::<PyString>()
            .map_err(|_| errors::not_a(py, "each of targets", "a str", &item))?;
        // Not quoted: it may be a password typed in the wrong place.
        let os = name
            .to_cow()
            .ok()
            .and_then(|n| Os::from_name(&n))
            .ok_or_else(|| {
                errors::value_error(
                    py,
                    "unknown OS in targets: expected linux, ubuntu, windows or unknown",
                )
            })?;
        for (slot, known) in present.iter_mut().zip(Os::ALL) {
            *slot |= known == os;
        }
    }
    Ok(Targets(present))
}

/// `os`: one OS name, or `None`.
pub fn os(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Os>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let py = value.py();
    let name = value
        .cast::<PyString>()
        .map_err(|_| errors::not_a(py, "os", "a str", value))?;
    // Not quoted: it may be a password typed in the wrong place.
    name.to_cow()
        .ok()
        .and_then(|n| Os::from_name(&n))
        .map(Some)
        .ok_or_else(|| {
            errors::value_error(py, "unknown os: expected linux, ubuntu, windows or unknown")
        })
}

/// `api`: a `service:Action` name, `cvm:ResetInstancesPassword` when not
/// given.
pub fn api(value: Option<&Bound<'_, PyAny>>) -> PyResult<&'static Api> {
    match value.filter(|v| !v.is_none()) {
        None => Ok(Api::DEFAULT),
        Some(value) => known_api(value),
    }
}

/// A `service:Action` name that must be given.
pub fn known_api(value: &Bound<'_, PyAny>) -> PyResult<&'static Api> {
    let py = value.py();
    let name = value
        .cast::<PyString>()
        .map_err(|_| errors::not_a(py, "api", "a str such as \"cvm:RunInstances\"", value))?;
    // Not quoted: it may be a password typed in the wrong place.
    name.to_cow()
        .ok()
        .and_then(|n| Api::from_name(&n))
        .ok_or_else(|| {
            errors::value_error(
                py,
                "unknown api: expected service:Action, such as cvm:RunInstances; apis() lists them",
            )
        })
}

/// `strict`: a bool, `False` when not given or `None`.
pub fn reading(value: Option<&Bound<'_, PyAny>>) -> PyResult<Reading> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Reading::Common);
    };
    // Only a real bool: a truthy string such as "false" must not pick the
    // strict reading.
    let strict = value
        .cast::<PyBool>()
        .map_err(|_| errors::not_a(value.py(), "strict", "a bool", value))?;
    Ok(if strict.is_true() {
        Reading::Strict
    } else {
        Reading::Common
    })
}

/// `lang`: `"en"` (the default) or `"zh-CN"`, or another tag of those
/// languages (`"en-US"`, `"zh-Hans"`); `None` for English.
pub fn lang(value: Option<&Bound<'_, PyAny>>) -> PyResult<Lang> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Lang::En);
    };
    let py = value.py();
    let tag = value
        .cast::<PyString>()
        .map_err(|_| errors::not_a(py, "lang", "a str", value))?;
    tag.to_cow()
        .ok()
        .and_then(|t| Lang::from_tag(&t))
        .ok_or_else(|| errors::value_error(py, "unknown lang: expected en or zh-CN"))
}

/// `username`: a str, or `None` for the default administrator.
pub fn username<'py>(
    value: Option<&Bound<'py, PyAny>>,
) -> PyResult<Option<crate::text::Text<'py>>> {
    value
        .filter(|v| !v.is_none())
        .map(|v| crate::text::text(v, "username"))
        .transpose()
}
