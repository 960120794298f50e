//! `generate`: passwords from the OS's secure random numbers, in the strict
//! reading of the API's sources, so that every source accepts them.

use cvm_password::{Api, Reading};

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
    let targets = os.oses().iter().copied();
    // No API named: what every API of families A to D accepts.
    let policy = api.map_or_else(
        || Api::portable_policy(targets.clone()),
        |api| api.policy(targets.clone(), Reading::Strict),
    );
    let mut generator = policy.generator();
    if let Some(length) = length {
        generator = generator.length(length);
    }
    // As the check does: an API without a UserName resets the default
    // administrator, whatever name is given.
    if let Some(name) = user.filter(|_| api.is_none_or(Api::takes_username)) {
        generator = generator.username(name);
    }
    let mut out = String::new();
    for _ in 0..count {
        let password = generator.generate().map_err(InputError::Generate)?;
        out.push_str(&password);
        out.push('\n');
    }
    Ok(out)
}
