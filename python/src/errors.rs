//! The package's exceptions, which `cvm_password/_errors.py` defines: each
//! is both an `InputError` and a `TypeError` or a `ValueError`, a double
//! inheritance a `#[pyclass]` cannot express.
//!
//! Every message is fixed text around the argument's name, and the type's
//! name at most, or the core's `JsonError`, which quotes no input either:
//! never a value, which may be a password typed in the wrong place.

use pyo3::call::PyCallArgs;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

static INPUT_TYPE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INPUT_VALUE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static GENERATE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// An argument of the wrong type: `InputTypeError`.
pub fn type_error(py: Python<'_>, message: impl Into<String>) -> PyErr {
    raise(py, &INPUT_TYPE_ERROR, "InputTypeError", (message.into(),))
}

/// An argument of the right type and a wrong value: `InputValueError`.
pub fn value_error(py: Python<'_>, message: impl Into<String>) -> PyErr {
    raise(py, &INPUT_VALUE_ERROR, "InputValueError", (message.into(),))
}

/// A password the generator cannot make: `GenerateError`, with the core's
/// `GenerateError::code`.
pub fn generate_error(py: Python<'_>, message: String, code: &'static str) -> PyErr {
    raise(py, &GENERATE_ERROR, "GenerateError", (message, code))
}

/// `what must be a str, not int`: the type's name is no secret.
pub fn not_a(py: Python<'_>, what: &str, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    let found = value
        .get_type()
        .name()
        .map_or_else(|_| "another type".to_owned(), |name| name.to_string());
    type_error(py, format!("{what} must be {expected}, not {found}"))
}

fn raise<'py, A>(
    py: Python<'py>,
    cell: &'static PyOnceLock<Py<PyType>>,
    name: &str,
    args: A,
) -> PyErr
where
    A: PyCallArgs<'py>,
{
    match cell
        .import(py, "cvm_password._errors", name)
        .and_then(|class| class.call1(args))
    {
        Ok(error) => PyErr::from_value(error),
        // The package's own module is missing: say so rather than lose
        // the error.
        Err(e) => e,
    }
}
