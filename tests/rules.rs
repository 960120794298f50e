//! Every rule of SPEC sections 2 to 6, at its boundaries, through the library.

use cvm_password::{
    Categories, Category, Os, Policy, Violation, INSPECTION_LIMIT, INVALID_PASSWORD,
};

/// The violation codes, or `["ok"]` followed by the warning codes.
fn verdict(policy: Policy, password: &str, username: Option<&str>) -> Vec<&'static str> {
    match policy.check(password, username) {
        Ok(accepted) => std::iter::once("ok")
            .chain(accepted.warnings().map(|w| w.code()))
            .collect(),
        Err(rejected) => rejected.violations().map(|v| v.code()).collect(),
    }
}

fn linux(password: &str) -> Vec<&'static str> {
    verdict(Policy::LINUX, password, None)
}

fn windows(password: &str) -> Vec<&'static str> {
    verdict(Policy::WINDOWS, password, None)
}

/// `n` characters drawing from lowercase, uppercase, digit and special.
fn of_length(n: usize) -> String {
    "aB3!".chars().cycle().take(n).collect()
}

// Length (docs/SPEC.md section 3).

#[test]
fn linux_length_is_8_to_30() {
    assert_eq!(linux(&of_length(7)), ["too_short"]);
    assert_eq!(linux(&of_length(8)), ["ok", "shorter_than_recommended"]);
    assert_eq!(linux(&of_length(30)), ["ok"]);
    assert_eq!(linux(&of_length(31)), ["too_long"]);
}

#[test]
fn linux_warns_up_to_11_characters() {
    for n in 8..=11 {
        assert_eq!(
            linux(&of_length(n)),
            ["ok", "shorter_than_recommended"],
            "{n}"
        );
    }
    // "12位以上": 以上 includes 12 itself.
    assert_eq!(linux(&of_length(12)), ["ok"]);
    assert_eq!(linux(&of_length(13)), ["ok"]);
}

#[test]
fn the_vendors_own_example_password_meets_the_recommendation() {
    assert_eq!(linux("abc123ABC!@#"), ["ok"]);
    assert_eq!(windows("abc123ABC!@#"), ["ok"]);
}

#[test]
fn windows_length_is_12_to_30_without_warning() {
    assert_eq!(windows(&of_length(11)), ["too_short"]);
    assert_eq!(windows(&of_length(12)), ["ok"]);
    assert_eq!(windows(&of_length(13)), ["ok"]);
    assert_eq!(windows(&of_length(30)), ["ok"]);
    assert_eq!(windows(&of_length(31)), ["too_long"]);
}

#[test]
fn length_counts_chars_not_bytes_nor_utf16_units_nor_graphemes() {
    // 4 ASCII + 4 two-byte characters: 8 characters, 12 bytes.
    let rejected = Policy::LINUX.check("aB3!éééé", None).unwrap_err();
    assert_eq!(rejected.length(), 8);
    assert_eq!(linux("aB3!éééé"), ["disallowed_character"]);
    // 7 ASCII + 1 emoji (2 UTF-16 units, 4 bytes): 8 characters.
    assert_eq!(
        Policy::LINUX.check("aB3!abc😀", None).unwrap_err().length(),
        8
    );
    // A family emoji is one grapheme but 5 characters.
    assert_eq!(Policy::LINUX.check("aB3👨‍👩‍👧", None).unwrap_err().length(), 8);
    // 6 characters, however many bytes: too short.
    assert_eq!(linux("aB3!中中"), ["too_short", "disallowed_character"]);
}

#[test]
fn empty_password_breaks_length_and_categories() {
    assert_eq!(linux(""), ["too_short", "too_few_categories"]);
    assert_eq!(windows(""), ["too_short", "too_few_categories"]);
}

// Categories (SPEC sections 2 and 3).

#[test]
fn three_of_four_categories_are_required() {
    let samples = [
        (Category::Lowercase, "abcdefgh"),
        (Category::Uppercase, "ABCDEFGH"),
        (Category::Digit, "12345678"),
        (Category::Special, "!@#$%^&*"),
    ];
    // Every subset of the four categories, 8 characters from each member.
    for mask in 0u8..16 {
        let chosen: Vec<_> = samples
            .iter()
            .enumerate()
            .filter(|(i, _)| mask >> i & 1 == 1)
            .collect();
        let password: String = chosen.iter().map(|(_, (_, s))| *s).collect();
        let expected: Categories = chosen.iter().map(|(_, (c, _))| *c).collect();
        let result = Policy::LINUX.check(&password, None);
        let (present, codes) = match result {
            Ok(a) => (a.categories(), vec![]),
            Err(r) => (r.categories(), r.violations().map(|v| v.code()).collect()),
        };
        assert_eq!(present, expected, "{password}");
        let too_few = codes.contains(&"too_few_categories");
        assert_eq!(too_few, chosen.len() < 3, "{password}");
    }
}

