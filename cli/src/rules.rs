//! `rules`: the core's description of a policy, in words or as JSON.

use std::fmt::Write as _;

use cvm_password::{Category, Lang, Policy, RuleValue, Rules};
use serde_json::Value;

use crate::report::{to_json, Fields};

/// The summary, a line each.
pub fn text(rules: Rules, lang: Lang) -> String {
    let mut text = String::new();
    for rule in rules.summary() {
        let _ = writeln!(text, "{}", rule.message(lang));
    }
    text
}

/// Every field of the description: the same fields as JavaScript's
/// `rules()`, which names them in camelCase. The words are the text
/// output's.
pub fn json(rules: Rules) -> String {
    to_json(&fields(rules.policy()))
}

/// The description's fields, for `rules --json` and `apis --json`.
pub fn fields(policy: Policy) -> Fields {
    policy
        .rules()
        .fields()
        .map(|(field, value)| (field.name(), rule_value(value)))
        .collect()
}

fn rule_value(value: RuleValue) -> Value {
    match value {
        RuleValue::Count(n) => n.into(),
        RuleValue::Flag(flag) => flag.into(),
        RuleValue::Name(name) => name.map_or(Value::Null, Value::from),
        RuleValue::Specials(specials) => specials.to_string().into(),
        RuleValue::Categories(set) => set.iter().map(Category::name).collect(),
        RuleValue::Characters(set) => set.to_string().into(),
        // A value of a kind this tool predates: the field is still there.
        _ => Value::Null,
    }
}
