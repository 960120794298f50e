//! `generate`: passwords from the OS's secure random numbers, as the core's
//! generator for the API makes them.

use cvm_password::Api;

use crate::args::Targets;
use crate::input::InputError;

/// `count` passwords, one a line.
pub fn passwords(
    api: Option<&'static Api>,
    os: &Targets,
    user: Option<&str>,
    length: Option<usize>,
    count: usize,
) -> Result<String, InputError> {
    let mut generator = Api::generator_for(api, os.oses().iter().copied(), user);
    if let Some(length) = length {
        generator = generator.length(length);
    }
    let mut out = String::new();
    for _ in 0..count {
        let password = generator.generate().map_err(InputError::Generate)?;
        out.push_str(&password);
        out.push('\n');
    }
    Ok(out)
}
