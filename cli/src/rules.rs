//! `rules`: the core's description of a policy, in words or as JSON.

use std::fmt::Write as _;

use cvm_password::{Lang, Rules};

/// The summary, a line each.
pub fn text(rules: Rules, lang: Lang) -> String {
    let mut text = String::new();
    for rule in rules.summary() {
        let _ = writeln!(text, "{}", rule.message(lang));
    }
    text
}
