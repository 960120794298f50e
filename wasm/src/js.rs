//! Between JavaScript values and Rust ones: reading arguments, with clear
//! errors, and building the plain objects the functions return.
//!
//! No error message quotes a password or a username; they name the
//! argument and what it should be.

// JavaScript numbers are `f64`, string indices `u32`: every count here is
// at most a few thousand, and `length` is checked before it is cast.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::cast_sign_loss
)]

use core::ops::Range;
use cvm_password::{
    Api, ApiVerdict, Categories, Category, Figure, Figures, Lang, Mix, Os, Reading, RuleValue,
    Rules, Violation, Warning,
};

use js_sys::Intl::Segments;
use js_sys::{Array, JsString, Object, RangeError, Reflect, TypeError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::form;
use crate::text::{Span, Text, MAX_UNITS};

/// A plain object, filled one property at a time.
pub struct Record(Object);

impl Record {
    pub fn new() -> Record {
        Record(Object::new())
    }

    pub fn set(self, key: &str, value: impl Into<JsValue>) -> Record {
        // Setting a property of a plain object cannot throw.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value.into());
        self
    }
}

impl From<Record> for JsValue {
    fn from(record: Record) -> JsValue {
        record.0.into()
    }
}

fn array<T: Into<JsValue>>(items: impl IntoIterator<Item = T>) -> Array {
    items.into_iter().map(Into::into).collect()
}

pub fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}

pub fn range_error(message: &str) -> JsValue {
    RangeError::new(message).into()
}

/// `value` as a string, or a `TypeError` naming `what`.
pub fn string<'v>(value: &'v JsValue, what: &str) -> Result<&'v JsString, JsValue> {
    value
        .dyn_ref()
        .ok_or_else(|| type_error(&format!("{what} must be a string")))
}

/// The text of a JS string, read up to [`MAX_UNITS`] units: no verdict
/// depends on the units after them (see `text`).
pub fn text(string: &JsString) -> Text {
    let units = (0..string.length().min(MAX_UNITS as u32))
        .map(|i| string.char_code_at(i) as u16)
        .collect();
    Text::from_utf16(units)
}

#[wasm_bindgen]
extern "C" {
    /// `Intl.Segmenter`, declared here to take a `JsString`: js-sys's
    /// takes a `&str`, which cannot hold a lone surrogate.
    #[wasm_bindgen(js_namespace = Intl, js_name = Segmenter)]
    type Segmenter;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = Segmenter)]
    fn new() -> Segmenter;

    #[wasm_bindgen(method, js_class = Segmenter)]
    fn segment(this: &Segmenter, input: &JsString) -> Segments;
}

/// The grapheme clusters of the first `units` units of `string`, as the
/// browser's `Intl.Segmenter` sees them, as UTF-16 ranges.
pub fn graphemes(string: &JsString, units: usize) -> impl Iterator<Item = Range<usize>> {
    let end = units.min(string.length() as usize);
    let segments = Segmenter::new().segment(&string.slice(0, end as u32));
    let mut start = 0;
    core::iter::from_fn(move || {
        let segment = segments.containing(start as u32)?;
        let range = start..start + (segment.segment().length() as usize).max(1);
        start = range.end;
        Some(range)
    })
}

/// `options[key]`, or `undefined` when `options` is `undefined` or `null`.
pub fn field(options: &JsValue, key: &str, what: &str) -> Result<JsValue, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(JsValue::UNDEFINED);
    }
    if !options.is_object() {
        return Err(type_error(&format!("{what} must be an object")));
    }
    Reflect::get(options, &JsValue::from_str(key))
}

/// An optional string field: `undefined` and `null` mean none.
pub fn optional_text(value: &JsValue, what: &str) -> Result<Option<Text>, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        string(value, what).map(|s| Some(text(s)))
    }
}

/// The OSes of an array of OS names, for [`Api::policy`] and
/// [`Api::check`]: an empty array stands for instances of any OS.
pub fn targets(targets: &JsValue) -> Result<Vec<Os>, JsValue> {
    let expected = || {
        let mut names = String::new();
        for (i, os) in Os::ALL.iter().enumerate() {
            if i > 0 {
                names.push_str(if i + 1 == Os::ALL.len() { " or " } else { ", " });
            }
            names.push('"');
            names.push_str(os.name());
            names.push('"');
        }
        type_error(&format!("targets must be an array of {names}"))
    };
    if !Array::is_array(targets) {
        return Err(expected());
    }
    Array::from(targets)
        .iter()
        .map(|target| {
            target
                .as_string()
                .and_then(|name| Os::from_name(&name))
                .ok_or_else(expected)
        })
        .collect()
}

/// The API named `service:Action`, or the default without a name. The
/// message names what is expected, never the value given: a password
/// pasted into the wrong field must not end up in a log.
pub fn api(value: &JsValue) -> Result<&'static Api, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Api::DEFAULT);
    }
    value
        .as_string()
        .and_then(|name| Api::from_name(&name))
        .ok_or_else(|| {
            type_error("api must be the \"service:Action\" name of an API that apis() lists")
        })
}

/// The reading of an API's sources: `strict: true` makes whatever any
/// source refuses an error.
pub fn reading(value: &JsValue) -> Result<Reading, JsValue> {
    match value.as_bool() {
        Some(true) => Ok(Reading::Strict),
        Some(false) => Ok(Reading::Common),
        None if value.is_undefined() || value.is_null() => Ok(Reading::Common),
        None => Err(type_error("strict must be a boolean")),
    }
}

