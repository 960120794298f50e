//! Checks a password for a Tencent Cloud instance *before* the API that
//! sets it is called, and says every reason the API would refuse it, each
//! with the API's own error code and a message in English or Simplified
//! Chinese.
//!
//! The server answers a password that breaks its rules with one opaque
//! code after the call. This crate answers before it: for
//! `cvm:ResetInstancesPassword` and 39 other APIs that set an instance
//! login password, for the password alone or a whole request. It never
//! echoes the password, never panics, and needs neither `std` nor an
//! allocator.
//!
//! ```
//! use cvm_password::{Lang, Os, Policy};
//!
//! // A batch holding one Windows instance follows the Windows rules.
//! let policy = Policy::for_targets([Os::Linux, Os::Windows]);
//! assert_eq!(policy, Policy::WINDOWS);
//! assert!(policy.check("abc123ABC!@#", Some("Administrator")).is_ok());
//!
//! let rejected = Policy::LINUX.check("/short", None).unwrap_err();
//! let codes: Vec<_> = rejected.violations().map(|v| v.code()).collect();
//! assert_eq!(codes, ["too_short", "leading_slash", "too_few_categories"]);
//! let first = rejected.violations().next().unwrap();
//! assert_eq!(first.api_error_code(), "InvalidParameterValue.InvalidPassword");
//! assert_eq!(first.message(Lang::ZhCn).to_string(), "密码太短：6 个字符，至少需要 8 个");
//! ```
//!
//! # Every API that sets a login password
//!
//! [`Api`] knows each API's rules, cited by fingerprint in the vendor's
//! metadata. Where the vendor's sources disagree, what every source refuses
//! is an error and the rest a `disputed_rule` warning, an error in the
//! strict reading.
//!
//! ```
//! use cvm_password::{Api, Os, Reading};
//!
//! let run = Api::from_name("cvm:RunInstances").unwrap();
//! let verdict = run.check("abc123ABC_xyz", [Os::Linux], None, Reading::Common);
//! let warnings: Vec<_> = verdict.findings().map(|f| f.code()).collect();
//! assert_eq!(warnings, ["disputed_rule"]);
//! assert!(!run.check("abc123ABC_xyz", [Os::Linux], None, Reading::Strict).is_ok());
//! ```
//!
//! # A whole request
//!
//! [`Request`] pre-flights `ResetInstancesPassword` against what
//! `DescribeInstances` told of each instance; [`LoginPreflight`] checks the
//! login settings of the APIs that create instances; with the `json`
//! feature, [`JsonPreflight`] reads the vendor's JSON of either. Each
//! [`Finding`] has the code the server would answer.
//!
//! ```
//! use cvm_password::{Instance, Request};
//!
//! let running = Instance::from_os_name_and_state("Windows Server 2022", "RUNNING");
//! let facts = |id: &str| (id == "ins-5d8a23rs").then_some(running);
//! let ids = ["ins-5d8a23rs"];
//! let request = Request::new(&ids).with_region("ap-guangzhou").with_password("abc123ABC!@#");
//! let found: Vec<_> = request.preflight_with(&facts).findings().map(|f| f.api_error_code()).collect();
//! assert_eq!(found, [Some("UnsupportedOperation.InstanceStateRunning")]);
//! ```
//!
//! # One description for every host
//!
//! Every text is a template of one table ([`Template`]); rules, APIs and
//! findings describe themselves as JSON ([`Describe`]); a generator follows
//! the rules the core picks ([`Api::generator_for`]). The CLI, the
//! JavaScript, Python and Go packages and the Terraform functions only
//! translate. The contract, each decision the vendor leaves open, and why,
//! is `docs/SPEC.md`.
//!
//! # Features
//!
//! - `std` (default): the standard library. Without it the crate is
//!   `#![no_std]` and needs no allocator.
//! - `unicode` (default): [`Policy::disallowed_positions`], grapheme
//!   clusters to highlight, through `unicode-segmentation`.
//! - `serde`: [`RequestBody`], a request body from any self-describing
//!   serde format (`alloc`).
//! - `json`: [`JsonPreflight`], every pre-flight from the vendor's JSON,
//!   through `serde_json` (`alloc`). Turns on `serde`.
//! - `getrandom`: [`Generator::generate`] from the operating system's
//!   random numbers, through `getrandom`.
//! - `arbitrary`: [`Arbitrary`] for [`Os`], [`Policy`] and [`Specials`],
//!   for fuzz targets.
//! - `proptest`: the `strategy` module, passwords a policy accepts or
//!   breaks one rule of, for other projects' tests. Turns on `std`.
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

#[cfg(feature = "serde")]
extern crate alloc;

// The layers and their order are in the crate docs ("Layout"), and
// tests/layers.rs keeps the imports pointing one way.
mod api;
mod describe;
mod form;
mod generate;
#[cfg(feature = "json")]
mod json;
mod message;
mod policy;
mod request;
mod rules;
mod testing;

pub use crate::message::{Lang, Message, Sink, Template};

pub use crate::policy::{
    classify, decode_utf16, surrogate_stand_in, Accepted, Alphabet, AlphabetIter, Categories,
    Category, Dispute, Figure, Figures, Os, Policy, Rejected, Specials, Violation, Violations,
    Warning, Warnings, INSPECTION_LIMIT, INVALID_PASSWORD, USERNAME_MIN_CHECKED,
};
#[cfg(feature = "unicode")]
#[cfg_attr(docsrs, doc(cfg(feature = "unicode")))]
pub use crate::policy::{DisallowedPositions, Position};

#[cfg(feature = "getrandom")]
#[cfg_attr(docsrs, doc(cfg(feature = "getrandom")))]
pub use crate::generate::OsRandom;
pub use crate::generate::{GenerateError, GeneratedPassword, Generator, RandomError, RandomSource};

pub use crate::rules::{Rule, RuleField, RuleValue, Rules, Summary};

pub use crate::api::{Api, ApiVerdict, Citation, Family, Mix, Reading, Source, Unmapped};

pub use crate::form::Form;

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use crate::request::RequestBody;
pub use crate::request::{
    is_instance_id, Instance, InstanceState, LoginPreflight, LoginProblem, LoginProblems,
    LoginSettings, Parameter, Preflight, Problem, Problems, Region, Request, Restriction, Severity,
    ID_INSPECTION_LIMIT, MAX_INSTANCE_IDS, MAX_USERNAME_LENGTH,
};

pub use crate::describe::{Catalogue, Describe, Finding, Findings, Report};

#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use crate::json::{JsonError, JsonInput, JsonPreflight, Outcome};

#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub use crate::testing::strategy;

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
