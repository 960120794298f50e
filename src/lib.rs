//! Checks a password against the rules of Tencent Cloud CVM
//! `ResetInstancesPassword` (API 2017-03-12) *before* the call, and says
//! every reason it would be refused.
//!
//! The server answers a password that breaks its rules with one opaque
//! error code, `InvalidParameterValue.InvalidPassword`, after the call. This
//! crate answers before it, with each violated rule, its figures, and a
//! message in English or Simplified Chinese.
//!
//! ```
//! use cvm_password::{Os, Policy};
//!
//! // A batch holding one Windows instance follows the Windows rules.
//! let policy = Policy::for_targets([Os::Linux, Os::Windows]);
//! assert_eq!(policy, Policy::WINDOWS);
//!
//! match policy.check("abc123ABC!@#", Some("Administrator")) {
//!     Ok(accepted) => assert_eq!(accepted.warnings().count(), 0),
//!     Err(rejected) => panic!("{rejected}"),
//! }
//!
//! let rejected = Policy::LINUX.check("/short", None).unwrap_err();
//! for v in rejected.violations() {
//!     println!("{}: {v} ({})", v.code(), v.api_error_code());
//! }
//! // too_short: password is too short: 6 characters, at least 8 required (InvalidParameterValue.InvalidPassword)
//! // leading_slash: password must not start with '/' (InvalidParameterValue.InvalidPassword)
//! // too_few_categories: password has too few character categories: 2 (lowercase letters, special characters), at least 3 of 4 required (InvalidParameterValue.InvalidPassword)
//! assert_eq!(rejected.violations().count(), 3);
//! ```
//!
//! # The rules
//!
//! | rule | [`Policy::LINUX`] | [`Policy::WINDOWS`] |
//! | --- | --- | --- |
//! | length, in characters | 8 to 30 | 12 to 30 |
//! | categories present, of lowercase, uppercase, digit, special | at least 3 | at least 3 |
//! | first character `/` | rejected | rejected |
//! | contains the username | not checked | rejected |
//! | 8 to 12 characters | accepted, warning `shorter_than_recommended` | (below minimum) |
//!
//! The 30 special characters are ``()`~!@#$%^&*-+=_|{}[]:;'<>,.?/``
//! ([`Specials::CVM`]). Every other character is disallowed: space, `"`,
//! `\`, control characters and anything outside ASCII, look-alikes such as
//! the full-width `！` included.
//!
//! # Decisions the vendor leaves open
//!
//! - **Space** is disallowed. The vendor's Windows list shows one between
//!   `'` and `<`, its Linux list and other Tencent pages do not, and
//!   Lighthouse says spaces are refused. [`Policy::with_space_allowed`]
//!   opts in, counting a space as a special character.
//! - **Length** counts Unicode scalar values (`char`s): not bytes, not
//!   UTF-16 units, not grapheme clusters (one cluster can hold a megabyte of
//!   combining marks). For every password that can be accepted, which is
//!   ASCII, the counts agree.
//! - **Cost** is bounded: a check reads at most [`INSPECTION_LIMIT`] (4096)
//!   characters, then reports `too_long` as "more than 4096 characters".
//!   A rule the unread rest could still satisfy, the category count, is not
//!   reported past the limit; the others speak of the characters read.
//! - **The username rule** is the Windows one: `None` stands for the default
//!   administrator, `Administrator`; the name is matched with ASCII letters
//!   folded to one case and every other character exactly; names shorter
//!   than [`USERNAME_MIN_CHECKED`] (3) characters are not looked for.
//! - **Unknown OS, or no instance**: the Windows rules, the strictest.
//!   [`Os::from_os_name`] takes an empty `OsName` for an unknown OS.
//!
//! # Secrecy
//!
//! A verdict holds figures, never characters: no `Display`, `Debug` or
//! error text of this crate contains a character of the password or the
//! username. Where the disallowed characters are is told only by
//! [`Policy::disallowed_positions`], for highlighting them in a form.
//!
//! # Features
//!
//! - `std` (default): links the standard library. Without it the crate is
//!   `#![no_std]` and needs no `alloc`.
//! - `unicode` (default): [`Policy::disallowed_positions`], through
//!   `unicode-segmentation`.
//! - `arbitrary`: [`Arbitrary`] for [`Os`], [`Policy`] and [`Specials`], for
//!   fuzz targets. A policy is a preset with some of its rules changed by
//!   the `with_*` builders, so it is always one a caller could build.
//! - `proptest`: the `strategy` module, for other projects' test suites:
//!   passwords a policy accepts, passwords that break one chosen rule and no
//!   other, strings full of Unicode traps. Turns on `std`.
//!
//! With `default-features = false` the crate has no run-time dependency.
//!
//! [`Arbitrary`]: https://docs.rs/arbitrary/latest/arbitrary/trait.Arbitrary.html

// Unit tests use `std` (proptest, `Vec`) whatever the features.
#![cfg_attr(not(any(feature = "std", test)), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(
    clippy::string_slice,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::unreachable,
    clippy::todo
)]
#![warn(clippy::pedantic)]
#![allow(clippy::must_use_candidate, clippy::return_self_not_must_use)]

#[cfg(feature = "arbitrary")]
mod arbitrary;
mod category;
mod check;
#[cfg(feature = "unicode")]
mod highlight;
mod message;
mod os;
mod policy;
mod scan;
mod search;
mod specials;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategy;
mod verdict;
mod violation;

pub use crate::category::{classify, Categories, Category};
#[cfg(feature = "unicode")]
#[cfg_attr(docsrs, doc(cfg(feature = "unicode")))]
pub use crate::highlight::{DisallowedPositions, Position};
pub use crate::message::{Lang, Message};
pub use crate::os::Os;
pub use crate::policy::{Policy, INSPECTION_LIMIT, USERNAME_MIN_CHECKED};
pub use crate::specials::Specials;
pub use crate::verdict::{Accepted, Rejected, Violations, Warnings};
pub use crate::violation::{Violation, Warning, INVALID_PASSWORD};

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
