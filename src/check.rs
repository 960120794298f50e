//! `Policy::check`: one pass over the password's bytes, no allocation.

use crate::category::{
    Categories, Category, BYTE_CLASS, CONTINUATION, NON_ASCII_LEAD, OTHER_ASCII,
};
use crate::os::Os;
use crate::policy::{Policy, INSPECTION_LIMIT, USERNAME_MIN_CHECKED};
use crate::search::contains_ignore_ascii_case;
use crate::specials::Specials;
use crate::verdict::{Accepted, Found, Limits, Measure, Rejected};

impl Policy {
    /// Checks `password` against every rule at once.
    ///
    /// `username` is the `UserName` of the request; `None` means the OS
    /// default administrator, which for the username rule (a Windows rule)
    /// is `Administrator`. The rule rejects a password containing the name,
    /// compared with ASCII letters folded to one case and every other
    /// character exactly; names shorter than [`USERNAME_MIN_CHECKED`]
    /// characters are not looked for.
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
    /// // Linux does not look for the username.
    /// assert!(Policy::LINUX.check("root#Root#1", Some("root")).is_ok());
    /// ```
    pub fn check(&self, password: &str, username: Option<&str>) -> Result<Accepted, Rejected> {
        let (inspected, truncated) = inspected_prefix(password);
        let measure = measure(inspected, truncated, self.specials());

        let mut found = Found::default();
        found.set(Found::TOO_SHORT, measure.length < self.min_length());
        found.set(Found::TOO_LONG, measure.length > self.max_length());
        found.set(
            Found::LEADING_SLASH,
            self.bans_leading_slash() && inspected.first() == Some(&b'/'),
        );
        // Characters past the limit could still bring the missing categories.
        found.set(
            Found::TOO_FEW_CATEGORIES,
            !truncated && measure.categories.len() < self.required_categories(),
        );
        found.set(Found::DISALLOWED_CHARACTER, measure.disallowed > 0);
        found.set(
            Found::CONTAINS_USERNAME,
            self.bans_username() && contains_username(inspected, username),
        );

        let limits = Limits {
            min_length: self.min_length(),
            max_length: self.max_length(),
            required_categories: self.required_categories(),
            recommended_min_length: self.recommended_min_length(),
        };
        if found.is_empty() {
            Ok(Accepted::new(measure, limits))
        } else {
            Err(Rejected::new(found, measure, limits))
        }
    }
}

/// The bytes of the first [`INSPECTION_LIMIT`] characters, and whether any
/// character follows them.
pub(crate) fn inspected_prefix(password: &str) -> (&[u8], bool) {
    let bytes = password.as_bytes();
    // Every character takes at least one byte: a short string fits whole.
    if bytes.len() <= INSPECTION_LIMIT {
        return (bytes, false);
    }
    match password.char_indices().nth(INSPECTION_LIMIT) {
        Some((end, _)) => (bytes.get(..end).unwrap_or(bytes), true),
        None => (bytes, false),
    }
}

/// Length, categories and disallowed characters of `inspected`, valid UTF-8.
///
/// It reads bytes rather than decoding characters: an ASCII byte classifies
/// itself, a continuation byte starts no character, and any other byte
/// starts a non-ASCII character, which is always disallowed.
fn measure(inspected: &[u8], truncated: bool, specials: Specials) -> Measure {
    let mut seen = 0u8;
    let mut continuation = 0usize;
    let mut disallowed = 0usize;
    for &b in inspected {
        let class = byte_class(b);
        if class & OTHER_ASCII != 0 {
            if specials.contains_byte(b) {
                seen |= Category::Special.bit();
            } else {
                disallowed += 1;
            }
        } else if class & CONTINUATION != 0 {
            continuation += 1;
        } else if class & NON_ASCII_LEAD != 0 {
            disallowed += 1;
        } else {
            seen |= class;
        }
    }
    Measure {
        length: inspected.len() - continuation + usize::from(truncated),
        categories: Categories::from_bits(seen),
        disallowed,
    }
}

#[expect(
    clippy::indexing_slicing,
    reason = "a u8 always indexes a [_; 256]; the compiler drops the bounds check"
)]
fn byte_class(b: u8) -> u8 {
    BYTE_CLASS[usize::from(b)]
}

fn contains_username(inspected: &[u8], username: Option<&str>) -> bool {
    let name = username.unwrap_or(Os::Windows.default_username());
    let long_enough = name.chars().nth(USERNAME_MIN_CHECKED - 1).is_some();
    long_enough && contains_ignore_ascii_case(inspected, name.as_bytes())
}
