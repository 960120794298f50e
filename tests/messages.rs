//! Message wording, word for word, in English and Simplified Chinese (the
//! way semver's `tests/test_version.rs` pins its error messages).

use cvm_password::{Api, Lang, Os, Policy, Reading, Rules, Sink, Specials, Template};

/// Every message of a check, in `lang`.
fn messages(policy: Policy, password: &str, username: Option<&str>, lang: Lang) -> Vec<String> {
    match policy.check(password, username) {
        Ok(accepted) => accepted
            .warnings()
            .map(|w| w.message(lang).to_string())
            .collect(),
        Err(rejected) => rejected
            .violations()
            .map(|v| v.message(lang).to_string())
            .collect(),
    }
}

fn en(policy: Policy, password: &str) -> Vec<String> {
    messages(policy, password, None, Lang::En)
}

fn zh(policy: Policy, password: &str) -> Vec<String> {
    messages(policy, password, None, Lang::ZhCn)
}

#[test]
fn too_short() {
    assert_eq!(
        en(Policy::LINUX, "aB3!efg"),
        ["password is too short: 7 characters, at least 8 required"]
    );
    assert_eq!(
        zh(Policy::LINUX, "aB3!efg"),
        ["密码太短：7 个字符，至少需要 8 个"]
    );
    assert_eq!(
        en(Policy::WINDOWS.with_required_categories(0), "a"),
        ["password is too short: 1 character, at least 12 required"]
    );
}

#[test]
fn too_long() {
    let password = "aB3!".repeat(8);
    assert_eq!(
        en(Policy::WINDOWS, &password[..31]),
        ["password is too long: 31 characters, at most 30 allowed"]
    );
    assert_eq!(
        zh(Policy::WINDOWS, &password[..31]),
        ["密码太长：31 个字符，最多允许 30 个"]
    );
    let huge = "aB3!".repeat(5000);
    assert_eq!(
        en(Policy::WINDOWS, &huge),
        ["password is too long: more than 4096 characters, at most 30 allowed"]
    );
    assert_eq!(
        zh(Policy::WINDOWS, &huge),
        ["密码太长：超过 4096 个字符，最多允许 30 个"]
    );
}

/// At exactly the inspection limit the length is still known; one character
/// more and it is not.
#[test]
fn too_long_at_the_inspection_limit() {
    let at_limit = "aB3!".repeat(1024);
    assert_eq!(
        en(Policy::WINDOWS, &at_limit),
        ["password is too long: 4096 characters, at most 30 allowed"]
    );
    assert_eq!(
        zh(Policy::WINDOWS, &at_limit),
        ["密码太长：4096 个字符，最多允许 30 个"]
    );
    let past_limit = at_limit + "a";
    assert_eq!(
        en(Policy::WINDOWS, &past_limit),
        ["password is too long: more than 4096 characters, at most 30 allowed"]
    );
    assert_eq!(
        zh(Policy::WINDOWS, &past_limit),
        ["密码太长：超过 4096 个字符，最多允许 30 个"]
    );
}

#[test]
fn leading_slash() {
    assert_eq!(
        en(Policy::LINUX, "/aB3efghijklm"),
        ["password must not start with '/'"]
    );
    assert_eq!(zh(Policy::LINUX, "/aB3efghijklm"), ["密码不能以“/”开头"]);
}

#[test]
fn too_few_categories() {
    assert_eq!(
        en(Policy::LINUX, "abcdefgh1234"),
        ["password has too few character categories: 2 (lowercase letters, digits), at least 3 of 4 required"]
    );
    assert_eq!(
        zh(Policy::LINUX, "abcdefgh1234"),
        ["密码包含的字符类别太少：2 类（小写字母、数字），至少需要 4 类中的 3 类"]
    );
    assert_eq!(
        en(Policy::LINUX, "ABCDEFGH!!!!"),
        ["password has too few character categories: 2 (uppercase letters, special characters), at least 3 of 4 required"]
    );
    assert_eq!(
        zh(Policy::LINUX, "ABCDEFGH!!!!"),
        ["密码包含的字符类别太少：2 类（大写字母、特殊字符），至少需要 4 类中的 3 类"]
    );
    let none = Policy::LINUX.with_min_length(0);
    assert_eq!(
        en(none, ""),
        ["password has too few character categories: 0, at least 3 of 4 required"]
    );
    assert_eq!(
        zh(none, ""),
        ["密码包含的字符类别太少：0 类，至少需要 4 类中的 3 类"]
    );
    assert_eq!(
        en(Policy::LINUX.with_required_categories(4), "abcABC123456"),
        ["password has too few character categories: 3 (lowercase letters, uppercase letters, digits), at least 4 of 4 required"]
    );
}

