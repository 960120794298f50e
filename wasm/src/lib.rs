//! The CVM password rules of [`cvm_password`] for web forms: the Rust half
//! of the `cvm-password` npm package.
//!
//! Five functions, whose names and shapes are fixed so that forms and
//! tests can rely on them: `check`, `rules`, `formAttributes`, `generate`
//! and `apis`. Their TypeScript types are below, in `TYPES`; `README.md`
//! shows them at work in a form.
//!
//! Decisions, beyond those of the core:
//!
//! - **Strings are read as UTF-16**, as JavaScript holds them, so a lone
//!   surrogate is a disallowed character of its own, never silently turned
//!   into U+FFFD ([`text`]). Only the first [`text::MAX_UNITS`] units are
//!   read: no verdict depends on the rest, and a 10 MiB paste costs what a
//!   16 KiB one does.
//! - **Positions** (`disallowed`) are grapheme clusters, with their index and
//!   their UTF-16 range: `password.slice(start, end)` is what to highlight.
//!   The clusters are the browser's own (`Intl.Segmenter`), so a highlight
//!   matches what it draws; the core's Unicode tables would have added
//!   16 KB gzipped (40 KB instead of 24), past the 30 KB budget.
//! - **Targets** are `"linux"`, `"ubuntu"`, `"windows"` and `"unknown"`
//!   (the core's `Os::name`); an empty list stands for any OS, and gets
//!   the strictest rules. Anything else throws a `TypeError`: a typo must
//!   not quietly pick the Linux rules.
//! - **APIs**: `api` names one of the core's `Api::ALL` (`apis()` lists
//!   them), `cvm:ResetInstancesPassword` by default; `strict` picks the
//!   core's `Reading::Strict`. An unknown name throws a `TypeError` that
//!   does not quote it. A username is ignored where the API takes none, as
//!   the core's `Api::check` does, in every function.
//! - **`formAttributes`** gives a `pattern` that accepts exactly what
//!   `check` accepts with the same options, the username rule included,
//!   and a `passwordrules` that is sound: it describes only passwords every
//!   source accepts, and leaves out the characters a password may not start
//!   with and one character of the username, which its syntax cannot place
//!   ([`form`]). `maxlength` is given, but a form should think twice before
//!   setting it: browsers cut a longer paste short without a word, and the
//!   user then holds a password that is not the one saved.
//! - **`generate`** draws from `crypto.getRandomValues`, through
//!   `getrandom`; see the core's `Generator` for the guarantees. With an
//!   `api` it follows the API's strict reading, so every source accepts the
//!   password; without one, the core's `Api::portable_policy`, what every
//!   API of families A to D accepts.
//! - **Citations** (the files and fingerprints of the sources) stay out:
//!   the core is built without its `citations` feature, and `apis()` names
//!   each source by its label.
//! - **Errors** are exceptions: `TypeError` for an argument of the wrong
//!   type, `RangeError` for a value out of range (an unknown language; a
//!   length no password meets, with `code` as in the core's
//!   `GenerateError::code`). No message contains the password or the
//!   username.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![allow(clippy::must_use_candidate)]
// wasm-bindgen hands JavaScript values over by value.
#![allow(clippy::needless_pass_by_value)]

pub mod form;
mod js;
pub mod text;

use cvm_password::{Api, Reading, Rules};
use wasm_bindgen::prelude::*;

use crate::js::{field, optional_text};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** An OS of the request's instances: "linux" and "ubuntu" follow the Linux rules, "windows" the Windows rules, and "unknown" may be either. */
export type Target = "linux" | "ubuntu" | "windows" | "unknown";
/** The language of messages. */
export type Lang = "en" | "zh-CN";
/** The four character categories. */
export type CategoryName = "lowercase" | "uppercase" | "digit" | "special";
/** The API error code of every password violation. */
export type ApiErrorCode = "InvalidParameterValue.InvalidPassword";
/** An API that sets an instance login password, `service:Action`, as `apis()` lists them: "cvm:ResetInstancesPassword", "cvm:RunInstances", "emr:CreateCluster"... */
export type ApiName = string;

/** Which API's rules, read how. */
export interface ApiOptions {
  /** The API whose rules apply; "cvm:ResetInstancesPassword" by default. Unknown names throw a `TypeError`. */
  api?: ApiName | null;
  /** Whether whatever any of the API's sources refuses is an error; by default only what every source refuses is, and what some refuse is a `disputed_rule` warning. */
  strict?: boolean | null;
}

export interface CheckOptions extends ApiOptions {
  /** The OS of each instance of the request; `[]` stands for any OS, the strictest rules. */
  targets: readonly Target[];
  /** The request's `UserName`; without it, or empty, the OS default (`Administrator` for the Windows rule). Ignored by APIs that take none. */
  username?: string | null;
  /** The language of `message`; English by default. */
  lang?: Lang;
}

interface ViolationBase {
  apiErrorCode: ApiErrorCode;
  /** For people, in the language asked for; never quotes the password. */
  message: string;
}

