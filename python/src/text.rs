//! Python strings as Rust text, lone surrogates included.
//!
//! A Python `str` is a sequence of code points and may hold a lone
//! surrogate (`"\ud800"`, or what `surrogateescape` makes of undecodable
//! bytes), which no Rust `str` can. As in the JavaScript package, each
//! becomes its own stand-in ([`cvm_password::surrogate_stand_in`]), U+40000
//! plus its offset from U+D800: a code point of unassigned plane 4, outside
//! every password alphabet, one character long. So a lone surrogate is one
//! disallowed character, distinct surrogates stay distinct in the username
//! rule and equal ones equal, and none merges with a real U+FFFD.

use std::borrow::Cow;

use cvm_password::INSPECTION_LIMIT;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PySlice, PyString};

use crate::errors;

/// The most code points a check reads: the inspected ones and the one
/// after them, which makes a password too long. No verdict depends on the
/// rest, so a 10 MiB paste costs what a 16 KiB one does.
const MAX_CHARS: usize = INSPECTION_LIMIT + 1;

/// The UTF-8 of a Python string, held in the bytes object Python encoded
/// it to when it holds no lone surrogate, else rebuilt with stand-ins.
pub enum Text<'py> {
    Encoded(Bound<'py, PyBytes>),
    Rebuilt(String),
}

impl Text<'_> {
    /// The text, for the core.
    pub fn as_str(&self) -> Cow<'_, str> {
        match self {
            // Python's UTF-8 encoder gives valid UTF-8; the lossy decode
            // only spares an `unsafe` or a panic.
            Text::Encoded(bytes) => String::from_utf8_lossy(bytes.as_bytes()),
            Text::Rebuilt(string) => Cow::Borrowed(string),
        }
    }
}

/// `value` as text, or an `InputTypeError` naming `what` when it is not a
/// `str`.
pub fn text<'py>(value: &Bound<'py, PyAny>, what: &str) -> PyResult<Text<'py>> {
    let py = value.py();
    let string = value
        .cast::<PyString>()
        .map_err(|_| errors::not_a(py, what, "a str", value))?;
    convert(string)
}

/// A password: only its first [`MAX_CHARS`] code points.
pub fn password<'py>(value: &Bound<'py, PyAny>) -> PyResult<Text<'py>> {
    let py = value.py();
    let string = value
        .cast::<PyString>()
        .map_err(|_| errors::not_a(py, "password", "a str", value))?;
    if string.len()? > MAX_CHARS {
        let end = isize::try_from(MAX_CHARS).unwrap_or(isize::MAX);
        let head = string.get_item(PySlice::new(py, 0, end, 1))?;
        // A str subclass may slice into something else.
        let head = head
            .cast::<PyString>()
            .map_err(|_| errors::not_a(py, "password", "a str", value))?;
        return convert(head);
    }
    convert(string)
}

fn convert<'py>(string: &Bound<'py, PyString>) -> PyResult<Text<'py>> {
    if let Ok(bytes) = string.encode_utf8() {
        return Ok(Text::Encoded(bytes));
    }
    // Only a lone surrogate stops the UTF-8 encoder: read the code points
    // themselves.
    let units = string.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let units = units.cast::<PyBytes>()?;
    Ok(Text::Rebuilt(
        units
            .as_bytes()
            .chunks_exact(4)
            .map(|unit| {
                // Always 4 bytes: `chunks_exact`.
                let code = <[u8; 4]>::try_from(unit).map_or(0xFFFD, u32::from_le_bytes);
                char::from_u32(code).unwrap_or_else(|| stand_in(code))
            })
            .collect(),
    ))
}

/// The stand-in of a lone surrogate: the core's, which the JavaScript
/// package shares ([`cvm_password::surrogate_stand_in`]). Only a surrogate
/// fails `char::from_u32` here, and every surrogate fits a `u16`.
fn stand_in(surrogate: u32) -> char {
    u16::try_from(surrogate).map_or(
        char::REPLACEMENT_CHARACTER,
        cvm_password::surrogate_stand_in,
    )
}
