//! `Policy::check`: every rule at once, no allocation.

use super::category::{Categories, Category};
use super::scan::{scan, Scan};
use super::search::contains_ignore_ascii_case;
use super::verdict::{Accepted, Found, Limits, Rejected};
use super::Policy;

impl Policy {
    /// Checks `password` against every rule at once.
    ///
    /// `username` is the `UserName` of the request; `None`, or an empty
    /// name, means the OS default administrator, which for the username
    /// rule (a Windows rule) is `Administrator`. The rule rejects a
    /// password containing the name, compared with ASCII letters folded to
    /// one case and every other character exactly; names shorter than
    /// [`USERNAME_MIN_CHECKED`] characters are not looked for (see
    /// [`Policy::banned_name`]).
    ///
    /// Length is counted in Unicode scalar values (`char`s). The check reads
    /// at most [`INSPECTION_LIMIT`] characters, so its cost is bounded
    /// whatever the input, and it never allocates or panics.
    ///
    /// # Errors
    ///
    /// [`Rejected`] when any rule is broken, holding every violation.
    ///
    /// [`USERNAME_MIN_CHECKED`]: crate::USERNAME_MIN_CHECKED
    /// [`INSPECTION_LIMIT`]: crate::INSPECTION_LIMIT
    ///
    /// ```
    /// use cvm_password::Policy;
    ///
    /// assert!(Policy::WINDOWS.check("abc123ABC!@#", Some("Administrator")).is_ok());
    ///
    /// let rejected = Policy::WINDOWS.check("xADMINISTRATORx", None).unwrap_err();
    /// let codes: Vec<_> = rejected.violations().map(|v| v.code()).collect();
    /// assert_eq!(codes, ["too_few_categories", "contains_username"]);
    ///
    /// // An empty name is no name: the default administrator.
    /// assert!(Policy::WINDOWS.check("Administrator12!", Some("")).is_err());
    ///
    /// // Linux does not look for the username.
    /// assert!(Policy::LINUX.check("root#Root#1", Some("root")).is_ok());
    /// ```
    pub fn check(&self, password: &str, username: Option<&str>) -> Result<Accepted, Rejected> {
        let Scan {
            measure,
            inspected,
            truncated,
        } = scan(password, self.specials());
        // `inspected` ends on a character boundary, within the password.
        let inspected = password.as_bytes().get(..inspected).unwrap_or_default();

        let first = inspected.first().map(|&b| char::from(b));
        let mut found = Found::default();
        found.set(Found::TOO_SHORT, measure.length < self.min_length());
        found.set(Found::TOO_LONG, measure.length > self.max_length());
        found.set(
            Found::LEADING_SLASH,
            first == Some('/') && self.bans_leading_slash(),
        );
        // The first byte of a character outside ASCII is no ASCII character,
        // and no banned one.
        found.set(
            Found::BANNED_FIRST_CHARACTER,
            first.is_some_and(|c| c != '/' && self.first_banned().contains(c)),
        );
        // Characters past the limit could still bring the missing categories.
        found.set(
            Found::TOO_FEW_CATEGORIES,
            !truncated && self.classes_present(measure.categories) < self.required_categories(),
        );
        found.set(Found::DISALLOWED_CHARACTER, measure.disallowed > 0);
        found.set(
            Found::CONTAINS_USERNAME,
            self.banned_name(username)
                .is_some_and(|name| contains_ignore_ascii_case(inspected, name.as_bytes())),
        );

        let limits = Limits {
            min_length: self.min_length(),
            max_length: self.max_length(),
            required_categories: self.required_categories(),
            classes: self.classes(),
            first_banned: self.first_banned().without('/'),
            recommended_min_length: self.recommended_min_length(),
        };
        if found.is_empty() {
            Ok(Accepted::new(measure, limits))
        } else {
            Err(Rejected::new(found, measure, limits))
        }
    }
}

impl Policy {
    /// How many classes `categories` make: one per category, lowercase and
    /// uppercase letters together making one where letters count as one.
    pub(super) const fn classes_present(&self, categories: Categories) -> usize {
        let both_letters =
            categories.contains(Category::Lowercase) && categories.contains(Category::Uppercase);
        categories.len() - (self.letters_as_one() && both_letters) as usize
    }
}
