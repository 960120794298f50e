//! `generate()`: passwords from the operating system's secure random
//! numbers.

use cvm_password::{Api, GenerateError};
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt};

use crate::{args, errors};

/// A password the rules accept, from the operating system's secure random
/// numbers: every password of the length that the rules accept is equally
/// likely.
///
/// With ``api``, the API's rules as every one of its sources states them
/// (the strict reading); without, what every API of the portable families
/// (A to D) accepts. ``username`` is the name the password must not contain
/// (``None``: the default administrator); APIs that take no ``UserName``
/// ignore it. ``length`` is in characters: 20 by default, or the rules'
/// maximum below that.
///
/// Raises :class:`GenerateError` (an :class:`InputValueError`, with a
/// ``code``) for a length the rules do not allow, :class:`InputTypeError`
/// or :class:`InputValueError` for other bad arguments, and ``OSError``
/// when the operating system gives no random numbers.
#[pyfunction]
#[pyo3(
    signature = (*, targets=None, api=None, username=None, length=None),
    text_signature = "(*, targets=(), api=None, username=None, length=None)"
)]
pub fn generate(
    py: Python<'_>,
    targets: Option<&Bound<'_, PyAny>>,
    api: Option<&Bound<'_, PyAny>>,
    username: Option<&Bound<'_, PyAny>>,
    length: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let targets = args::targets(targets)?;
    let api = api
        .filter(|a| !a.is_none())
        .map(args::known_api)
        .transpose()?;
    let username = args::username(username)?;
    let length = length
        .filter(|l| !l.is_none())
        .map(self::length)
        .transpose()?;

    let username = username.as_ref().map(crate::text::Text::as_str);
    let mut generator = Api::generator_for(api, targets.oses(), username.as_deref());
    if let Some(length) = length {
        generator = generator.length(length);
    }
    match generator.generate() {
        Ok(password) => Ok(password.as_str().to_owned()),
        Err(e @ (GenerateError::RandomSourceFailed | GenerateError::RandomSourceStuck)) => {
            Err(PyOSError::new_err(e.to_string()))
        }
        Err(e) => Err(errors::generate_error(py, e.to_string(), e.code())),
    }
}

/// `length`: a non-negative int (not a bool).
fn length(value: &Bound<'_, PyAny>) -> PyResult<usize> {
    let py = value.py();
    if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
        return Err(errors::not_a(py, "length", "an int", value));
    }
    value
        .extract::<usize>()
        .map_err(|_| errors::value_error(py, "length must be a number of characters, 0 or more"))
}
