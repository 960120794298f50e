//! The data the package's JavaScript needs from the core, written when the
//! package is built (`scripts/build-wasm.sh`), as JSON: the names of OSes,
//! categories, codes, figures and fields, and every message as a template,
//! in both languages.
//!
//! ```text
//! cargo run -p cvm-password-wasm --example glue > glue.json
//! ```
//!
//! The templates come from the core's own messages: each is the message of
//! a real verdict whose figures are numbers no text holds (3917, 3989...),
//! with each number replaced by the name of its figure, `{min}`. So the
//! JavaScript holds no second copy of a rule's text, only the choice of
//! template (a count of 1, a length past the inspection limit, letters as
//! one class), which the differential and vector tests check against the
//! core message for message. Each template is checked here: filled with the
//! figures again, it gives the core's message back.

use cvm_password::{
    Alphabet, Api, Category, Figure, GenerateError, Lang, Os, Policy, RandomError, Reading,
    RuleField, Specials, Violation, Warning, INSPECTION_LIMIT,
};
use cvm_password_wasm::abi;
use cvm_password_wasm::text::MAX_UNITS;
use serde_json::{json, Map, Value};

fn main() {
    let mut messages = Map::new();
    for lang in Lang::ALL {
        messages.insert(lang.tag().to_owned(), Value::Object(templates(lang)));
    }
    let data = json!({
        "os": Os::ALL.map(Os::name),
        "categories": Category::ALL.map(Category::name),
        "violations": abi::VIOLATIONS,
        "warnings": ["shorter_than_recommended", "disputed_rule"],
        "figures": figures(),
        "generateErrors": generate_codes(),
        "ruleFields": RuleField::ALL.map(|f| camel_case(f.name())),
        "header": abi::HEADER,
        "inspectionLimit": INSPECTION_LIMIT,
        "maxUnits": MAX_UNITS,
        "messages": messages,
    });
    println!("{data}");
}

/// `min_length` as `minLength`.
fn camel_case(snake: &str) -> String {
    let mut parts = snake.split('_');
    let mut camel = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        let mut chars = part.chars();
        camel.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        camel.push_str(chars.as_str());
    }
    camel
}

/// The violation `code` of `password` under `policy`.
fn sample(policy: Policy, password: &str, code: &str) -> Violation {
    sample_of(policy, password, None, code)
}

fn sample_of(policy: Policy, password: &str, username: Option<&str>, code: &str) -> Violation {
    policy
        .check(password, username)
        .err()
        .and_then(|rejected| rejected.violations().find(|v| v.code() == code))
        .unwrap_or_else(|| panic!("no {code} in the sample"))
}

/// The warning of an accepted password.
fn warned(policy: Policy, password: &str) -> Warning {
    let accepted = policy.check(password, None).expect("an accepted sample");
    accepted.warnings().next().expect("a warning in the sample")
}

/// A disputed rule: `_` is one of the CVM page's specials, not of the
/// `RunInstances` reference's.
fn disputed() -> Warning {
    let api = Api::from_name("cvm:RunInstances").expect("a known API");
    let verdict = api.check("abc123ABC_xyz", [Os::Linux], None, Reading::Common);
    verdict
        .warnings()
        .find(|w| w.code() == "disputed_rule")
        .expect("a disputed rule in the sample")
}

/// `message` with each figure's value replaced by `{name}`: each value must
/// be there once, and filling the template gives the message back.
fn template(message: &str, figures: &[(&str, &str)]) -> String {
    let mut template = message.to_owned();
    for (name, value) in figures {
        assert_eq!(
            template.matches(value).count(),
            1,
            "{value} once in {message:?}"
        );
        template = template.replacen(value, &format!("{{{name}}}"), 1);
    }
    let mut filled = template.clone();
    for (name, value) in figures {
        filled = filled.replace(&format!("{{{name}}}"), value);
    }
    assert_eq!(filled, message);
    template
}

