//! Reading input: files, standard input, the password. Every error says
//! what could not be read and why, and quotes none of what was read.

use std::io::{self, IsTerminal, Read};
use std::path::Path;

use cvm_password::Lang;

/// An input that cannot be used: exit status 2. No message quotes what
/// was read: the request body's and `serde_json`'s messages quote no input,
/// and the others name the flag, the source and the offset only.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{flag}: cannot read {origin}: {error}")]
    Unreadable {
        flag: &'static str,
        origin: String,
        error: io::Error,
    },
    #[error("{flag}: {origin} is empty")]
    Empty { flag: &'static str, origin: String },
    #[error("{flag}: {origin} is not UTF-8 (invalid byte at offset {offset})")]
    NotUtf8 {
        flag: &'static str,
        origin: String,
        offset: usize,
    },
    #[error("cannot read standard input: {0}")]
    Stdin(io::Error),
    #[error("cannot read the password from the terminal: {0}")]
    Terminal(io::Error),
    #[error("no password entered")]
    NoPasswordEntered,
    #[error("no password on standard input")]
    NoPasswordOnStdin,
    #[error("standard input is not UTF-8 (invalid byte at offset {0})")]
    PasswordNotUtf8(usize),
    #[error("only one of --request, --instances, --regions and --images can read standard input")]
    BothFromStdin,
    /// An input the pre-flight cannot read, by the flag that gave it.
    #[error("{}", json_message(.0))]
    Json(cvm_password::JsonError),
    #[error("generate: {0}")]
    Generate(cvm_password::GenerateError),
}

fn json_message(error: &cvm_password::JsonError) -> String {
    use cvm_password::JsonInput;
    let flag = match error.input() {
        JsonInput::Instances => "--instances",
        JsonInput::Regions => "--regions",
        JsonInput::Images => "--images",
        JsonInput::Api => "--api",
        JsonInput::Region => {
            return "--region differs from the Region of the request body".to_owned()
        }
        _ => "--request",
    };
    format!("{flag}: {}", error.detail())
}

/// Whether `path` stands for standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The text of the file `path` names (standard input for `-`), for `flag`.
pub fn read_text(path: &Path, flag: &'static str) -> Result<String, InputError> {
    let (bytes, origin) = if is_stdin(path) {
        (read_stdin()?, "standard input".to_owned())
    } else {
        let origin = format!("file '{}'", path.display());
        match std::fs::read(path) {
            Ok(bytes) => (bytes, origin),
            Err(error) => {
                return Err(InputError::Unreadable {
                    flag,
                    origin,
                    error,
                })
            }
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty { flag, origin });
    }
    utf8(bytes).map_err(|offset| InputError::NotUtf8 {
        flag,
        origin,
        offset,
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
        let password = rpassword::prompt_password(prompt).map_err(InputError::Terminal)?;
        if password.is_empty() {
            return Err(InputError::NoPasswordEntered);
        }
        return Ok(password);
    }
    let mut password = utf8(read_stdin()?).map_err(InputError::PasswordNotUtf8)?;
    if password.ends_with('\n') {
        password.pop();
        if password.ends_with('\r') {
            password.pop();
        }
    }
    if password.is_empty() {
        return Err(InputError::NoPasswordOnStdin);
    }
    Ok(password)
}

fn read_stdin() -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    io::stdin()
        .read_to_end(&mut bytes)
        .map_err(InputError::Stdin)?;
    Ok(bytes)
}

/// The text, or the offset where it stops being UTF-8: the error itself,
/// which holds the bytes, goes no further.
fn utf8(bytes: Vec<u8>) -> Result<String, usize> {
    String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to())
}