#[test]
fn each_of_the_30_specials_counts_as_special() {
    for special in "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/".chars() {
        // Lowercase and digits, plus the special: three categories.
        let password = format!("abcdefg{special}1");
        assert_eq!(
            linux(&password),
            ["ok", "shorter_than_recommended"],
            "{password}"
        );
    }
}

#[test]
fn disallowed_characters_are_no_category() {
    for c in [
        ' ',
        '"',
        '\\',
        '\t',
        '\n',
        '\r',
        '\0',
        '\u{7f}',
        '\u{1b}',
        '！',
        '／',
        '１',
        'Ａ',
        '\u{a0}',
        '\u{3000}',
        '\u{200b}',
        '\u{200d}',
        '\u{feff}',
        '\u{202e}',
        '\u{2067}',
        '\u{301}',
        '😀',
        'é',
        'Ж',
        '中',
        '\u{fffd}',
        '\u{10ffff}',
    ] {
        let password = format!("abcdefg{c}1");
        assert_eq!(
            linux(&password),
            ["too_few_categories", "disallowed_character"],
            "U+{:04X}",
            u32::from(c)
        );
    }
}

#[test]
fn disallowed_characters_are_reported_once_with_a_count() {
    let rejected = Policy::LINUX.check("aB3! \"\\ é", None).unwrap_err();
    let violations: Vec<_> = rejected.violations().collect();
    assert_eq!(violations.len(), 1);
    assert!(matches!(
        violations[0],
        Violation::DisallowedCharacter { count: 5, .. }
    ));
}

#[test]
fn space_is_allowed_only_on_request() {
    assert_eq!(
        linux("abc def 123"),
        ["too_few_categories", "disallowed_character"]
    );
    let spaced = Policy::LINUX.with_space_allowed(true);
    assert_eq!(
        verdict(spaced, "abc def 123", None),
        ["ok", "shorter_than_recommended"]
    );
    assert_eq!(verdict(spaced, "abc def 12345", None), ["ok"]);
}

// The leading slash (SPEC section 3).

#[test]
fn a_leading_slash_is_rejected_anywhere_else_it_is_special() {
    assert_eq!(linux("/aB3defgh"), ["leading_slash"]);
    assert_eq!(windows("/aB3defghijk"), ["leading_slash"]);
    assert_eq!(linux("//aB3defgh"), ["leading_slash"]);
    assert_eq!(linux("a/B3defgh"), ["ok", "shorter_than_recommended"]);
    assert_eq!(linux("aB3defgh/"), ["ok", "shorter_than_recommended"]);
    // The slash is the only special: it counts for the categories.
    assert_eq!(linux("abcdefg/1"), ["ok", "shorter_than_recommended"]);
    assert_eq!(
        linux("/"),
        ["too_short", "leading_slash", "too_few_categories"]
    );
    // A full-width slash is no slash: it is disallowed.
    assert_eq!(linux("／aB3defgh"), ["disallowed_character"]);
    // Only the first character counts, even after a byte order mark.
    assert_eq!(linux("\u{feff}/aB3defgh"), ["disallowed_character"]);
}

// The username rule (SPEC section 5).

#[test]
fn windows_rejects_the_default_administrator_in_any_case() {
    for password in [
        "Administrator1!",
        "xAdministratorx1!",
        "ADMINISTRATOR1!x",
        "administrator1!X",
        "1!aDmInIsTrAtOr",
    ] {
        assert!(
            windows(password).contains(&"contains_username"),
            "{password}"
        );
        assert!(
            verdict(Policy::WINDOWS, password, Some("Administrator"))
                .contains(&"contains_username"),
            "{password}"
        );
    }
    assert_eq!(windows("Administrat0r1!"), ["ok"]);
    assert_eq!(windows("Admin1strator!"), ["ok"]);
}

#[test]
fn the_username_replaces_the_default() {
    assert_eq!(
        verdict(Policy::WINDOWS, "Administrator1!", Some("bob")),
        ["ok"]
    );
    assert_eq!(
        verdict(Policy::WINDOWS, "xxBOBxx12!Aa", Some("bob")),
        ["contains_username"]
    );
    assert_eq!(
        verdict(Policy::WINDOWS, "xxbobxx12!Aa", Some("Bob")),
        ["contains_username"]
    );
}

