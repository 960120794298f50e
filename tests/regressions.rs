//! Inputs the fuzz targets found wrong, kept as tests: each names its
//! target and what went wrong. See fuzz/README.md for how to add one.

use cvm_password::Policy;

fn codes(policy: Policy, password: &str, username: Option<&str>) -> Vec<&'static str> {
    match policy.check(password, username) {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected.violations().map(|v| v.code()).collect(),
    }
}

/// `merge`: a username whose first byte is 0x20 away from a character of
/// the password, neither of them a letter, was found where it is not: the
/// first byte was compared with the 0x20 bit dropped, as for a letter.
#[test]
fn names_starting_with_punctuation_are_not_found_in_its_case_partner() {
    for (password, name) in [
        ("hhijk\0\0\0\0\0aB3!efB3!efghhijkl<", "\u{1}efg"),
        ("xx~abcDEF12!", "^abc"),
        ("xx`dmin1AB!?", "@dmin"),
        ("xx{dmin1AB!?", "[dmin"),
        ("xx\u{7f}dmin1AB!?", "_dmin"),
    ] {
        let found = codes(Policy::WINDOWS, password, Some(name));
        assert!(!found.contains(&"contains_username"), "{name:?}: {found:?}");
    }
    // The same names, present, are still found.
    for (password, name) in [("xx^abcDEF12!", "^ABC"), ("xx@DMIN1ab!?", "@dmin")] {
        assert!(codes(Policy::WINDOWS, password, Some(name)).contains(&"contains_username"));
    }
}
