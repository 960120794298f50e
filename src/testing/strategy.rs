//! [Proptest] strategies for other projects' test suites (feature
//! `proptest`): passwords a policy accepts, passwords that break one chosen
//! rule and no other, and strings full of Unicode traps.
//!
//! Passwords are built to meet their promise, never filtered: a strategy
//! rejects no case, so it is as fast under a strict policy as under a lax
//! one. A request no password can meet (a policy whose minimum length is
//! above its maximum, a rule the policy does not have) is an
//! [`Err(Impossible)`](Impossible) when the strategy is made, never a panic
//! while it runs.
//!
//! The promises hold for a check with the default username (`None`,
//! standing for `Administrator`): a valid password never contains it where
//! the policy bans it.
//!
//! ```
//! use cvm_password::{strategy, Policy};
//! use proptest::test_runner::TestRunner;
//!
//! let passwords = strategy::invalid_password(&Policy::WINDOWS, "contains_username")?;
//! TestRunner::default().run(&passwords, |password| {
//!     let rejected = Policy::WINDOWS.check(&password, None).unwrap_err();
//!     let codes: Vec<_> = rejected.violations().map(|v| v.code()).collect();
//!     assert_eq!(codes, ["contains_username"]);
//!     Ok(())
//! })?;
//!
//! // Linux has no username rule to break.
//! assert_eq!(
//!     strategy::invalid_password(&Policy::LINUX, "contains_username").unwrap_err(),
//!     strategy::Impossible::CannotBreakAlone,
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [Proptest]: https://docs.rs/proptest

use core::fmt;

use proptest::arbitrary::any;
use proptest::collection::vec;
use proptest::prop_oneof;
use proptest::sample::{select, subsequence, Index};
use proptest::strategy::{BoxedStrategy, Just, Strategy};

use crate::policy::{Alphabet, Category, Policy, INSPECTION_LIMIT};

/// Why a strategy cannot be made.
///
/// ```
/// use cvm_password::strategy::{self, Impossible};
/// use cvm_password::Policy;
///
/// let nothing = Policy::LINUX.with_min_length(31);
/// assert_eq!(strategy::valid_password(&nothing).unwrap_err(), Impossible::AcceptsNothing);
/// assert_eq!(
///     strategy::invalid_password(&Policy::LINUX, "too_weak").unwrap_err().to_string(),
///     "unknown violation code: expected too_short, too_long, leading_slash, \
///      banned_first_character, too_few_categories, disallowed_character or \
///      contains_username",
/// );
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Impossible {
    /// [`valid_password`]: the policy accepts no password at all.
    AcceptsNothing,
    /// [`invalid_password`]: every password that breaks this rule of the
    /// policy breaks another one too, or the policy does not have the rule.
    CannotBreakAlone,
    /// [`invalid_password`]: the code is not that of a
    /// [`Violation`](crate::Violation).
    UnknownCode,
    /// The policy bans a letter or a digit as the first character, which
    /// the strategies do not build for (no vendor API does it).
    Unsupported,
}

impl fmt::Display for Impossible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Impossible::AcceptsNothing => "the policy accepts no password",
            Impossible::CannotBreakAlone => {
                "no password breaks this rule of the policy without breaking another"
            }
            Impossible::UnknownCode => {
                "unknown violation code: expected too_short, too_long, leading_slash, \
                 banned_first_character, too_few_categories, disallowed_character or \
                 contains_username"
            }
            Impossible::Unsupported => {
                "the policy bans a letter or a digit first, which the strategies do not build for"
            }
        })
    }
}

impl core::error::Error for Impossible {}

/// Passwords `policy` accepts with the default username: every length it
/// accepts, at least the categories it requires, never a leading `/` or
/// the name `Administrator` where it bans them.
///
/// # Errors
///
/// [`Impossible::AcceptsNothing`] when no password meets the policy: its
/// minimum length is above its maximum, or it requires more categories than
/// it allows (four with no special character) or than its maximum length
/// holds.
///
/// ```
/// use cvm_password::{strategy, Policy};
/// use proptest::test_runner::TestRunner;
///
/// let passwords = strategy::valid_password(&Policy::LINUX)?;
/// TestRunner::default().run(&passwords, |password| {
///     assert!(Policy::LINUX.check(&password, None).is_ok());
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn valid_password(policy: &Policy) -> Result<BoxedStrategy<String>, Impossible> {
    let policy = supported(policy)?;
    let required = policy.required_categories();
    let lengths = policy.min_length().max(required)..=policy.max_length();
    if required > available(policy).len() || lengths.is_empty() {
        return Err(Impossible::AcceptsNothing);
    }
    Ok(lengths
        .prop_flat_map(move |length| covering(policy, required, length))
        .prop_map(move |chars| tidy(policy, chars))
        .boxed())
}