/// The language of messages: English unless `lang` says otherwise.
pub fn lang(value: &JsValue) -> Result<Lang, JsValue> {
    if value.is_undefined() {
        return Ok(Lang::En);
    }
    value
        .as_string()
        .and_then(|tag| Lang::from_tag(&tag))
        .ok_or_else(|| range_error("lang must be \"en\" or \"zh-CN\""))
}

/// A length in characters: a whole, non-negative number, or none.
pub fn length(value: &JsValue) -> Result<Option<usize>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => {
            Ok(Some(n as usize))
        }
        _ => Err(type_error(
            "length must be a whole number of characters, 0 or more",
        )),
    }
}

/// The result of `check`: the errors of the verdict's reading, and the
/// warnings, disputed rules included.
pub fn check_result(verdict: &ApiVerdict, disallowed: &[Span], lang: Lang) -> JsValue {
    let result = verdict.result();
    let (length, categories, violations) = match &result {
        Ok(accepted) => (accepted.length(), accepted.categories(), Array::new()),
        Err(rejected) => (
            rejected.length(),
            rejected.categories(),
            array(rejected.violations().map(|v| violation(v, lang))),
        ),
    };
    let warnings = array(verdict.warnings().map(|w| warning(w, lang)));
    let disallowed = array(disallowed.iter().map(|span| {
        Record::new()
            .set("index", span.index as f64)
            .set("start", span.start as f64)
            .set("end", span.end as f64)
    }));
    Record::new()
        .set("ok", verdict.is_ok())
        .set("length", length as f64)
        .set("categories", category_flags(categories))
        .set("violations", violations)
        .set("warnings", warnings)
        .set("disallowed", disallowed)
        .into()
}

fn category_flags(categories: Categories) -> Record {
    Category::ALL.into_iter().fold(Record::new(), |record, c| {
        record.set(c.name(), categories.contains(c))
    })
}

fn violation(v: Violation, lang: Lang) -> Record {
    let record = Record::new()
        .set("code", v.code())
        .set("apiErrorCode", v.api_error_code())
        .set("message", v.message(lang).to_string());
    with_figures(record, v.figures())
}

fn warning(w: Warning, lang: Lang) -> Record {
    let record = Record::new()
        .set("code", w.code())
        .set("message", w.message(lang).to_string());
    with_figures(record, w.figures())
}

/// The core's figures, by the core's names in camelCase.
fn with_figures(record: Record, figures: Figures) -> Record {
    figures.fold(record, |record, (name, figure)| {
        let value: JsValue = match figure {
            Figure::Count(n) => (n as f64).into(),
            Figure::Categories(set) => array(set.iter().map(Category::name)).into(),
            Figure::Characters(set) => set.to_string().into(),
            Figure::Text(text) => text.into(),
            // A figure of a kind this package predates: its name is still there.
            _ => JsValue::NULL,
        };
        record.set(&camel_case(name), value)
    })
}

/// The result of `rules`: the core's description, field for field, with
/// JavaScript's camelCase names. (The rules in words, the core's
/// `Rules::summary`, stay out of the package: 1.3 KB gzipped of text that a
/// form's own labels say better.)
pub fn rules(rules: &Rules) -> JsValue {
    rules
        .fields()
        .fold(Record::new(), |record, (field, value)| {
            let value: JsValue = match value {
                RuleValue::Count(n) => (n as f64).into(),
                RuleValue::Flag(flag) => flag.into(),
                RuleValue::Name(name) => name.map_or(JsValue::NULL, JsValue::from_str),
                RuleValue::Specials(specials) => specials.to_string().into(),
                RuleValue::Categories(set) => array(set.iter().map(Category::name)).into(),
                RuleValue::Characters(set) => set.to_string().into(),
                _ => JsValue::NULL,
            };
            record.set(&camel_case(field.name()), value)
        })
        .into()
}

/// One API as plain data: the CLI's `apis --json` without the citations
/// (which the package leaves out) and the rules of each source (which
/// `rules` gives).
fn api_record(api: &Api) -> Record {
    let disputes = array(api.disputes().iter().map(|d| {
        Record::new()
            .set("rule", d.code())
            .set("refusedBy", d.refused_by())
            .set("acceptedBy", d.accepted_by())
    }));
    Record::new()
        .set("name", api.name())
        .set("family", String::from(api.family().letter()))
        .set(
            "mix",
            if api.mix() == Mix::Windows {
                "windows"
            } else {
                "strictest"
            },
        )
        .set("takesUsername", api.takes_username())
        .set(
            "sources",
            array(api.sources().iter().map(cvm_password::Source::label)),
        )
        .set("disputes", disputes)
}

/// The result of `apis`: every API, in the core's order.
pub fn apis() -> JsValue {
    array(Api::ALL.iter().map(api_record)).into()
}

/// `min_length` as `minLength`.
fn camel_case(snake: &str) -> String {
    let mut camel = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else {
            camel.push(if upper { c.to_ascii_uppercase() } else { c });
            upper = false;
        }
    }
    camel
}

/// The result of `formAttributes`.
pub fn form_attributes(attributes: form::Attributes) -> JsValue {
    Record::new()
        .set("minlength", attributes.minlength as f64)
        .set("maxlength", attributes.maxlength as f64)
        .set("pattern", attributes.pattern)
        .set("passwordrules", attributes.passwordrules)
        .into()
}

/// A `RangeError` for a generator error, with its code as `code`.
pub fn generate_error(error: cvm_password::GenerateError) -> JsValue {
    let exception: JsValue = RangeError::new(&error.to_string()).into();
    let _ = Reflect::set(
        &exception,
        &JsValue::from_str("code"),
        &JsValue::from_str(error.code()),
    );
    exception
}