#[test]
fn disallowed_character() {
    assert_eq!(
        en(Policy::LINUX, "aB3!efgh ijkl"),
        ["password contains 1 disallowed character: only ASCII letters, digits and the allowed special characters can be used"]
    );
    assert_eq!(
        en(Policy::LINUX, "aB3!efgh\u{3000}ijk\u{e9}"),
        ["password contains 2 disallowed characters: only ASCII letters, digits and the allowed special characters can be used"]
    );
    assert_eq!(
        zh(Policy::LINUX, "aB3!efgh\u{3000}ijk\u{e9}"),
        ["密码包含 2 个不允许的字符：只能使用 ASCII 字母、数字和允许的特殊字符"]
    );
}

#[test]
fn contains_username() {
    assert_eq!(
        en(Policy::WINDOWS, "1!xADMINISTRATOR"),
        ["password must not contain the username, in any letter case"]
    );
    assert_eq!(
        zh(Policy::WINDOWS, "1!xADMINISTRATOR"),
        ["密码不能包含用户名（不区分大小写）"]
    );
}

#[test]
fn shorter_than_recommended() {
    assert_eq!(
        en(Policy::LINUX, "aB3!efgh"),
        ["password is shorter than recommended: 8 characters, at least 12 recommended"]
    );
    assert_eq!(
        zh(Policy::LINUX, "aB3!efgh"),
        ["密码短于建议长度：8 个字符，建议至少 12 个"]
    );
    assert_eq!(en(Policy::LINUX, "aB3!efghijklm"), Vec::<String>::new());
}

#[test]
fn display_is_english() {
    let rejected = Policy::LINUX.check("/ab", None).unwrap_err();
    for v in rejected.violations() {
        assert_eq!(v.to_string(), v.message(Lang::En).to_string());
    }
    assert_eq!(
        rejected.to_string(),
        "password is too short: 3 characters, at least 8 required; \
         password must not start with '/'; \
         password has too few character categories: 2 (lowercase letters, special characters), at least 3 of 4 required"
    );
    let accepted = Policy::LINUX.check("aB3!efgh", None).unwrap();
    for w in accepted.warnings() {
        assert_eq!(w.to_string(), w.message(Lang::En).to_string());
    }
}

#[test]
fn messages_follow_the_house_style() {
    // Lowercase start, no trailing period, in every language.
    let cases = [
        (Policy::LINUX, ""),
        (Policy::LINUX, "/ab é"),
        (Policy::WINDOWS, "administrator"),
        (Policy::WINDOWS, &"a".repeat(5000)),
        (Policy::LINUX, "aB3!efgh"),
    ];
    for (policy, password) in cases {
        for lang in [Lang::En, Lang::ZhCn] {
            for message in messages(policy, password, None, lang) {
                assert!(
                    !message.ends_with('.') && !message.ends_with('。'),
                    "{message}"
                );
                let first = message.chars().next().unwrap();
                assert!(!first.is_uppercase(), "{message}");
            }
        }
    }
}

#[test]
fn language_tags() {
    for (tag, lang) in [
        ("en", Some(Lang::En)),
        ("EN", Some(Lang::En)),
        ("en-US", Some(Lang::En)),
        ("en_GB", Some(Lang::En)),
        ("zh", Some(Lang::ZhCn)),
        ("zh-CN", Some(Lang::ZhCn)),
        ("zh_cn", Some(Lang::ZhCn)),
        ("zh-Hans", Some(Lang::ZhCn)),
        ("zh-Hans-CN", Some(Lang::ZhCn)),
        ("zh-SG", Some(Lang::ZhCn)),
        ("zh-TW", None),
        ("zh-Hant", None),
        ("fr", None),
        ("", None),
        ("-", None),
    ] {
        assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
    }
    assert_eq!(Lang::En.tag(), "en");
    assert_eq!(Lang::ZhCn.tag(), "zh-CN");
    assert_eq!(Lang::default(), Lang::En);
}

