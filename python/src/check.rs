//! `check()` and its `Verdict`.

use cvm_password::{ApiVerdict, Lang, Severity};
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::args;
use crate::finding::Finding;
use crate::text;

/// The verdict of :func:`check`: whether the API would accept the password,
/// every reason it would not (``violations``), and for an accepted one,
/// what is worth knowing (``warnings``).
///
/// Its findings are made when read, so a caller that only asks ``ok``
/// pays for no message.
#[pyclass(frozen, freelist = 32, module = "cvm_password")]
pub struct Verdict {
    result: ApiVerdict,
    lang: Lang,
}

impl Verdict {
    fn findings<'py>(&self, py: Python<'py>, severity: Severity) -> PyResult<Bound<'py, PyList>> {
        let found = self.result.findings().filter(|f| f.severity() == severity);
        PyList::new(py, found.map(|f| Finding::new(f, self.lang)))
    }
}

#[pymethods]
impl Verdict {
    /// Whether the API would accept the password; warnings do not count.
    #[getter]
    fn ok(&self) -> bool {
        self.result.is_ok()
    }

    /// Every reason the API would refuse the password, in the rules'
    /// order; empty when accepted.
    #[getter]
    fn violations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.findings(py, Severity::Error)
    }

    /// What is worth knowing about an accepted password: shorter than
    /// recommended, or a rule only some of the API's sources state; empty
    /// when refused.
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.findings(py, Severity::Warning)
    }

    /// The API whose rules were checked, ``service:Action``.
    #[getter]
    fn api(&self) -> &'static str {
        self.result.api().name()
    }

    /// The rules that applied: ``"linux"`` or ``"windows"`` where they are
    /// a preset, else ``"custom"``, as the CLI's ``check --json`` names
    /// them.
    #[getter]
    fn policy(&self) -> &'static str {
        self.result.policy().name()
    }

    /// ``Verdict(ok=..., violations=[codes], warnings=[codes])``: no secret.
    fn __repr__(&self) -> String {
        let codes = |severity| {
            let found = self
                .result
                .findings()
                .filter(move |f| f.severity() == severity);
            found.map(|f| f.code()).collect::<Vec<_>>()
        };
        let (violations, warnings) = (codes(Severity::Error), codes(Severity::Warning));
        format!(
            "Verdict(ok={}, api='{}', violations={violations:?}, warnings={warnings:?})",
            if self.result.is_ok() { "True" } else { "False" },
            self.result.api().name(),
        )
        .replace('"', "'")
    }
}

/// Checks ``password`` against the rules of ``api`` for instances of
/// ``targets``, and tells every reason it would be refused at once.
///
/// ``targets`` are OS names, ``"linux"``, ``"ubuntu"``, ``"windows"`` or
/// ``"unknown"``; none, or an empty sequence, stands for any OS. ``username`` is the
/// request's ``UserName``; ``None`` or ``""`` stand for the default
/// administrator, and APIs that take no ``UserName`` ignore it.
/// ``strict=True`` makes a rule only some of the API's sources state an
/// error rather than a ``disputed_rule`` warning. ``lang`` is ``"en"`` or
/// ``"zh-CN"``, for the messages.
///
/// Raises :class:`InputTypeError` or :class:`InputValueError` for an
/// argument of the wrong type or value; no message holds the password or
/// the username.
#[pyfunction]
#[pyo3(
    signature = (password, *, targets=None, username=None, api=None, strict=None, lang=None),
    text_signature = "(password, *, targets=(), username=None, \
                      api='cvm:ResetInstancesPassword', strict=False, lang='en')"
)]
pub fn check(
    password: &Bound<'_, PyAny>,
    targets: Option<&Bound<'_, PyAny>>,
    username: Option<&Bound<'_, PyAny>>,
    api: Option<&Bound<'_, PyAny>>,
    strict: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<Verdict> {
    let password = text::password(password)?;
    let targets = args::targets(targets)?;
    let username = args::username(username)?;
    let api = args::api(api)?;
    let reading = args::reading(strict)?;
    let lang = args::lang(lang)?;
    let username = username.as_ref().map(text::Text::as_str);
    let verdict = api.check(
        &password.as_str(),
        targets.oses(),
        username.as_deref(),
        reading,
    );
    Ok(Verdict {
        result: verdict,
        lang,
    })
}
