//! Which name the username rule looks for: decided here once, for the
//! check, the generator, the strategies, a form's `pattern` and every
//! front end.

use super::os::Os;
use super::Policy;

/// The shortest username the username rule checks, in characters: Windows
/// does not look for shorter names in a password either.
pub const USERNAME_MIN_CHECKED: usize = 3;

impl Policy {
    /// The name the username rule looks for in a password, given the
    /// request's `UserName`; `None` when nothing is looked for.
    ///
    /// - No `UserName`, or an empty one, means the OS default administrator:
    ///   the API resets that account's password, so the rule looks for
    ///   `Administrator`. An empty field in a form is no name.
    /// - A name shorter than [`USERNAME_MIN_CHECKED`] characters is not
    ///   looked for, as Windows does not.
    /// - A policy without the rule looks for nothing.
    ///
    /// ```
    /// use cvm_password::Policy;
    ///
    /// assert_eq!(Policy::WINDOWS.banned_name(None), Some("Administrator"));
    /// assert_eq!(Policy::WINDOWS.banned_name(Some("")), Some("Administrator"));
    /// assert_eq!(Policy::WINDOWS.banned_name(Some("Jo")), None);
    /// assert_eq!(Policy::WINDOWS.banned_name(Some("admin")), Some("admin"));
    /// assert_eq!(Policy::LINUX.banned_name(None), None);
    /// ```
    pub fn banned_name<'a>(&self, username: Option<&'a str>) -> Option<&'a str> {
        if !self.bans_username() {
            return None;
        }
        let name = match username {
            None | Some("") => Os::Windows.default_username(),
            Some(name) => name,
        };
        // A character takes at most 4 bytes: only short names need counting.
        let long_enough = name.len() >= 4 * USERNAME_MIN_CHECKED
            || name.chars().nth(USERNAME_MIN_CHECKED - 1).is_some();
        long_enough.then_some(name)
    }
}
