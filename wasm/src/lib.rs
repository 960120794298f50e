//! The CVM password rules of [`cvm_password`] for web forms: the Rust half
//! of the `cvm-password` npm package.
//!
//! Four functions, whose names and shapes are fixed so that forms and
//! tests can rely on them: `check`, `rules`, `formAttributes` and
//! `generate`. Their TypeScript types are below, in `TYPES`; `README.md`
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
//!   (the core's `Os::name`); an empty list gets the Windows rules, the
//!   strictest. Anything else throws a `TypeError`: a typo must not quietly
//!   pick the Linux rules.
//! - **`formAttributes`** gives a `pattern` that accepts exactly what
//!   `check` accepts, the username rule included, and a `passwordrules`
//!   that is sound: it leaves out `/` and one character of the username,
//!   which its syntax cannot place ([`form`]). `maxlength` is given, but a
//!   form should think twice before setting it: browsers cut a longer
//!   paste short without a word, and the user then holds a password that
//!   is not the one saved.
//! - **`generate`** draws from `crypto.getRandomValues`, through
//!   `getrandom`; see the core's `Generator` for the guarantees.
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

use wasm_bindgen::prelude::*;

use crate::js::{field, optional_text};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** An OS of the request's instances: "linux" and "ubuntu" follow the Linux rules, "windows" and "unknown" the Windows rules. */
export type Target = "linux" | "ubuntu" | "windows" | "unknown";
/** The language of messages. */
export type Lang = "en" | "zh-CN";
/** The four character categories. */
export type CategoryName = "lowercase" | "uppercase" | "digit" | "special";
/** The API error code of every password violation. */
export type ApiErrorCode = "InvalidParameterValue.InvalidPassword";

export interface CheckOptions {
  /** The OS of each instance of the request; `[]` gets the Windows rules. */
  targets: readonly Target[];
  /** The request's `UserName`; without it, or empty, the OS default (`Administrator` for the Windows rule). */
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
  | { code: "banned_first_character"; banned: string }
  | { code: "too_few_categories"; present: CategoryName[]; required: number; outOf: number }
  | { code: "disallowed_character"; count: number }
  | { code: "contains_username" }
);

/** Something worth telling about an accepted password. */
export interface Warning {
  code: "shorter_than_recommended";
  message: string;
  length: number;
  recommended: number;
}

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
  warnings: Warning[];
  disallowed: Disallowed[];
}

/** The policy as plain data: the same fields as the CLI's `rules --json`, in camelCase. */
export interface Rules {
  /** "linux" or "windows", the preset these rules are. */
  policy: "linux" | "windows" | "custom";
  minLength: number;
  maxLength: number;
  /** Shorter accepted passwords get the warning `shorter_than_recommended`. */
  recommendedMinLength: number;
  /** How many of `categories` must be present. */
  requiredCategories: number;
  categories: CategoryName[];
  /** The special characters, in ASCII order. */
  specials: string;
  spaceAllowed: boolean;
  bansLeadingSlash: boolean;
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

export interface FormOptions {
  /** The username, for the username rule; without it, the OS default. */
  username?: string | null;
}

/** Attributes for `<input type="password">`. */
export interface FormAttributes {
  minlength: number;
  maxlength: number;
  /** Accepts exactly what `check` accepts (compiled by browsers with the `v` flag). */
  pattern: string;
  /** Apple's password rules: every password they describe is accepted. */
  passwordrules: string;
}

export interface GenerateOptions {
  /** The username the password must not contain; without it, the OS default. */
  username?: string | null;
  /** In characters; by default `Rules.generatedLength` (20). */
  length?: number;
}
"#;

/// Checks `password` against the rules for `options.targets`, reporting
/// every violation at once.
///
/// # Errors
///
/// A `TypeError` when `password` is not a string, `options` not an object,
/// `targets` not an array of known OS names or `username` not a string;
/// a `RangeError` for a language other than `en` and `zh-CN`.
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
    let policy = js::policy(&field(&options, "targets", OPTIONS)?)?;
    let username = optional_text(&field(&options, "username", OPTIONS)?, "username")?;
    let lang = js::lang(&field(&options, "lang", OPTIONS)?)?;

    let verdict = policy.check(password.as_str(), username.as_ref().map(text::Text::as_str));
    let inspection = password.inspect(&policy);
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

/// The rules for `targets`, as plain data: the core's description, the
/// same fields as the CLI's `rules --json`, in camelCase.
///
/// # Errors
///
/// A `TypeError` when `targets` is not an array of known OS names.
#[wasm_bindgen(unchecked_return_type = "Rules")]
pub fn rules(
    #[wasm_bindgen(unchecked_param_type = "readonly Target[]")] targets: JsValue,
) -> Result<JsValue, JsValue> {
    Ok(js::rules(&js::policy(&targets)?))
}

/// `minlength`, `maxlength`, `pattern` and `passwordrules` for a password
/// field.
///
/// # Errors
///
/// A `TypeError` when `targets` is not an array of known OS names, or the
/// username not a string.
#[wasm_bindgen(js_name = formAttributes, unchecked_return_type = "FormAttributes")]
pub fn form_attributes(
    #[wasm_bindgen(unchecked_param_type = "readonly Target[]")] targets: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "FormOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let policy = js::policy(&targets)?;
    let username = optional_text(&field(&options, "username", "form options")?, "username")?;
    Ok(js::form_attributes(
        &policy,
        username.as_ref().map(text::Text::as_str),
    ))
}

/// A password the rules for `targets` accept, from `crypto.getRandomValues`.
///
/// # Errors
///
/// A `TypeError` for arguments of the wrong type; a `RangeError`, with the
/// generator's `code`, for a length the rules do not allow or a failing
/// random source.
#[wasm_bindgen]
pub fn generate(
    #[wasm_bindgen(unchecked_param_type = "readonly Target[]")] targets: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "GenerateOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    const OPTIONS: &str = "generate options";
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let policy = js::policy(&targets)?;
    let username = optional_text(&field(&options, "username", OPTIONS)?, "username")?;
    let length = js::length(&field(&options, "length", OPTIONS)?)?;

    let mut generator = policy.generator();
    if let Some(length) = length {
        generator = generator.length(length);
    }
    if let Some(name) = &username {
        generator = generator.username(name.as_str());
    }
    generator
        .generate()
        .map(|password| password.as_str().to_owned())
        .map_err(js::generate_error)
}
