//! Reading input: files, standard input, the password. Every error says
//! what could not be read and why, and quotes none of what was read.

use std::fmt;
use std::io::{self, IsTerminal, Read};
use std::path::Path;

use cvm_password::Lang;

/// An input that cannot be used: exit status 2.
#[derive(Debug)]
pub struct InputError(String);

impl InputError {
    pub fn new(message: impl Into<String>) -> InputError {
        InputError(message.into())
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `path` stands for standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The text of the file `path` names (standard input for `-`), for `flag`.
pub fn read_text(path: &Path, flag: &str) -> Result<String, InputError> {
    let (bytes, source) = if is_stdin(path) {
        (read_stdin()?, "standard input".to_owned())
    } else {
        let source = format!("file '{}'", path.display());
        let bytes = std::fs::read(path)
            .map_err(|e| InputError::new(format!("{flag}: cannot read {source}: {e}")))?;
        (bytes, source)
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::new(format!("{flag}: {source} is empty")));
    }
    utf8(bytes).map_err(|offset| {
        InputError::new(format!(
            "{flag}: {source} is not UTF-8 (invalid byte at offset {offset})"
        ))
    })
}

/// The password: asked for without echo on a terminal, else all of
/// standard input less one trailing line break (`\n` or `\r\n`). Anything
/// else, a second line included, is part of the password.
pub fn password(lang: Lang) -> Result<String, InputError> {
    if io::stdin().is_terminal() {
        let prompt = match lang {
            Lang::ZhCn => "密码：",
            _ => "password: ",
        };
        let password = rpassword::prompt_password(prompt).map_err(|e| {
            InputError::new(format!("cannot read the password from the terminal: {e}"))
        })?;
        if password.is_empty() {
            return Err(InputError::new("no password entered"));
        }
        return Ok(password);
    }
    let mut password = utf8(read_stdin()?).map_err(|offset| {
        InputError::new(format!(
            "standard input is not UTF-8 (invalid byte at offset {offset})"
        ))
    })?;
    if password.ends_with('\n') {
        password.pop();
        if password.ends_with('\r') {
            password.pop();
        }
    }
    if password.is_empty() {
        return Err(InputError::new("no password on standard input"));
    }
    Ok(password)
}

fn read_stdin() -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::new(format!("cannot read standard input: {e}")))?;
    Ok(bytes)
}

/// The text, or the offset where it stops being UTF-8: the error itself,
/// which holds the bytes, goes no further.
fn utf8(bytes: Vec<u8>) -> Result<String, usize> {
    String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to())
}