/// Every template of `lang`, by key: a code, or a code and the case it is
/// for (`.1` for a count of one, where it differs; `.over` for a length
/// past the inspection limit; `.asOne` for letters as one class; `.none`
/// and `.short` for the generator's errors).
fn templates(lang: Lang) -> Map<String, Value> {
    let mut out = Map::new();
    let text = |v: Violation| v.message(lang).to_string();
    let a = |n: usize| "a".repeat(n);

    let short = Policy::LINUX.with_min_length(3989);
    counted(
        &mut out,
        "too_short",
        "length",
        template(
            &text(sample(short, &a(3917), "too_short")),
            &[("length", "3917"), ("min", "3989")],
        ),
        template(&text(sample(short, "a", "too_short")), &[("min", "3989")]),
    );
    let long = Policy::LINUX.with_max_length(3917);
    counted(
        &mut out,
        "too_long",
        "length",
        template(
            &text(sample(long, &a(3989), "too_long")),
            &[("length", "3989"), ("max", "3917")],
        ),
        template(
            &text(sample(Policy::LINUX.with_max_length(0), "a", "too_long")),
            &[("max", "0")],
        ),
    );
    put(
        &mut out,
        "too_long.over",
        template(
            &text(sample(long, &a(INSPECTION_LIMIT + 10), "too_long")),
            &[("max", "3917")],
        ),
    );
    put(
        &mut out,
        "leading_slash",
        text(sample(Policy::LINUX, "/", "leading_slash")),
    );
    let banned = Alphabet::EMPTY.with('#').with('&').with('~');
    put(
        &mut out,
        "banned_first_character",
        template(
            &text(sample(
                Policy::LINUX.with_first_banned(banned),
                "#",
                "banned_first_character",
            )),
            &[("banned", "#&~")],
        ),
    );
    let euros = "\u{20AC}".repeat(3917);
    counted(
        &mut out,
        "disallowed_character",
        "count",
        template(
            &text(sample(Policy::LINUX, &euros, "disallowed_character")),
            &[("count", "3917")],
        ),
        text(sample(Policy::LINUX, "\u{20AC}", "disallowed_character")),
    );
    put(
        &mut out,
        "contains_username",
        text(sample_of(
            Policy::WINDOWS,
            "xAdministratorx",
            None,
            "contains_username",
        )),
    );
    categories(lang, &mut out);

    let recommended = Policy::LINUX
        .with_min_length(1)
        .with_max_length(4000)
        .with_required_categories(1)
        .with_recommended_min_length(3989);
    let warning = |w: Warning| w.message(lang).to_string();
    counted(
        &mut out,
        "shorter_than_recommended",
        "length",
        template(
            &warning(warned(recommended, &a(3917))),
            &[("length", "3917"), ("recommended", "3989")],
        ),
        template(
            &warning(warned(recommended, "a")),
            &[("recommended", "3989")],
        ),
    );
    let dispute = disputed();
    let Warning::DisputedRule {
        violation,
        refused_by,
        accepted_by,
        ..
    } = dispute
    else {
        unreachable!("a disputed rule")
    };
    put(
        &mut out,
        "disputed_rule",
        template(
            &warning(dispute),
            &[
                ("violation", &text(violation)),
                ("refusedBy", refused_by),
                ("acceptedBy", accepted_by),
            ],
        ),
    );

    if lang == Lang::En {
        for (key, error) in generate_errors() {
            put(
                &mut out,
                &format!("generate.{key}"),
                generate_template(error),
            );
        }
    }
    out
}

fn put(out: &mut Map<String, Value>, key: &str, template: String) {
    out.insert(key.to_owned(), Value::String(template));
}

/// A count of one has a template of its own only where its words differ.
fn counted(out: &mut Map<String, Value>, key: &str, name: &str, general: String, one: String) {
    if general.replace(&format!("{{{name}}}"), "1") != one {
        put(out, &format!("{key}.1"), one);
    }
    put(out, key, general);
}