/// A violation's or warning's figures, an `ExactSizeIterator`: as many
/// left, at each step, as it goes on to give.
#[test]
fn figures_know_how_many_are_left() {
    let mut seen = 0;
    for (policy, password, username) in [
        (Policy::WINDOWS, "/ab d", None),
        (Policy::LINUX, "a".repeat(40).as_str(), None),
        (Policy::WINDOWS, "xAdministrator1", Some("Administrator")),
        (Policy::LINUX, "abcDEF12", None),
    ] {
        let figures: Vec<_> = match policy.check(password, username) {
            Ok(accepted) => accepted.warnings().map(|w| w.figures()).collect(),
            Err(rejected) => rejected.violations().map(|v| v.figures()).collect(),
        };
        for mut figures in figures {
            let all = figures.clone().count();
            for left in (0..=all).rev() {
                assert_eq!(figures.len(), left, "{password}");
                assert_eq!(figures.size_hint(), (left, Some(left)));
                assert_eq!(figures.next().is_some(), left > 0);
            }
            seen += all;
        }
    }
    assert!(seen >= 8, "the cases have figures to count: {seen}");
}

/// Each line of `rules` in `lang`.
fn summary(rules: Rules, lang: Lang) -> Vec<String> {
    rules
        .summary()
        .map(|rule| rule.message(lang).to_string())
        .collect()
}

const DISALLOWED: &str = "disallowed: every other character, such as space, '\"', '\\', control characters and anything outside ASCII";
const SPECIALS: &str = "special characters: !#$%&'()*+,-./:;<=>?@[]^_`{|}~";
const CATEGORIES: &str = "character categories: at least 3 of 4: lowercase letters, uppercase letters, digits, special characters";

#[test]
fn the_rules_in_words_each_line() {
    assert_eq!(
        summary(Policy::LINUX.rules(), Lang::En),
        [
            "Linux rules of cvm:ResetInstancesPassword",
            "length: 8 to 30 characters; fewer than 12 are accepted with a warning",
            CATEGORIES,
            SPECIALS,
            DISALLOWED,
            "first character: must not be '/'",
            "username: not checked",
        ]
    );
    assert_eq!(
        summary(Policy::WINDOWS.rules(), Lang::En),
        [
            "Windows rules of cvm:ResetInstancesPassword",
            "length: 12 to 30 characters",
            CATEGORIES,
            SPECIALS,
            DISALLOWED,
            "first character: must not be '/'",
            "username: must not appear in the password, in any letter case; without a username, Administrator",
        ]
    );
    // Letters as one class; no leading `/` rule; a heading without a preset.
    let batch = Policy::LINUX
        .with_max_length(16)
        .with_required_categories(2)
        .with_letters_as_one(true)
        .with_specials(Specials::from_ascii("!#$%&'()*+,-./:;=?@[]^`{|}~"))
        .with_leading_slash_banned(false);
    assert_eq!(
        summary(Rules::of_api(batch, "batch:SubmitJob"), Lang::En),
        [
            "rules of batch:SubmitJob",
            "length: 8 to 16 characters; fewer than 12 are accepted with a warning",
            "character classes: at least 2 of 3: letters of either case, digits, special characters",
            "special characters: !#$%&'()*+,-./:;=?@[]^`{|}~",
            DISALLOWED,
            "username: not checked",
        ]
    );
    // A recommendation below the minimum says nothing; a space allowed is
    // not disallowed; `/` and other banned first characters, each a line.
    let custom = Policy::LINUX
        .with_min_length(14)
        .with_space_allowed(true)
        .with_first_banned(Specials::from_ascii("/!").alphabet())
        .with_username_banned(true);
    assert_eq!(
        summary(custom.rules(), Lang::En),
        [
            "rules of cvm:ResetInstancesPassword",
            "length: 14 to 30 characters",
            CATEGORIES,
            "special characters:  !#$%&'()*+,-./:;<=>?@[]^_`{|}~",
            "disallowed: every other character, such as '\"', '\\', control characters and anything outside ASCII",
            "first character: must not be '/'",
            "first character: must not be any of !",
            "username: must not appear in the password, in any letter case; without a username, Administrator",
        ]
    );
}