/// Passwords that break exactly one rule of `policy`, the one whose
/// [`Violation::code`](crate::Violation::code) is `code`: checked with the
/// default username, they are rejected with that one violation.
///
/// | `code` | how | [`Impossible::CannotBreakAlone`] when |
/// | --- | --- | --- |
/// | `too_short` | below the minimum length | the minimum is 0, or a shorter password cannot hold the required categories |
/// | `too_long` | up to 16 characters past the maximum; one time in eight past [`INSPECTION_LIMIT`] | never: past the limit, the category count is not reported |
/// | `leading_slash` | `/` first | the policy allows a leading `/`, or `/` is not one of its specials (it would be a disallowed character too), or no accepted length and categories leave room for it |
/// | `banned_first_character` | one of the policy's banned first characters other than `/`, first | the policy bans none that it allows elsewhere, or no accepted length and categories leave room for it |
/// | `too_few_categories` | fewer categories than required, perhaps none (the empty password) | the policy requires no category, or one and a non-zero length |
/// | `disallowed_character` | one or more characters outside the policy's alphabet: traps of [`tricky_string`], other ASCII, any `char` | no accepted length holds the required categories and one more character |
/// | `contains_username` | `Administrator`, in any letter case | the policy does not ban the username, or its maximum length cannot hold the name and the categories it lacks |
///
/// # Errors
///
/// [`Impossible::UnknownCode`] for a code that is not a violation's (the
/// warning `shorter_than_recommended` included),
/// [`Impossible::CannotBreakAlone`] as the table says, and
/// [`Impossible::Unsupported`] for a policy banning a letter or a digit
/// first.
///
/// ```
/// use cvm_password::{strategy, Policy};
/// use proptest::test_runner::TestRunner;
///
/// let passwords = strategy::invalid_password(&Policy::LINUX, "leading_slash")?;
/// TestRunner::default().run(&passwords, |password| {
///     assert!(password.starts_with('/'));
///     let rejected = Policy::LINUX.check(&password, None).unwrap_err();
///     assert_eq!(rejected.violations().len(), 1);
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn invalid_password(policy: &Policy, code: &str) -> Result<BoxedStrategy<String>, Impossible> {
    let policy = supported(policy)?;
    let made = match code {
        "too_short" => too_short(policy),
        "too_long" => Some(too_long(policy)),
        "leading_slash" => leading_slash(policy),
        "banned_first_character" => banned_first_character(policy),
        "too_few_categories" => too_few_categories(policy),
        "disallowed_character" => disallowed_character(policy),
        "contains_username" => contains_username(policy),
        _ => return Err(Impossible::UnknownCode),
    };
    made.ok_or(Impossible::CannotBreakAlone)
}