/** One reason the server would refuse the password, with its figures. */
export type Violation = ViolationBase & (
  | { code: "too_short"; length: number; min: number }
  | { code: "too_long"; length: number; max: number }
  | { code: "leading_slash" }
  /** `banned`: the characters the rules ban first, `/` aside, in ASCII order. */
  | { code: "banned_first_character"; banned: string }
  /** `outOf`: 4 classes, or 3 where letters of either case count as one. */
  | { code: "too_few_categories"; present: CategoryName[]; required: number; outOf: number }
  | { code: "disallowed_character"; count: number }
  | { code: "contains_username" }
);

/** The code of a violation. */
export type ViolationCode = Violation["code"];

/** Something worth telling about an accepted password. */
export type Warning =
  | { code: "shorter_than_recommended"; message: string; length: number; recommended: number }
  /** A rule some of the API's sources have and the password breaks: an error with `strict`. */
  | { code: "disputed_rule"; message: string; rule: ViolationCode; refusedBy: string; acceptedBy: string };

/** A grapheme cluster holding a disallowed character: `password.slice(start, end)`. */
export interface Disallowed {
  /** Which grapheme cluster, counting from 0. */
  index: number;
  /** Its first UTF-16 unit. */
  start: number;
  /** One past its last UTF-16 unit. */
  end: number;
}

export interface CheckResult {
  ok: boolean;
  /** In Unicode scalar values (a lone surrogate counts one), up to 4097: more than 4096 is not counted further. */
  length: number;
  categories: Record<CategoryName, boolean>;
  violations: Violation[];
  /** Only for an accepted password. */
  warnings: Warning[];
  disallowed: Disallowed[];
}

/** The policy as plain data: the same fields as the CLI's `rules --json`, in camelCase. */
export interface Rules {
  /** "linux" or "windows" where the rules are a preset. */
  policy: "linux" | "windows" | "custom";
  minLength: number;
  maxLength: number;
  /** Shorter accepted passwords get the warning `shorter_than_recommended`. */
  recommendedMinLength: number;
  /** How many classes must be present: of `categories`, or of 3 where `lettersAsOne`. */
  requiredCategories: number;
  /** Whether lowercase and uppercase letters count as one class. */
  lettersAsOne: boolean;
  categories: CategoryName[];
  /** The special characters, in ASCII order. */
  specials: string;
  spaceAllowed: boolean;
  bansLeadingSlash: boolean;
  /** The characters a password may not start with, `/` aside, in ASCII order. */
  bannedFirst: string;
  bansUsername: boolean;
  /** The name the username rule looks for when none is given; `null` without the rule. */
  defaultUsername: string | null;
  /** Shorter usernames are not looked for. */
  usernameMinChecked: number;
  /** A check reads this many characters at most. */
  inspectionLimit: number;
  /** The length `generate` gives by default. */
  generatedLength: number;
}

export type RulesOptions = ApiOptions;

export interface FormOptions extends ApiOptions {
  /** The username, for the username rule; without it, the OS default. Ignored by APIs that take none. */
  username?: string | null;
}

/** Attributes for `<input type="password">`. */
export interface FormAttributes {
  minlength: number;
  maxlength: number;
  /** Accepts exactly what `check` accepts with the same options (compiled by browsers with the `v` flag). */
  pattern: string;
  /** Apple's password rules: every password they describe is accepted, in the strict reading too. */
  passwordrules: string;
}

export interface GenerateOptions {
  /** The username the password must not contain; without it, the OS default. Ignored by APIs that take none. */
  username?: string | null;
  /** In characters; by default `Rules.generatedLength` (20, or the API's maximum below it). */
  length?: number;
  /** The API whose every source must accept the password; without it, what every API of families A to D accepts. */
  api?: ApiName | null;
}

/** A rule an API's sources disagree on. */
export interface Dispute {
  /** The code of the violation that breaks it. */
  rule: ViolationCode;
  /** The sources that refuse what breaks it. */
  refusedBy: string;
  /** The sources that accept it. */
  acceptedBy: string;
}

/** An API whose rules the package knows. */
export interface ApiInfo {
  name: ApiName;
  /** Its family of rules, as docs/SPEC.md names them: APIs of one family document the same rules. */
  family: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I";
  /** How a batch of several OSes is ruled: "windows", one Windows (or unknown) instance makes all Windows; "strictest", every OS's rules at once. */
  mix: "windows" | "strictest";
  /** Whether the API takes a `UserName`; one that does not sets the default administrator's password. */
  takesUsername: boolean;
  /** Where its rules come from, named. */
  sources: string[];
  disputes: Dispute[];
}
"#;

