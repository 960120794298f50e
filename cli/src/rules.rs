//! `rules`: the core's description of a policy, in words or as JSON.

use std::fmt::Write as _;

use cvm_password::{Category, Lang, Policy, RuleValue};
use serde_json::Value;

use crate::report::{to_json, Fields};

/// The summary, a line each.
pub fn text(policy: Policy, lang: Lang) -> String {
    let mut text = String::new();
    for rule in policy.rules().summary() {
        let _ = writeln!(text, "{}", rule.message(lang));
    }
    text
}

/// Every field of the description: the same fields as JavaScript's
/// `rules()`, which names them in camelCase. The words are the text
/// output's.
pub fn json(policy: Policy) -> String {
    let fields: Fields = policy
        .rules()
        .fields()
        .map(|(field, value)| (field.name(), rule_value(value)))
        .collect();
    to_json(&fields)
}

fn rule_value(value: RuleValue) -> Value {
    match value {
        RuleValue::Count(n) => n.into(),
        RuleValue::Flag(flag) => flag.into(),
        RuleValue::Name(name) => name.map_or(Value::Null, Value::from),
        RuleValue::Specials(specials) => specials.to_string().into(),
        RuleValue::Categories(set) => set.iter().map(Category::name).collect(),
        // A value of a kind this tool predates: the field is still there.
        _ => Value::Null,
    }
}