#[test]
fn names_under_3_characters_are_not_checked() {
    assert_eq!(verdict(Policy::WINDOWS, "xxALxx12!Aaa", Some("al")), ["ok"]);
    // An empty name is no name at all: the default administrator.
    assert_eq!(verdict(Policy::WINDOWS, "xxALxx12!Aaa", Some("")), ["ok"]);
    assert_eq!(
        verdict(Policy::WINDOWS, "Administrator12!", Some("")),
        ["contains_username"]
    );
    assert_eq!(
        verdict(Policy::WINDOWS, "Administrator12!", Some("Al")),
        ["ok"]
    );
    assert_eq!(
        verdict(Policy::WINDOWS, "xxALIxx12!Aa", Some("ali")),
        ["contains_username"]
    );
    // Three characters, six bytes: checked.
    assert_eq!(
        verdict(
            Policy::WINDOWS,
            "x\u{e9}\u{e9}\u{e9}x12!Aaaa",
            Some("\u{e9}\u{e9}\u{e9}")
        ),
        ["disallowed_character", "contains_username"]
    );
    // Two characters, eight bytes: not checked.
    assert_eq!(
        verdict(Policy::WINDOWS, "x😀😀x12!Aaaaaa", Some("😀😀")),
        ["disallowed_character"]
    );
}

#[test]
fn non_ascii_letters_compare_exactly() {
    // ASCII letters fold; `ë` and `Ë` do not.
    assert_eq!(
        verdict(Policy::WINDOWS, "aaZOËaa12!Aa", Some("zoë")),
        ["disallowed_character"]
    );
    assert_eq!(
        verdict(Policy::WINDOWS, "aaZOëaa12!Aa", Some("zoë")),
        ["disallowed_character", "contains_username"]
    );
    // The Kelvin sign folds to `k` in Unicode, not in ASCII.
    assert_eq!(
        verdict(Policy::WINDOWS, "aa\u{212a}IMaa12!Aa", Some("kim")),
        ["disallowed_character"]
    );
}

#[test]
fn linux_never_checks_the_username() {
    assert_eq!(
        verdict(Policy::LINUX, "root#Root#1", Some("root")),
        ["ok", "shorter_than_recommended"]
    );
    assert_eq!(verdict(Policy::LINUX, "Administrator1!", None), ["ok"]);
    assert_eq!(
        verdict(Policy::LINUX, "ubuntu#Ubuntu1", Some("ubuntu")),
        ["ok"]
    );
}

#[test]
fn long_names_are_found_too() {
    // Longer than 64 bytes: the linear-time search path.
    let name = "Ab".repeat(40);
    let password = format!("1!{}", name.to_ascii_uppercase());
    let policy = Policy::WINDOWS.with_max_length(INSPECTION_LIMIT);
    assert_eq!(
        verdict(policy, &password, Some(&name)),
        ["contains_username"]
    );
    assert_eq!(
        verdict(policy, &password[..password.len() - 1], Some(&name)),
        ["ok"]
    );
}

// Mixed targets (SPEC section 3).

#[test]
fn any_windows_instance_gives_the_windows_rules() {
    assert_eq!(
        Policy::for_targets([Os::Linux, Os::Windows]),
        Policy::WINDOWS
    );
    assert_eq!(
        Policy::for_targets([Os::Windows, Os::Ubuntu]),
        Policy::WINDOWS
    );
    assert_eq!(Policy::for_targets([Os::Linux; 100]), Policy::LINUX);
    assert_eq!(Policy::for_targets([Os::Ubuntu, Os::Linux]), Policy::LINUX);
    assert_eq!(
        Policy::for_targets([Os::Linux, Os::Unknown]),
        Policy::WINDOWS
    );
    assert_eq!(Policy::for_targets([]), Policy::WINDOWS);
    // A password of 8 to 11 characters: fine on Linux, not on a mixed batch.
    let mixed = Policy::for_targets([Os::Linux, Os::Windows]);
    assert_eq!(verdict(mixed, "aB3!efgh", None), ["too_short"]);
}

// Verdicts (SPEC section 6).

#[test]
fn every_violation_is_reported_at_once() {
    let password = format!("/administrator {}", "a".repeat(20));
    assert_eq!(
        windows(&password),
        [
            "too_long",
            "leading_slash",
            "too_few_categories",
            "disallowed_character",
            "contains_username"
        ]
    );
    assert_eq!(
        windows("/a é"),
        [
            "too_short",
            "leading_slash",
            "too_few_categories",
            "disallowed_character"
        ]
    );
}

