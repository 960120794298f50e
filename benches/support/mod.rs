//! What the benches share: the inputs and the peers.

pub mod cases;
pub mod generators;
pub mod regex_rules;
pub mod requests;
pub mod strength_peers;

use cases::Case;
use regex_rules::RegexRules;

impl RegexRules {
    /// The peer for `case`'s preset and username, checked to give the
    /// crate's verdict wherever the crate reads the whole password.
    pub fn for_case(case: &Case) -> RegexRules {
        let rules = match case.effective_username() {
            Some(name) => RegexRules::windows(name),
            None => RegexRules::linux(),
        };
        if case.within_inspection_limit() {
            let codes = rules.check(&case.password).codes();
            assert_eq!(codes, case.expected, "regex peer on case {}", case.name);
        }
        rules
    }
}
