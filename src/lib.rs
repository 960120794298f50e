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
//! | 8 to 11 characters | accepted, warning `shorter_than_recommended` | (below minimum) |
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
//! - **The recommendation**: the vendor recommends "12位以上", and 以上
//!   includes the number itself (as Chinese usage and statute law count it,
//!   and the vendor's own 12-character example password shows), so 12
//!   characters meet it and Linux warns at 8 to 11. (An English translation,
//!   "more than 12", once made this crate warn at 12.)
//! - **The username rule** is the Windows one. `None` and an empty name
//!   alike stand for the default administrator, `Administrator`: the API
//!   resets that account when `UserName` is empty, and a form's empty field
//!   must not pass what the server refuses. This is decided once, in
//!   [`Policy::banned_name`], for every interface: the library, the
//!   pre-flight, the CLI, JavaScript and Python. The name is matched with
//!   ASCII letters folded to one case and every other character exactly;
//!   names shorter than [`USERNAME_MIN_CHECKED`] (3) characters are not
//!   looked for.
//! - **Unknown OS, or no instance**: the Windows rules, the strictest.
//!   [`Os::from_os_name`] takes an empty `OsName` for an unknown OS.
//!
//! # Every API that sets a login password
//!
//! [`Policy::LINUX`] and [`Policy::WINDOWS`] are the rules of
//! `cvm:ResetInstancesPassword`. Other APIs document other rules: [`Api`]
//! knows 40 of them, in nine families, each with the sources it reads its
//! rules from, cited by file, parameter and fingerprint in the vendor's
//! metadata (`tccli` 3.1.189.1), never by copying the text.
//!
//! ```
//! use cvm_password::{Api, Os, Reading};
//!
//! let emr = Api::from_name("emr:CreateCluster").unwrap();
//! let verdict = emr.check("!Abcdef12", [Os::Linux], None, Reading::Common);
//! let codes: Vec<_> = verdict.violations().unwrap().map(|v| v.code()).collect();
//! assert_eq!(codes, ["banned_first_character"]);
//!
//! // Where the API is not known yet: what every API of families A to D accepts.
//! let portable = Api::portable_policy([Os::Linux, Os::Windows]);
//! assert!(portable.check("abc123ABC!@#", None).is_ok());
//! ```
//!
//! | family | APIs | Linux | Windows | specials | other rules |
//! | --- | --- | --- | --- | --- | --- |
//! | A | cvm, lighthouse, hai `ResetInstancesPassword`; bdrc | 8-30, 3 of 4 | 12-30, 3 of 4, no username | the 30 | no leading `/`; a mixed batch follows Windows |
//! | B | lighthouse `CreateInstances`, `ResetInstance` | as A | as A | the 30 | no space (as everywhere) |
//! | C | cvm `RunInstances`, `ResetInstance`, launch templates, `EnterRescueMode`, price inquiries; tke, thpc, dbdc nodes | 8-30, 2 of 4 | 12-30, 3 of 4 | 27: without `_ < >` | disputed with the CVM password page |
//! | D | as launch configurations | as C | as C | as C | as C |
//! | E | batch | 8-16, 2 of 3 (letters as one) | 12-16, 3 of 4 | Linux 27, Windows 26 (no `\|`) | |
//! | F | ecm `ResetInstancesPassword` | 8-16, 2 of 3 | 12-16, 3 of 4 | the 30, the backtick disputed | no leading `/`; a mixed batch follows Windows |
//! | G | ecm `RunInstances` | 8-30, 2 of 4 | 12-30, 3 of 4 | 26: C's without `*` | |
//! | H | bm `ReloadDeviceOs` | 8-16, 2 of 3 | 12-16, 3 of 4 | the 30 | never `Administrator` on Windows |
//! | I | emr | 8-16, all 4 | 8-16, all 4 | `! @ % ^ *` | no special first |
//!
//! `cvm-password apis` lists them all with their citations, and the ten
//! parameters of the metadata that state no rule (`Api::UNMAPPED`: bare
//! metal's purchase and reset, ECM's reinstall, edge zones, TSF, TKE's ECM
//! and native nodes). `scripts/vendor-check.sh` measures that coverage
//! against the pinned package: 53 OS-login password parameters, 43 mapped in
//! 40 APIs, 10 unmapped.
//!
//! Decisions the vendor's sources leave open:
//!
//! - **Sources that disagree.** For families C and D the API reference and
//!   the vendor's general CVM password page (document 213/17008,
//!   2024-01-08) disagree: 2 of 4 against 3 of 4 on Linux, 27 specials
//!   against 30, nothing against a ban on a leading `/` and on the
//!   username. In the default reading ([`Reading::Common`]) an error is a
//!   rule every source refuses, and a rule only some refuse is a warning,
//!   `disputed_rule`, naming both; [`Reading::Strict`] makes it an error.
//!   The generator always follows the strict reading.
//! - **ECM's list** (family F) writes `~` twice where every other list has
//!   the backtick: as written it has 29 specials, read as meant the 30. Both
//!   readings are sources, so the backtick is disputed. (Its list holds `<`
//!   and `>`: an earlier reading that lost them to an HTML tag stripper is
//!   wrong.)
//! - **HAI** states one rule for every instance, without OS: Linux's.
//!   **bdrc** states family A's rule and **dbdc** family C's (its markup
//!   swallows the backtick: disputed with the page, as C's are).
//! - **A mixed batch**: where the vendor says "Windows", the Windows rules;
//!   where it says nothing, every OS's rules at once (the strictest merge).
//!   An unknown OS, or no instance, may be any.
//! - **`UserName`**: only the `ResetInstancesPassword` APIs of CVM,
//!   Lighthouse and ECM take one; the others set the default
//!   administrator's password, so their username rule (bare metal's
//!   "never `Administrator`") ignores a name a caller passes.
//! - **Error codes**: each API's refused password gets the code the
//!   vendor's Go SDK lists above that API's function
//!   ([`Api::password_error_code`]): `InvalidParameterValue.InvalidPassword`
//!   for most, `InvalidPassword` for two CVM ones, ECM's misspelt
//!   `InvalidParameterValue.InvaildPassword`, EMR's
//!   `InvalidParameter.InvalidPassword`; and none (`null` in JSON) for the
//!   21 APIs whose lists hold no password code, rather than a guess.
//!
//! # Pre-flight of a whole request
//!
//! A [`Request`] mirrors the parameters of `ResetInstancesPassword`.
//! [`Request::preflight_with`] checks it against what `DescribeInstances`
//! told of each instance ([`Instance`]: OS and state) and lists every
//! [`Problem`] at once, errors and warnings, each with the error code the
//! server would answer. The password follows the policy of the instances'
//! OS mix, an instance of unknown OS counting as Windows.
//!
//! ```
//! use cvm_password::{Instance, Lang, Request};
//!
//! let windows = Instance::from_os_name_and_state("Windows Server 2022 DataCenter 64bit", "RUNNING");
//! let facts = |id: &str| (id == "ins-5d8a23rs").then_some(windows);
//!
//! let ids = ["ins-5d8a23rs", "ins-R8HR2UPY"];
//! let request = Request::new(&ids).with_region("ap-guangzhou").with_password("abc123ABC!@#");
//! let preflight = request.preflight_with(&facts);
//! for p in preflight.errors() {
//!     println!("{} [{}]: {}", p.code(), p.api_error_code().unwrap_or("-"), p.message(Lang::En));
//! }
//! // instance_running [UnsupportedOperation.InstanceStateRunning]: instance InstanceIds.0 is running: stop it first, or set ForceStop
//! // malformed_instance_id [InvalidInstanceId.Malformed]: instance id InstanceIds.1 is malformed: it must be 'ins-' followed by 8 lowercase letters or digits
//! assert_eq!(preflight.errors().count(), 2);
//! ```
//!
//! The decisions the vendor leaves open:
//!
//! - **Missing and empty**: no password is `MissingParameter`, an empty one
//!   is checked, and too short; an empty `UserName` counts as none (the
//!   default administrator); no region is not checked, since `Region` is
//!   usually a header; an empty `InstanceIds` is `MissingParameter`.
//! - **Regions in three tiers**: the 18 of the API's page are fine; six
//!   CVM regions the vendor names elsewhere but not on that page
//!   ([`Region::LISTED_ELSEWHERE`]) get the warning `region_not_listed`,
//!   which names the page's date; any other region is
//!   `UnsupportedRegion`. Regions `DescribeRegions` lists as available
//!   ([`Preflight::with_regions`]) beat both lists.
//! - **Instance facts**: an id the facts do not describe is warned about
//!   (`undescribed_instance`) and counts as Windows; a state the crate does
//!   not know is warned about (`unknown_instance_state`); facts about ids
//!   not in the request are ignored.
//! - **States** follow the vendor's error codes, rescue mode and live
//!   migration included; `STOPPED` and `LAUNCH_FAILED` pass.
//! - **Cost** is bounded: ids past the first [`ID_INSPECTION_LIMIT`] (1000)
//!   are counted but not examined, and count as Windows.
//! - **`DefaultLoginUser`**: a request without `UserName` sets the
//!   password of each instance's default account, so the username rule
//!   looks for each described `DefaultLoginUser`
//!   ([`Preflight::with_default_login_users`]), and for the OS's default
//!   where none is given.
//! - **Restricted instances** (`RestrictState` `EXPIRED` or
//!   `PROTECTIVELY_ISOLATED`, `IsolatedSource` `ARREAR`, `EXPIRE` or
//!   `MANMADE`, [`Restriction`]): the vendor documents no code for them
//!   (it lists `UnsupportedOperation.InstanceStateFreezing` and
//!   `...Isolating` without saying when), so they are a warning,
//!   `restricted_instance`, that says so, and no code is predicted. A state
//!   with a code of its own (a running instance, say) comes first.
//! - **No allocation**: the pre-flight borrows the request and yields its
//!   problems from an iterator, naming ids by position (`InstanceIds.3`);
//!   only [`RequestBody`], which owns what it read, needs `alloc`.
//!
//! ## Login settings
//!
//! The APIs that create or reinstall instances take a password, keys or
//! the image's own login in their `LoginSettings` (`cvm:RunInstances`,
//! `cvm:ResetInstance`, `cvm:CreateLaunchTemplate`,
//! `as:CreateLaunchConfiguration`) or `LoginConfiguration`
//! (`lighthouse:CreateInstances`, `lighthouse:ResetInstance`).
//! [`LoginPreflight`] checks them for the OS of the instances, each
//! [`LoginProblem`] with the code the vendor lists for that API:
//!
//! | rule | cvm | as | lighthouse |
//! | --- | --- | --- | --- |
//! | `KeyIds` with `Password` | `InvalidParameterCombination` (`ResetInstance`: `InvalidParameter.ParameterConflict`) | `InvalidParameter.Conflict` | `InvalidParameterValue.InvalidParameterCombination` |
//! | `KeepImageLogin` with either | as above | as above | (no such setting) |
//! | `KeyIds` on Windows | `UnsupportedOperation.KeyPairUnsupportedWindows` | refused, no code listed | refused, no code listed |
//! | most `KeyIds` | no limit stated | 1 | 5 |
//! | `AutoGeneratePassword` | | | `YES` takes no `Password`, `NO` needs one; `ResetInstance` refuses `YES` (`UnsupportedOperation.OperationNotSupportAutoGeneratePassword`) |
//!
//! - **The OS** is the one given, else the image's (`DescribeImages`),
//!   else the instance's (`DescribeInstances`, for a reinstall), else
//!   unknown: the strictest rules for the password, and keys only a
//!   warning (`keys_on_unknown_os`), since keys are the usual way into
//!   Linux and refusing them on a guess would refuse most requests.
//! - **Lighthouse at creation** lists
//!   `UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword`
//!   while its reference states the Linux rules: the sources disagree, so
//!   a password for a Linux instance is a warning,
//!   `linux_password_at_creation`.
//! - **No setting at all** is fine: CVM and Auto Scaling make a password up
//!   and send it by message, Lighthouse lets the user set one later.
//! - **The region** of these APIs is not checked: the crate holds the
//!   region list of `ResetInstancesPassword` only.
//!
//! With the `json` feature, [`JsonPreflight`] reads the request body of
//! `ResetInstancesPassword` and of each of these APIs, knowing every
//! top-level parameter its reference documents (an unknown one is an
//! error, as the server's `UnknownParameter`), and takes the vendor's
//! `DescribeInstances`, `DescribeRegions` and `DescribeImages` outputs as
//! facts: the one engine of the CLI's `preflight` and of the Python
//! package's.
//!
//! # Secrecy
//!
//! A verdict holds figures, never characters: no `Display`, `Debug` or
//! error text of this crate contains a character of the password or the
//! username. Where the disallowed characters are is told only by
//! [`Policy::disallowed_positions`], for highlighting them in a form.
//!
//! # Generating passwords
//!
//! [`Policy::generator`] makes passwords the policy accepts, without
//! allocating: [`Generator::generate_with`] draws from any
//! [`RandomSource`] (a closure filling bytes will do), and with the
//! `getrandom` feature [`Generator::generate`] draws from the operating
//! system, or from `crypto.getRandomValues` in a browser.
//!
//! ```
//! # #[cfg(feature = "getrandom")] {
//! use cvm_password::Policy;
//!
//! let password = Policy::WINDOWS.generator().username("Administrator").generate()?;
//! assert_eq!(password.len(), 20);
//! assert!(Policy::WINDOWS.check(&password, Some("Administrator")).is_ok());
//! # }
//! # Ok::<(), cvm_password::GenerateError>(())
//! ```
//!
//! - **Uniform**: every password of the chosen length that
//!   [`Policy::check`] accepts is equally likely. Characters are drawn by
//!   rejection sampling, never `byte % n`; the first is never `/` where the
//!   policy bans it; a candidate the check refuses (too few categories, the
//!   username inside) is thrown away whole, so no category or position is
//!   favoured.
//! - **Length**: [`Generator::DEFAULT_LENGTH`], 20 characters (about 130
//!   bits), unless the policy's bounds exclude it; at most
//!   [`GeneratedPassword::CAPACITY`] (128).
//! - **Secret**: a [`GeneratedPassword`] has no `Display`, and its `Debug`
//!   shows only its length.
//! - **Never stuck, never a panic**: a request no password meets, or a
//!   random source that fails or keeps giving the same bytes, ends in a
//!   [`GenerateError`].
//!
//! # Layout
//!
//! Two products, each a folder, over one layer of messages:
//!
//! - `message`: [`Lang`] and [`Message`], which know no rule;
//! - `policy/`: the password policy: categories, specials, the alphabet,
//!   the scan and the username search, the check, its verdicts, violations
//!   and their texts, and the OS;
//! - `generate/`: the generator, above the policy it satisfies;
//! - `rules`: the policy described as data and in words ([`Rules`]), the
//!   one description every front end serializes;
//! - `api/`: every API that sets a login password, its sources, disputes
//!   and verdicts ([`Api`], [`ApiVerdict`]);
//! - `request/`: the request pre-flight: the request, its instances and
//!   region, the login settings, problems and their texts, the JSON body;
//! - `json/` (feature `json`): every pre-flight from the vendor's JSON, the
//!   request bodies and the facts;
//! - `testing/`: `Arbitrary` and the proptest strategies, for other
//!   projects' tests.
//!
//! Each reads only the layers above it in this list. The front ends (the
//! CLI in `cli/`, the JavaScript package in `wasm/`, the Python package in
//! `python/`) only translate
//! arguments and results: every rule, name, label and text is here. The
//! contract the code cites ("SPEC section N") is `docs/SPEC.md`.
//!
//! Names follow one scheme: `from_x` parses what `x` returns
//! ([`Os::from_name`] and [`Os::name`], [`Region::from_name`],
//! [`InstanceState::from_name`], [`Lang::from_tag`] and [`Lang::tag`]), or
//! reads the vendor's field `x` ([`Os::from_os_name`] reads `OsName`,
//! [`Instance::from_os_name_and_state`] `OsName` and `InstanceState`).
//!
//! The errors of this crate ([`Rejected`], [`GenerateError`],
//! [`RandomError`]) implement `Display` and `Error` by hand rather than
//! through thiserror: their messages pick their wording from the figures
//! (one character or several, "more than" past the limit), which
//! thiserror's one format string per variant cannot, and the `no_std` core
//! takes no dependency it can do without. The CLI's errors use thiserror.
//!
//! # Features
//!
//! - `citations` (default): each API source's file, parameter path and
//!   fingerprint ([`Source::fingerprint`]); off, sources keep their names
//!   and rules only (the browser package turns it off to stay small).
//! - `std` (default): links the standard library. Without it the crate is
//!   `#![no_std]` and needs no `alloc`.
//! - `unicode` (default): [`Policy::disallowed_positions`], through
//!   `unicode-segmentation`.
//! - `serde`: [`RequestBody`], the JSON body of a request, through `serde`
//!   (no `std`, but `alloc`), from JSON or any other self-describing serde
//!   format.
//! - `json`: [`JsonPreflight`], a whole request of any API whose request
//!   the crate reads, from the vendor's JSON, with the vendor's
//!   descriptions as facts; through `serde_json` (no `std`, but `alloc`).
//!   Turns on `serde`.
//! - `getrandom`: [`OsRandom`] and [`Generator::generate`], through
//!   `getrandom`. On `wasm32-unknown-unknown` the final binary also turns on
//!   getrandom's `wasm_js` feature.
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
    classify, surrogate_stand_in, Accepted, Alphabet, AlphabetIter, Categories, Category, Dispute,
    Figure, Figures, Os, Policy, Rejected, Specials, Violation, Violations, Warning, Warnings,
    INSPECTION_LIMIT, INVALID_PASSWORD, USERNAME_MIN_CHECKED,
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