/// Strings full of Unicode traps: full-width look-alikes, exotic spaces,
/// zero-width and bidi controls, combining marks on ASCII letters, letters
/// whose case mapping crosses into ASCII (`ı`, `İ`, U+212A KELVIN SIGN), emoji
/// sequences and flags, control characters, noncharacters; among printable
/// ASCII, and now and then any `char`.
///
/// Each holds at least one character no policy allows (outside ASCII, or
/// an ASCII control character), so every policy rejects it with
/// `disallowed_character`.
///
/// ```
/// use cvm_password::{strategy, Policy};
/// use proptest::test_runner::TestRunner;
///
/// TestRunner::default().run(&strategy::tricky_string(), |text| {
///     let rejected = Policy::WINDOWS.check(&text, None).unwrap_err();
///     assert!(rejected.violations().any(|v| v.code() == "disallowed_character"));
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn tricky_string() -> BoxedStrategy<String> {
    let piece = prop_oneof![
        6 => select((' '..='~').collect::<Vec<_>>()).prop_map(String::from),
        3 => select(TRAPS).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    let never_allowed: Vec<&str> = TRAPS
        .iter()
        .copied()
        .filter(|trap| trap.chars().any(|c| !c.is_ascii() || c.is_ascii_control()))
        .collect();
    (vec(piece, 0..24), select(never_allowed), any::<Index>())
        .prop_map(|(mut pieces, trap, at)| {
            pieces.insert(at.index(pieces.len() + 1), trap.to_owned());
            pieces.concat()
        })
        .boxed()
}

/// Characters and clusters that trip up code which assumes ASCII, one kind
/// of trap each.
const TRAPS: &[&str] = &[
    // Full-width and other look-alikes of allowed characters.
    "！",
    "／",
    "１",
    "Ａ",
    "ａ",
    "＠",
    "а",
    "Α",
    "о",
    "ℓ",
    "⁄",
    // Spaces that are not U+0020, and the one that is.
    " ",
    "\u{a0}",
    "\u{2007}",
    "\u{202f}",
    "\u{3000}",
    "\u{1680}",
    // Zero-width and invisible characters.
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\u{ad}",
    // Bidi controls.
    "\u{202e}",
    "\u{202d}",
    "\u{2066}",
    "\u{2069}",
    "\u{200f}",
    // Combining marks, alone and on ASCII letters.
    "\u{301}",
    "e\u{301}",
    "a\u{300}\u{301}\u{302}\u{303}",
    "\u{36f}",
    "Z\u{335}\u{31b}",
    // Letters whose case mapping crosses into ASCII or changes length.
    "İ",
    "ı",
    "\u{212a}",
    "ß",
    "ẞ",
    "ﬀ",
    "Σ",
    "ς",
    "é",
    "É",
    // Emoji: alone, with modifiers, joined, flags.
    "😀",
    "👍🏽",
    "👨\u{200d}👩\u{200d}👧",
    "🇨🇳",
    "🏳\u{fe0f}\u{200d}🌈",
    "\u{fe0f}",
    // Other scripts.
    "中",
    "密码",
    "л",
    "ש",
    "ع",
    // Control characters, and ASCII never special.
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\0",
    "\u{7f}",
    "\u{1b}",
    "\u{85}",
    "\"",
    "\\",
    // The ends of Unicode: replacement, noncharacters, private use, the last scalar.
    "\u{fffd}",
    "\u{fffe}",
    "\u{ffff}",
    "\u{e000}",
    "\u{10ffff}",
];

fn too_short(policy: Policy) -> Option<BoxedStrategy<String>> {
    let required = policy.required_categories();
    let longest = policy.min_length().checked_sub(1)?.min(policy.max_length());
    let lengths = required..=longest;
    if required > available(policy).len() || lengths.is_empty() {
        return None;
    }
    Some(
        lengths
            .prop_flat_map(move |length| covering(policy, required, length))
            .prop_map(move |chars| tidy(policy, chars))
            .boxed(),
    )
}

fn too_long(policy: Policy) -> BoxedStrategy<String> {
    let required = policy.required_categories();
    // Past the limit the check stops reading and counts no category, so any
    // allowed characters do, whatever the policy.
    let past_limit = (INSPECTION_LIMIT + 1..=INSPECTION_LIMIT + 16)
        .prop_flat_map(move |length| covering(policy, 0, length))
        .prop_map(move |chars| tidy(policy, chars));
    let shortest = (policy.max_length() + 1)
        .max(policy.min_length())
        .max(required);
    if required > available(policy).len() || shortest > INSPECTION_LIMIT {
        return past_limit.boxed();
    }
    let near_limit = (shortest..=(shortest + 15).min(INSPECTION_LIMIT))
        .prop_flat_map(move |length| covering(policy, required, length))
        .prop_map(move |chars| tidy(policy, chars));
    prop_oneof![7 => near_limit, 1 => past_limit].boxed()
}

fn leading_slash(policy: Policy) -> Option<BoxedStrategy<String>> {
    if !policy.bans_leading_slash() || !policy.specials().contains('/') {
        return None;
    }
    starting_with(policy, vec!['/'])
}

fn banned_first_character(policy: Policy) -> Option<BoxedStrategy<String>> {
    // Banned first, yet allowed elsewhere: a special, as `supported` made sure.
    let banned: Vec<char> = policy
        .first_banned()
        .without('/')
        .intersection(policy.alphabet())
        .iter()
        .collect();
    if banned.is_empty() {
        return None;
    }
    starting_with(policy, banned)
}

/// Passwords whose first character is one of `firsts`, specials banned
/// there, and which break no other rule.
fn starting_with(policy: Policy, firsts: Vec<char>) -> Option<BoxedStrategy<String>> {
    // The first character brings the special category; the rest bring the others.
    let others: Vec<Category> = available(policy)
        .into_iter()
        .filter(|&c| c != Category::Special)
        .collect();
    let required = policy.required_categories();
    let lengths = policy.min_length().max(required).max(1)..=policy.max_length();
    if required.saturating_sub(1) > others.len() || lengths.is_empty() {
        return None;
    }
    Some(
        (lengths, select(firsts))
            .prop_flat_map(move |(length, first)| {
                let chosen = subsequence(others.clone(), required.saturating_sub(1));
                (
                    Just(first),
                    chosen.prop_flat_map(move |chosen| {
                        drawing(policy, &chosen, length - 1, allowed(policy))
                    }),
                )
            })
            .prop_map(move |(first, rest)| {
                let mut chars = vec![first];
                chars.extend(rest);
                without_username(policy, &mut chars);
                chars.into_iter().collect()
            })
            .boxed(),
    )
}

fn too_few_categories(policy: Policy) -> Option<BoxedStrategy<String>> {
    let required = policy.required_categories();
    let lengths = policy.min_length()..=policy.max_length();
    // Each allowed character brings a category: only the empty password
    // has fewer than one.
    match required {
        0 => return None,
        1 => return lengths.contains(&0).then(|| Just(String::new()).boxed()),
        _ if lengths.is_empty() => return None,
        _ => {}
    }
    Some(
        lengths
            .prop_flat_map(move |length| {
                if length == 0 {
                    return Just(Vec::new()).boxed();
                }
                // At least one category, never all required; `available`
                // holds at least the three letter and digit categories.
                subsequence(available(policy), 1..=(required - 1).min(length))
                    .prop_flat_map(move |chosen| {
                        let fill = chosen.iter().flat_map(|&c| members(policy, c)).collect();
                        drawing(policy, &chosen, length, fill)
                    })
                    .boxed()
            })
            .prop_map(move |chars| tidy(policy, chars))
            .boxed(),
    )
}

fn disallowed_character(policy: Policy) -> Option<BoxedStrategy<String>> {
    let required = policy.required_categories();
    let lengths = policy.min_length().max(required + 1)..=policy.max_length();
    if required > available(policy).len() || lengths.is_empty() {
        return None;
    }
    Some(
        lengths
            .prop_flat_map(move |length| {
                (1..=length - required).prop_flat_map(move |disallowed| {
                    (
                        covering(policy, required, length - disallowed),
                        vec(disallowed_char(policy), disallowed),
                    )
                        .prop_map(|(mut chars, disallowed)| {
                            chars.extend(disallowed);
                            chars
                        })
                        .prop_shuffle()
                })
            })
            .prop_map(move |chars| tidy(policy, chars))
            .boxed(),
    )
}

fn contains_username(policy: Policy) -> Option<BoxedStrategy<String>> {
    let name: Vec<char> = policy.banned_name(None)?.chars().collect();
    let required = policy.required_categories();
    // A name in mixed case brings two categories, or one class where
    // letters count as one.
    let brings = if policy.letters_as_one() { 1 } else { 2 };
    let lengths = policy
        .min_length()
        .max(name.len() + required.saturating_sub(brings))..=policy.max_length();
    if required > available(policy).len() || lengths.is_empty() {
        return None;
    }
    // The name as it is, in one case, and in any mix of cases.
    let lower: Vec<char> = name.iter().map(char::to_ascii_lowercase).collect();
    let upper: Vec<char> = name.iter().map(char::to_ascii_uppercase).collect();
    let cases = prop_oneof![
        1 => Just(name.clone()),
        1 => Just(lower),
        1 => Just(upper),
        3 => any::<u16>().prop_map(move |flips| flip_case(&name, flips)),
    ];
    Some(
        (lengths, cases)
            .prop_flat_map(move |(length, mut planted)| {
                let mut brought = letter_classes(policy, &planted);
                if planted.len() + required.saturating_sub(brought.len()) > length {
                    // One letter case leaves no room for the missing categories.
                    planted = mixed_case(&planted);
                    brought = letter_classes(policy, &planted);
                }
                let others: Vec<Category> = available(policy)
                    .into_iter()
                    .filter(|c| !brought.contains(c))
                    .collect();
                let rest = length - planted.len();
                let chosen = subsequence(others, required.saturating_sub(brought.len()));
                (
                    chosen.prop_flat_map(move |chosen| {
                        drawing(policy, &chosen, rest, allowed(policy))
                    }),
                    Just(planted),
                    0..=rest,
                )
            })
            .prop_map(move |(mut chars, planted, at)| {
                chars.splice(at..at, planted);
                allowed_first(policy, &mut chars);
                chars.into_iter().collect()
            })
            .boxed(),
    )
}

/// `length` allowed characters drawing on `required` categories at least,
/// chosen at random among those the policy allows.
fn covering(policy: Policy, required: usize, length: usize) -> BoxedStrategy<Vec<char>> {
    subsequence(available(policy), required)
        .prop_flat_map(move |chosen| drawing(policy, &chosen, length, allowed(policy)))
        .boxed()
}

/// `length` characters in random order: one of each `chosen` category,
/// the others from `fill`. Needs `chosen.len() <= length`, each category
/// allowed, and `fill` not empty.
fn drawing(
    policy: Policy,
    chosen: &[Category],
    length: usize,
    fill: Vec<char>,
) -> BoxedStrategy<Vec<char>> {
    let one_of_each: Vec<_> = chosen.iter().map(|&c| select(members(policy, c))).collect();
    let rest = vec(select(fill), length - chosen.len());
    (one_of_each, rest)
        .prop_map(|(mut chars, rest)| {
            chars.extend(rest);
            chars
        })
        .prop_shuffle()
        .boxed()
}

/// A character outside the policy's alphabet.
fn disallowed_char(policy: Policy) -> impl Strategy<Value = char> {
    let traps: Vec<char> = TRAPS
        .iter()
        .flat_map(|trap| trap.chars())
        .chain((0..0x80u8).map(char::from))
        .filter(|&c| policy.classify(c).is_none())
        .collect();
    prop_oneof![
        3 => select(traps),
        1 => any::<char>().prop_map(move |c| if policy.classify(c).is_none() { c } else { '\u{fffd}' }),
    ]
}

/// The policy, if the strategies build for it: one that bans no letter or
/// digit first.
fn supported(policy: &Policy) -> Result<Policy, Impossible> {
    let alphanumeric = Category::ALL[..3].iter().fold(Alphabet::EMPTY, |set, &c| {
        set.union(policy.category_alphabet(c))
    });
    if policy.first_banned().intersection(alphanumeric).is_empty() {
        Ok(*policy)
    } else {
        Err(Impossible::Unsupported)
    }
}

/// The classes the policy allows, each as one category: all but special
/// when it has no special character; lowercase standing for all letters
/// where letters count as one.
fn available(policy: Policy) -> Vec<Category> {
    Category::ALL
        .into_iter()
        .filter(|&c| !policy.category_alphabet(c).is_empty())
        .filter(|&c| !(policy.letters_as_one() && c == Category::Uppercase))
        .collect()
}

/// The characters of the class `category` stands for.
fn members(policy: Policy, category: Category) -> Vec<char> {
    let mut set = policy.category_alphabet(category);
    if policy.letters_as_one() && category == Category::Lowercase {
        set = set.union(policy.category_alphabet(Category::Uppercase));
    }
    set.iter().collect()
}

fn allowed(policy: Policy) -> Vec<char> {
    policy.alphabet().iter().collect()
}

/// Makes a password of characters the policy accepts accepted by the rules
/// that look at their order: no banned first character, no username.
fn tidy(policy: Policy, mut chars: Vec<char>) -> String {
    allowed_first(policy, &mut chars);
    without_username(policy, &mut chars);
    chars.into_iter().collect()
}

/// Moves the leading characters banned first to the end; a password of
/// those only (specials, one category) becomes one of `x`, which has as
/// many categories.
fn allowed_first(policy: Policy, chars: &mut [char]) {
    let banned = policy.first_banned();
    let leading = chars.iter().take_while(|&&c| banned.contains(c)).count();
    if leading == chars.len() {
        chars.fill('x');
    } else {
        chars.rotate_left(leading);
    }
}

/// Breaks every occurrence of the default username by turning its first
/// letter into an `x` of the same case: `x` is not in the name, so this
/// makes no new occurrence, and keeps the categories.
fn without_username(policy: Policy, chars: &mut [char]) {
    let Some(name) = policy.banned_name(None) else {
        return;
    };
    let name: Vec<char> = name.chars().collect();
    let mut from = 0;
    while let Some(found) = chars.get(from..).and_then(|rest| {
        rest.windows(name.len()).position(|window| {
            window
                .iter()
                .zip(&name)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    }) {
        let at = from + found;
        if let Some(c) = chars.get_mut(at) {
            *c = if c.is_ascii_uppercase() { 'X' } else { 'x' };
        }
        from = at + 1;
    }
}

/// `name` with the ASCII case of each letter whose bit is set flipped.
fn flip_case(name: &[char], flips: u16) -> Vec<char> {
    name.iter()
        .enumerate()
        .map(|(i, &c)| {
            if flips >> (i % 16) & 1 == 1 {
                flip(c)
            } else {
                c
            }
        })
        .collect()
}

/// `name` with its first letter uppercase and its second lowercase.
fn mixed_case(name: &[char]) -> Vec<char> {
    name.iter()
        .enumerate()
        .map(|(i, c)| match i {
            0 => c.to_ascii_uppercase(),
            1 => c.to_ascii_lowercase(),
            _ => *c,
        })
        .collect()
}

fn flip(c: char) -> char {
    if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    }
}

/// The classes the letters of `name` bring, each as its category (one,
/// lowercase, where letters count as one).
fn letter_classes(policy: Policy, name: &[char]) -> Vec<Category> {
    let categories = letter_categories(name);
    if policy.letters_as_one() && !categories.is_empty() {
        vec![Category::Lowercase]
    } else {
        categories
    }
}

fn letter_categories(name: &[char]) -> Vec<Category> {
    [
        (
            Category::Lowercase,
            name.iter().any(char::is_ascii_lowercase),
        ),
        (
            Category::Uppercase,
            name.iter().any(char::is_ascii_uppercase),
        ),
    ]
    .into_iter()
    .filter_map(|(category, present)| present.then_some(category))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaking_the_name_leaves_no_occurrence() {
        let policy = Policy::WINDOWS;
        for text in [
            "administrator",
            "ADMINISTRATORadministrator",
            "AdministratorAdministrator!",
            "xAdMiNiStRaToRx",
            "administratoradministrator",
        ] {
            let mut chars: Vec<char> = text.chars().collect();
            without_username(policy, &mut chars);
            let fixed: String = chars.iter().collect();
            assert!(
                !fixed.to_ascii_lowercase().contains("administrator"),
                "{fixed}"
            );
            assert_eq!(letter_categories(&chars), {
                let original: Vec<char> = text.chars().collect();
                letter_categories(&original)
            });
        }
    }

    #[test]
    fn characters_banned_first_move_to_the_end() {
        let mut chars: Vec<char> = "//a/b".chars().collect();
        allowed_first(Policy::LINUX, &mut chars);
        assert_eq!(chars.iter().collect::<String>(), "a/b//");
        let mut chars: Vec<char> = "///".chars().collect();
        allowed_first(Policy::LINUX, &mut chars);
        assert_eq!(chars.iter().collect::<String>(), "xxx");
        let emr = Policy::LINUX.with_first_banned(Alphabet::EMPTY.with('!').with('@'));
        let mut chars: Vec<char> = "!@/a".chars().collect();
        allowed_first(emr, &mut chars);
        assert_eq!(chars.iter().collect::<String>(), "/a!@");
    }
}
