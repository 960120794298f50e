//! The CVM password rules of [`cvm_password`] for Python: the native half
//! of the `cvm-password` package (`cvm_password._native`), which
//! `cvm_password/__init__.py` re-exports with the package's exceptions.
//!
//! The functions' names and shapes are fixed (issue 14); their types are
//! in `cvm_password/__init__.pyi`, their use in `README.md`.
//!
//! Decisions, beyond those of the core:
//!
//! - **Strings are read as code points**, as Python holds them: a lone
//!   surrogate is a disallowed character of its own, as in the JavaScript
//!   package (`src/text.rs`). Only the first `INSPECTION_LIMIT + 1` code points
//!   of a password are read: no verdict depends on the rest.
//! - **Every argument is read by this crate**, not by `PyO3`'s conversions,
//!   so that bad input raises the package's `InputTypeError` or
//!   `InputValueError`, whose messages never quote a value (`src/errors.rs`).
//!   `None` stands for the default of every keyword argument.
//! - **Lazy findings**: a `Verdict` keeps the core's verdict, and makes its
//!   findings, their messages and figures, only when read. A check that
//!   only asks `ok` costs a call, the core's check and one small object,
//!   which keeps `check()` below a pure-Python `re` check (`bench/`).
//! - **No positions**: where the disallowed characters are is for a form to
//!   highlight, which the JavaScript package does; Python gets counts.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]
// PyO3 hands arguments over as borrowed `Bound`s, and its getters must
// take `&self` and return owned values.
#![allow(clippy::needless_pass_by_value, clippy::unused_self)]

mod args;
mod check;
mod errors;
mod finding;
mod generate;
mod preflight;
mod rules;
mod text;

use pyo3::prelude::*;

/// The native module: `check`, `preflight`, `generate`, `rules`, `apis` and the classes
/// their results are made of.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(check::check, m)?)?;
    m.add_function(wrap_pyfunction!(preflight::preflight, m)?)?;
    m.add_function(wrap_pyfunction!(generate::generate, m)?)?;
    m.add_function(wrap_pyfunction!(rules::rules, m)?)?;
    m.add_function(wrap_pyfunction!(rules::apis, m)?)?;
    m.add_class::<check::Verdict>()?;
    m.add_class::<finding::Finding>()?;
    m.add_class::<preflight::Preflight>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
