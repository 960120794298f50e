//! `Finding`: the core's finding of a check or a pre-flight, with its
//! figures as attributes. Everything is computed when read, so a check
//! whose findings nobody reads builds no message.

use std::fmt::Write as _;

use cvm_password::{Category, Figure, Lang, Severity};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

/// A reason the server would refuse a password or a request (severity
/// ``"error"``), or something worth knowing about one it accepts
/// (``"warning"``).
///
/// ``code`` is stable (``"too_short"``, ``"disputed_rule"``,
/// ``"instance_running"``...), ``message`` is for people, in the language
/// asked for. Each figure the message quotes is an attribute of the same
/// name (``length``, ``min``...), and ``None`` where this finding has no
/// such figure; ``figures`` holds them all by name.
/// None of it holds a character of the password or the username.
// A free list: a check's findings are made each time they are read, and
// dropped soon after.
#[pyclass(frozen, freelist = 32, module = "cvm_password")]
pub struct Finding {
    found: cvm_password::Finding,
    lang: Lang,
}

impl Finding {
    /// The core's finding, whose message is written in `lang` when read.
    pub fn new(found: cvm_password::Finding, lang: Lang) -> Finding {
        Finding { found, lang }
    }

    /// Whether the server would refuse.
    pub fn is_error(&self) -> bool {
        self.found.severity() == Severity::Error
    }

    fn text(&self) -> String {
        self.found.message(self.lang).to_string()
    }

    fn figure<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.found
            .figures()
            .find(|(n, _)| *n == name)
            .map(|(_, figure)| figure_object(py, figure))
            .transpose()
    }
}

/// A figure as Python: an int, a list of category names, or a str.
pub fn figure_object(py: Python<'_>, figure: Figure) -> PyResult<Bound<'_, PyAny>> {
    Ok(match figure {
        Figure::Count(n) => n.into_pyobject(py)?.into_any(),
        Figure::Categories(set) => PyList::new(py, set.iter().map(Category::name))?.into_any(),
        Figure::Characters(set) => PyString::new(py, &set.to_string()).into_any(),
        Figure::Text(text) => PyString::new(py, text).into_any(),
        // A figure of a kind this package predates: its name is still there.
        _ => py.None().into_bound(py),
    })
}

#[pymethods]
impl Finding {
    /// The stable ``snake_case`` code, the same as in Rust, the CLI's JSON
    /// and JavaScript.
    #[getter]
    pub fn code(&self) -> &'static str {
        self.found.code()
    }

    /// ``"error"``: the server would refuse; ``"warning"``: it would not,
    /// but the caller should know.
    #[getter]
    fn severity(&self) -> &'static str {
        self.found.severity().name()
    }

    /// The error code the server answers with, such as
    /// ``"InvalidParameterValue.InvalidPassword"``; ``None`` for a warning,
    /// and for an error whose API documents no code.
    #[getter]
    fn api_error_code(&self) -> Option<&'static str> {
        self.found.api_error_code()
    }

    /// For people, in the language asked for; lowercase, no final period.
    #[getter]
    fn message(&self) -> String {
        self.text()
    }

    /// The request parameter a pre-flight problem is about, such as
    /// ``"InstanceIds.3"``; ``None`` for a password's finding and a
    /// problem of the whole request.
    #[getter]
    fn parameter(&self) -> Option<String> {
        self.found.parameter().map(|p| p.to_string())
    }

    /// The id of the instance a pre-flight problem is about, where it is a
    /// well-formed one (``"ins-"`` and 8 letters or digits): a malformed id
    /// may be anything, a password pasted in the wrong place included, and
    /// is named by ``parameter`` only.
    #[getter]
    fn instance_id(&self) -> Option<&str> {
        self.found.instance_id()
    }

    /// Every figure by name, in the order the message gives them: ints, a
    /// list of category names (``present``), or strs.
    #[getter]
    fn figures<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (name, figure) in self.found.figures() {
            dict.set_item(name, figure_object(py, figure)?)?;
        }
        Ok(dict)
    }

    /// The password's or the field's length, in characters.
    #[getter]
    fn length<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "length")
    }

    /// The fewest characters accepted.
    #[getter]
    fn min<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "min")
    }

    /// The most characters, or items, accepted.
    #[getter]
    fn max<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "max")
    }

    /// The recommended least length.
    #[getter]
    fn recommended<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "recommended")
    }

    /// The characters a password may not start with, ``/`` aside, in ASCII
    /// order: the rules', never the password's.
    #[getter]
    fn banned<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "banned")
    }

    /// The categories the password draws from: ``"lowercase"``,
    /// ``"uppercase"``, ``"digit"``, ``"special"``.
    #[getter]
    fn present<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "present")
    }

    /// How many character classes are required.
    #[getter]
    fn required<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "required")
    }

    /// How many character classes there are: 4, or 3 where letters of
    /// either case count as one.
    #[getter]
    fn out_of<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "out_of")
    }

    /// How many: disallowed characters, or instance ids.
    #[getter]
    fn count<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "count")
    }

    /// The position of an item's first occurrence, where it repeats.
    #[getter]
    fn first<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "first")
    }

    /// For a ``disputed_rule`` warning: the code of the violation some
    /// sources refuse.
    #[getter]
    fn rule<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "rule")
    }

    /// For a ``disputed_rule`` warning: the sources that refuse it.
    #[getter]
    fn refused_by<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "refused_by")
    }

    /// For a ``disputed_rule`` warning: the sources that accept it.
    #[getter]
    fn accepted_by<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.figure(py, "accepted_by")
    }

    /// The message.
    fn __str__(&self) -> String {
        self.text()
    }

    /// ``Finding(code=..., severity=..., <figures>)``: no secret.
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let quoted = |text: &str| PyString::new(py, text).repr();
        let mut repr = format!(
            "Finding(code={}, severity={}",
            quoted(self.code())?,
            quoted(self.severity())?
        );
        if let Some(parameter) = self.parameter() {
            let _ = write!(repr, ", parameter={}", quoted(&parameter)?);
        }
        for (name, figure) in self.found.figures() {
            let value = figure_object(py, figure)?.repr()?;
            let _ = write!(repr, ", {name}={value}");
        }
        repr.push(')');
        Ok(repr)
    }
}