#[test]
fn the_rules_in_words_each_line_in_chinese() {
    assert_eq!(
        summary(Policy::LINUX.rules(), Lang::ZhCn),
        [
            "cvm:ResetInstancesPassword 的 Linux 规则",
            "长度：8 到 30 个字符；少于 12 个字符可以通过，但会给出警告",
            "字符类别：4 类中至少 3 类：小写字母、大写字母、数字、特殊字符",
            "特殊字符：!#$%&'()*+,-./:;<=>?@[]^_`{|}~",
            "不允许：其他任何字符，如空格、“\"”、“\\”、控制字符和非 ASCII 字符",
            "首字符：不能是“/”",
            "用户名：不检查",
        ]
    );
    let emr = Policy::LINUX
        .with_max_length(16)
        .with_required_categories(4)
        .with_recommended_min_length(8)
        .with_specials(Specials::from_ascii("!%*@^"))
        .with_first_banned(Specials::from_ascii("!%*@^").alphabet())
        .with_leading_slash_banned(false)
        .with_username_banned(true);
    assert_eq!(
        summary(Rules::of_api(emr, "emr:CreateCluster"), Lang::ZhCn),
        [
            "emr:CreateCluster 的规则",
            "长度：8 到 16 个字符",
            "字符类别：4 类中至少 4 类：小写字母、大写字母、数字、特殊字符",
            "特殊字符：!%*@^",
            "不允许：其他任何字符，如空格、“\"”、“\\”、控制字符和非 ASCII 字符",
            "首字符：不能是下列字符：!%*@^",
            "用户名：密码不能包含用户名（不区分大小写）；未指定用户名时为 Administrator",
        ]
    );
    assert_eq!(
        summary(Policy::WINDOWS.rules(), Lang::ZhCn)[0],
        "cvm:ResetInstancesPassword 的 Windows 规则"
    );
}

/// A finding of a checked password is its violation or its warning: the
/// same value, the same English message, and a `Debug` of its figures.
#[test]
fn a_finding_is_its_violation_or_warning() {
    let rejected = Api::DEFAULT.check("/ab d", [Os::Windows], None, Reading::Common);
    let violations: Vec<_> = rejected.violations().unwrap().collect();
    let findings: Vec<_> = rejected.findings().collect();
    assert_eq!(findings.len(), 4);
    for (finding, violation) in findings.iter().zip(&violations) {
        assert_eq!(finding.violation(), Some(*violation));
        assert_eq!(finding.warning(), None);
        assert_eq!(finding.to_string(), violation.message(Lang::En).to_string());
    }
    assert_eq!(
        format!("{:?}", findings[0]),
        r#"Finding { api: "cvm:ResetInstancesPassword", kind: Violation(TooShort { length: 5, min: 12 }), instance_id: None }"#
    );

    let accepted = Api::DEFAULT.check("abcDEF12", [Os::Linux], None, Reading::Common);
    let finding = accepted.findings().next().unwrap();
    let warning = accepted.warnings().next().unwrap();
    assert_eq!(finding.warning(), Some(warning));
    assert_eq!(finding.violation(), None);
    assert_eq!(
        finding.to_string(),
        "password is shorter than recommended: 8 characters, at least 12 recommended"
    );
}

/// Collects what a message writes, piece by piece.
struct Pieces(Vec<String>);

impl Sink for Pieces {
    fn push_str(&mut self, s: &str) {
        self.0.push(s.to_owned());
    }
}

#[test]
fn a_message_writes_through_a_borrowed_sink_as_through_its_own() {
    let rejected = Policy::LINUX.check("abc", None).unwrap_err();
    let message = rejected.violations().next().unwrap().message(Lang::En);
    let mut own = Pieces(Vec::new());
    message.write_to(&mut own);
    let mut borrowed = Pieces(Vec::new());
    message.write_to(&mut &mut borrowed);
    assert_eq!(
        own.0.concat(),
        "password is too short: 3 characters, at least 8 required"
    );
    assert_eq!(borrowed.0, own.0);
}

/// The figures `{name}` of a template's text, in order.
fn figures_of(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .map(|rest| rest.split_once('}').map_or(rest, |(name, _)| name))
        .collect()
}

/// One table of templates: each key once, in lowercase ASCII, and each
/// text with the same figures in both languages.
#[test]
fn every_template_has_one_key_and_the_same_figures_in_both_languages() {
    let mut keys = std::collections::HashSet::new();
    for template in Template::ALL {
        let key = template.key();
        assert!(keys.insert(key), "{key} twice");
        assert!(
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'),
            "{key}"
        );
        let mut en = figures_of(template.text(Lang::En));
        let mut zh = figures_of(template.text(Lang::ZhCn));
        en.sort_unstable();
        zh.sort_unstable();
        assert_eq!(en, zh, "{key}");
    }
    let too_long = Template::ALL
        .iter()
        .find(|t| t.key() == "violation.too_long")
        .unwrap();
    assert_eq!(
        too_long.text(Lang::En),
        "password is too long: {length}, at most {max} allowed"
    );
    assert_eq!(
        too_long.text(Lang::ZhCn),
        "密码太长：{length}，最多允许 {max} 个"
    );
}