#[test]
fn every_violation_maps_to_invalid_password() {
    let rejected = Policy::WINDOWS
        .check(&format!("/administrator {}", "a".repeat(20)), None)
        .unwrap_err();
    assert_eq!(rejected.violations().count(), 5);
    for v in rejected.violations() {
        assert_eq!(v.api_error_code(), "InvalidParameterValue.InvalidPassword");
    }
    assert_eq!(INVALID_PASSWORD, "InvalidParameterValue.InvalidPassword");
    let short = Policy::LINUX.check("a", None).unwrap_err();
    assert!(short
        .violations()
        .all(|v| v.api_error_code() == INVALID_PASSWORD));
}

#[test]
fn violations_carry_their_figures() {
    let rejected = Policy::LINUX.check("abc", None).unwrap_err();
    let v: Vec<_> = rejected.violations().collect();
    assert!(matches!(
        v[0],
        Violation::TooShort {
            length: 3,
            min: 8,
            ..
        }
    ));
    assert!(matches!(
        v[1],
        Violation::TooFewCategories { present, required: 3, .. }
            if present == Categories::EMPTY.with(Category::Lowercase)
    ));
    let long = Policy::WINDOWS.check(&of_length(31), None).unwrap_err();
    assert!(matches!(
        long.violations().next(),
        Some(Violation::TooLong {
            length: 31,
            max: 30,
            ..
        })
    ));
}

// Bounded cost (SPEC section 4).

#[test]
fn the_check_reads_at_most_4096_characters() {
    assert_eq!(INSPECTION_LIMIT, 4096);
    let at_limit = of_length(INSPECTION_LIMIT);
    let rejected = Policy::LINUX.check(&at_limit, None).unwrap_err();
    assert_eq!(rejected.length(), 4096);
    assert!(matches!(
        rejected.violations().next(),
        Some(Violation::TooLong {
            length: 4096,
            max: 30,
            ..
        })
    ));
    for n in [
        INSPECTION_LIMIT + 1,
        INSPECTION_LIMIT + 2,
        1 << 20,
        10 << 20,
    ] {
        let rejected = Policy::LINUX.check(&of_length(n), None).unwrap_err();
        assert_eq!(rejected.length(), INSPECTION_LIMIT + 1, "{n}");
        assert_eq!(
            rejected.to_string(),
            "password is too long: more than 4096 characters, at most 30 allowed"
        );
    }
}

#[test]
fn past_the_limit_the_rest_is_not_read() {
    // 4096 lowercase letters and then the other categories: the category
    // count is left open, not reported.
    let password = format!("{}ABC123", "a".repeat(INSPECTION_LIMIT));
    assert_eq!(linux(&password), ["too_long"]);
    let password = "a".repeat(INSPECTION_LIMIT);
    assert_eq!(linux(&password), ["too_long", "too_few_categories"]);
    // Disallowed characters past the limit are not counted.
    let password = format!("{} é", of_length(INSPECTION_LIMIT));
    assert_eq!(linux(&password), ["too_long"]);
    let password = format!("{}é{}", of_length(INSPECTION_LIMIT - 1), "é".repeat(100));
    let rejected = Policy::LINUX.check(&password, None).unwrap_err();
    assert!(matches!(
        rejected.violations().nth(1),
        Some(Violation::DisallowedCharacter { count: 1, .. })
    ));
    // A name that ends past the limit is not found; one within it is.
    let password = format!("{}Administrator", "a".repeat(INSPECTION_LIMIT - 5));
    assert_eq!(windows(&password), ["too_long"]);
    let password = format!("{}Administrator", "a".repeat(INSPECTION_LIMIT - 13));
    assert_eq!(
        windows(&password),
        ["too_long", "too_few_categories", "contains_username"]
    );
}

#[test]
fn the_limit_counts_characters_of_any_width() {
    for wide in ["é", "中", "😀"] {
        let at = wide.repeat(INSPECTION_LIMIT);
        let past = wide.repeat(INSPECTION_LIMIT + 1);
        assert_eq!(Policy::LINUX.check(&at, None).unwrap_err().length(), 4096);
        assert_eq!(Policy::LINUX.check(&past, None).unwrap_err().length(), 4097);
        let rejected = Policy::LINUX.check(&past, None).unwrap_err();
        assert!(matches!(
            rejected.violations().nth(1),
            Some(Violation::DisallowedCharacter { count: 4096, .. })
        ));
    }
}

#[test]
fn length_bounds_stop_at_the_limit() {
    let policy = Policy::LINUX
        .with_max_length(usize::MAX)
        .with_min_length(usize::MAX);
    assert_eq!(policy.max_length(), INSPECTION_LIMIT);
    assert_eq!(policy.min_length(), INSPECTION_LIMIT);
    assert_eq!(verdict(policy, &of_length(4096), None), ["ok"]);
    assert_eq!(verdict(policy, &of_length(4095), None), ["too_short"]);
    assert_eq!(verdict(policy, &of_length(4097), None), ["too_long"]);
}