/// Checks `password` against the rules of `options.api` (by default
/// `cvm:ResetInstancesPassword`) for `options.targets`, reporting every
/// violation at once.
///
/// # Errors
///
/// A `TypeError` when `password` is not a string, `options` not an object,
/// `targets` not an array of known OS names, `username` not a string, `api`
/// not the name of a known API or `strict` not a boolean; a `RangeError`
/// for a language other than `en` and `zh-CN`.
#[wasm_bindgen(unchecked_return_type = "CheckResult")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "string")] password: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    const OPTIONS: &str = "check options";
    let string = js::string(&password, "password")?;
    let password = js::text(string);
    if !options.is_object() {
        return Err(js::type_error(
            "check options must be an object with targets",
        ));
    }
    let targets = js::targets(&field(&options, "targets", OPTIONS)?)?;
    let username = optional_text(&field(&options, "username", OPTIONS)?, "username")?;
    let lang = js::lang(&field(&options, "lang", OPTIONS)?)?;
    let api = js::api(&field(&options, "api", OPTIONS)?)?;
    let reading = js::reading(&field(&options, "strict", OPTIONS)?)?;

    let username = username.as_ref().map(text::Text::as_str);
    let verdict = api.check(
        password.as_str(),
        targets.iter().copied(),
        username,
        reading,
    );
    // The policy the verdict follows, whose alphabet says what to highlight.
    let inspection = password.inspect(&form::policy(api, &targets, reading));
    let disallowed = if inspection.disallowed.is_empty() {
        Vec::new()
    } else {
        text::spans(
            js::graphemes(string, inspection.units),
            &inspection.disallowed,
        )
    };
    Ok(js::check_result(&verdict, &disallowed, lang))
}

/// The rules of `options.api` for `targets`, as plain data: the core's
/// description, the same fields as the CLI's `rules --json`, in camelCase.
///
/// # Errors
///
/// A `TypeError` when `targets` is not an array of known OS names, `api`
/// not the name of a known API or `strict` not a boolean.
#[wasm_bindgen(unchecked_return_type = "Rules")]
pub fn rules(
    #[wasm_bindgen(unchecked_param_type = "readonly Target[]")] targets: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RulesOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const OPTIONS: &str = "rules options";
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let targets = js::targets(&targets)?;
    let api = js::api(&field(&options, "api", OPTIONS)?)?;
    let reading = js::reading(&field(&options, "strict", OPTIONS)?)?;
    Ok(js::rules(&Rules::of_api(
        form::policy(api, &targets, reading),
        api.name(),
    )))
}

/// `minlength`, `maxlength`, `pattern` and `passwordrules` for a password
/// field, from the policy `check` follows with the same options.
///
/// # Errors
///
/// A `TypeError` when `targets` is not an array of known OS names, the
/// username not a string, `api` not the name of a known API or `strict`
/// not a boolean.
#[wasm_bindgen(js_name = formAttributes, unchecked_return_type = "FormAttributes")]
pub fn form_attributes(
    #[wasm_bindgen(unchecked_param_type = "readonly Target[]")] targets: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FormOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    const OPTIONS: &str = "form options";
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let targets = js::targets(&targets)?;
    let username = optional_text(&field(&options, "username", OPTIONS)?, "username")?;
    let api = js::api(&field(&options, "api", OPTIONS)?)?;
    let reading = js::reading(&field(&options, "strict", OPTIONS)?)?;
    let username = username.as_ref().map(text::Text::as_str);
    Ok(js::form_attributes(form::attributes(
        api, &targets, reading, username,
    )))
}

/// A password the rules for `targets` accept, from `crypto.getRandomValues`:
/// those of `options.api` in the strict reading, so that every source of
/// the API accepts it, or without an API, what every API of families A to
/// D accepts.
///
/// # Errors
///
/// A `TypeError` for arguments of the wrong type or an unknown API; a
/// `RangeError`, with the generator's `code`, for a length the rules do not
/// allow or a failing random source.
#[wasm_bindgen]
pub fn generate(
    #[wasm_bindgen(unchecked_param_type = "readonly Target[]")] targets: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "GenerateOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    const OPTIONS: &str = "generate options";
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let targets = js::targets(&targets)?;
    let username = optional_text(&field(&options, "username", OPTIONS)?, "username")?;
    let length = js::length(&field(&options, "length", OPTIONS)?)?;
    let api = field(&options, "api", OPTIONS)?;
    let (policy, takes_username) = if api.is_undefined() || api.is_null() {
        (Api::portable_policy(targets.iter().copied()), true)
    } else {
        let api = js::api(&api)?;
        (
            form::policy(api, &targets, Reading::Strict),
            api.takes_username(),
        )
    };

    let mut generator = policy.generator();
    if let Some(length) = length {
        generator = generator.length(length);
    }
    // As the check does: an API without a UserName sets the default
    // administrator's password, whatever name is given.
    if let Some(name) = username.as_ref().filter(|_| takes_username) {
        generator = generator.username(name.as_str());
    }
    generator
        .generate()
        .map(|password| password.as_str().to_owned())
        .map_err(js::generate_error)
}

/// Every API whose rules the package knows, in the core's order
/// (`cvm:ResetInstancesPassword` first, then by family and name): its
/// name, family, how a batch of several OSes is ruled, whether it takes a
/// username, its sources and the rules they dispute.
#[wasm_bindgen(unchecked_return_type = "ApiInfo[]")]
pub fn apis() -> JsValue {
    js::apis()
}