/// The template of `too_few_categories`, in both readings of the classes,
/// and the parts of its list of classes: `{list}` is empty without a class,
/// else `listOpen`, the labels joined by `listSeparator`, `listClose`.
fn categories(lang: Lang, out: &mut Map<String, Value>) {
    let label = |c: Category| c.label(lang);
    // The message of a password of these characters, its figures replaced.
    let message = |policy: Policy, password: &str, n: &str, required: &str, out_of: &str| {
        let v = sample(policy, password, "too_few_categories");
        template(
            &v.message(lang).to_string(),
            &[("required", required), ("outOf", out_of), ("n", n)],
        )
    };
    // What a list adds to the message without one: the common prefix and
    // suffix of the two, and what is between them.
    let inserted = |without: &str, with: &str| {
        let prefix = without
            .chars()
            .zip(with.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        let suffix = without[prefix..]
            .chars()
            .rev()
            .zip(with[prefix..].chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        let template = format!(
            "{}{{list}}{}",
            &without[..prefix],
            &without[without.len() - suffix..]
        );
        (template, with[prefix..with.len() - suffix].to_owned())
    };
    let four = Policy::LINUX.with_required_categories(3);
    let none = message(four, "\u{20AC}", "0", "3", "4");
    let (general, digits) = inserted(&none, &message(four, "12345678", "1", "3", "4"));
    let (open, close) = digits
        .split_once(label(Category::Digit))
        .expect("the label in the list");
    let (_, two) = inserted(&none, &message(four, "1234!!!!", "2", "3", "4"));
    let separator = two
        .strip_prefix(open)
        .and_then(|s| s.strip_suffix(close))
        .and_then(|s| s.strip_prefix(label(Category::Digit)))
        .and_then(|s| s.strip_suffix(label(Category::Special)))
        .expect("two labels in the list");

    let three = Policy::LINUX
        .with_letters_as_one(true)
        .with_required_categories(2);
    let none = message(three, "\u{20AC}", "0", "2", "3");
    let (as_one, letters) = inserted(&none, &message(three, "abcdefgh", "1", "2", "3"));
    let letters = letters
        .strip_prefix(open)
        .and_then(|s| s.strip_suffix(close))
        .expect("letters in the list");

    put(out, "too_few_categories", general);
    put(out, "too_few_categories.asOne", as_one);
    put(out, "listOpen", open.to_owned());
    put(out, "listClose", close.to_owned());
    put(out, "listSeparator", separator.to_owned());
    put(out, "letters", letters.to_owned());
    for c in Category::ALL {
        put(out, &format!("label.{}", c.name()), label(c).to_owned());
    }
}

/// The figures of each violation and warning, by index: each one's name,
/// in camelCase, and kind, as `abi` writes them.
fn figures() -> Value {
    let kinds = |figures: cvm_password::Figures| {
        figures
            .map(|(name, figure)| {
                let kind = match figure {
                    Figure::Count(_) => "count",
                    Figure::Categories(_) => "categories",
                    Figure::Characters(_) => "characters",
                    Figure::Text(_) => "text",
                    _ => unreachable!("a figure this package predates"),
                };
                json!([camel_case(name), kind])
            })
            .collect::<Vec<_>>()
    };
    let violations = [
        sample(Policy::LINUX, "a", "too_short"),
        sample(Policy::LINUX, &"a".repeat(40), "too_long"),
        sample(Policy::LINUX, "/", "leading_slash"),
        sample(
            Policy::LINUX.with_first_banned(Alphabet::EMPTY.with('#')),
            "#",
            "banned_first_character",
        ),
        sample(Policy::LINUX, "a", "too_few_categories"),
        sample(Policy::LINUX, " ", "disallowed_character"),
        sample(Policy::WINDOWS, "Administrator", "contains_username"),
    ];
    for (i, v) in violations.iter().enumerate() {
        assert_eq!(abi::violation_index(v) as usize, i, "{}", v.code());
    }
    let warnings = [warned(Policy::LINUX, "abcABC123"), disputed()];
    for (i, w) in warnings.iter().enumerate() {
        assert_eq!(abi::warning_index(w) as usize, i, "{}", w.code());
    }
    json!({
        "violations": violations.map(|v| kinds(v.figures())),
        "warnings": warnings.map(|w| kinds(w.figures())),
    })
}

/// One error of each kind, by template key, in the order of their indices.
fn generate_errors() -> Vec<(&'static str, GenerateError)> {
    let failing = |_: &mut [u8]| -> Result<(), RandomError> { Err(RandomError) };
    let stuck = |bytes: &mut [u8]| -> Result<(), RandomError> {
        bytes.fill(0xFF);
        Ok(())
    };
    let error = |policy: Policy, length: usize| {
        policy
            .generator()
            .length(length)
            .generate_with(&mut failing.clone())
            .expect_err("a sample error")
    };
    let no_specials = Policy::LINUX
        .with_max_length(4000)
        .with_specials(Specials::from_ascii(""))
        .with_required_categories(4);
    let errors = vec![
        (
            "length_out_of_range",
            error(
                Policy::LINUX.with_min_length(3917).with_max_length(3931),
                3989,
            ),
        ),
        (
            "length_out_of_range.none",
            error(
                Policy::LINUX.with_min_length(3931).with_max_length(3917),
                3989,
            ),
        ),
        (
            "length_above_capacity",
            error(Policy::LINUX.with_max_length(4000), 3989),
        ),
        ("categories_unavailable.short", error(no_specials, 97)),
        (
            "categories_unavailable",
            error(
                Policy::LINUX.with_min_length(1).with_required_categories(3),
                2,
            ),
        ),
        (
            "first_character_unavailable",
            error(
                Policy::LINUX.with_first_banned(Policy::LINUX.alphabet()),
                20,
            ),
        ),
        ("random_source_failed", error(Policy::LINUX, 20)),
        (
            "random_source_stuck",
            Policy::LINUX
                .generator()
                .generate_with(&mut stuck.clone())
                .expect_err("a stuck source"),
        ),
    ];
    // Each kind once, in the order of `abi::generate_error`'s indices.
    let mut kinds: Vec<_> = errors
        .iter()
        .map(|(_, e)| abi::generate_error(*e).0)
        .collect();
    kinds.dedup();
    assert_eq!(kinds, (0..6).collect::<Vec<_>>());
    errors
}

/// The generator's error codes, by index.
fn generate_codes() -> Vec<&'static str> {
    let mut codes: Vec<_> = generate_errors().iter().map(|(_, e)| e.code()).collect();
    codes.dedup();
    codes
}

/// The template of a generator error, its figures replaced.
fn generate_template(error: GenerateError) -> String {
    let (_, [a, b, c]) = abi::generate_error(error);
    let names: &[&str] = match error {
        GenerateError::LengthOutOfRange { .. } => &["length", "min", "max"],
        GenerateError::LengthAboveCapacity { .. } => &["length", "capacity"],
        GenerateError::CategoriesUnavailable { .. } => &["length", "available", "required"],
        _ => &[],
    };
    let values = [a, b, c].map(|n| n.to_string());
    let message = error.to_string();
    // A figure a message leaves out is not in its template.
    let figures: Vec<(&str, &str)> = names
        .iter()
        .zip(&values)
        .filter(|(_, value)| message.contains(value.as_str()))
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    template(&message, &figures)
}
