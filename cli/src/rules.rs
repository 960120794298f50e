//! `rules`: the password policy of an OS, in words and as JSON, derived
//! from the policy itself.

use std::fmt::Write as _;

use cvm_password::{Category, Lang, Os, Policy};
use serde::Serialize;

use crate::args::Target;
use crate::report::{policy_name, rules_label, to_json};

/// The shape of `rules --json`.
#[derive(Serialize)]
struct Json {
    os: &'static str,
    policy: &'static str,
    min_length: usize,
    max_length: usize,
    recommended_min_length: usize,
    required_categories: usize,
    categories: Vec<&'static str>,
    specials: String,
    space_allowed: bool,
    bans_leading_slash: bool,
    bans_username: bool,
    default_username: Option<&'static str>,
    summary: Vec<String>,
}

pub fn text(target: Target, lang: Lang) -> String {
    let mut out = String::new();
    for line in summary(target, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

pub fn json(target: Target, lang: Lang) -> String {
    let policy = target.policy();
    to_json(&Json {
        os: target.name(),
        policy: policy_name(policy),
        min_length: policy.min_length(),
        max_length: policy.max_length(),
        recommended_min_length: policy.recommended_min_length(),
        required_categories: policy.required_categories(),
        categories: Category::ALL.iter().map(|c| c.name()).collect(),
        specials: policy.specials().to_string(),
        space_allowed: policy.space_allowed(),
        bans_leading_slash: policy.bans_leading_slash(),
        bans_username: policy.bans_username(),
        default_username: default_username(policy),
        summary: summary(target, lang),
    })
}

/// The name the username rule looks for when no `UserName` is given.
fn default_username(policy: Policy) -> Option<&'static str> {
    policy
        .bans_username()
        .then_some(Os::Windows.default_username())
}

/// The rules in words, a heading and one line per rule.
fn summary(target: Target, lang: Lang) -> Vec<String> {
    let policy = target.policy();
    let rules = rules_label(policy);
    let (min, max) = (policy.min_length(), policy.max_length());
    let recommended = policy.recommended_min_length();
    let required = policy.required_categories();
    let specials = policy.specials();
    let zh = lang == Lang::ZhCn;

    let mut lines = Vec::new();
    lines.push(match (zh, target == Target::Mixed) {
        (false, false) => format!("{rules} rules of ResetInstancesPassword"),
        (false, true) => format!(
            "{rules} rules of ResetInstancesPassword, for a mix of Linux and Windows instances"
        ),
        (true, false) => format!("ResetInstancesPassword 的 {rules} 规则"),
        (true, true) => {
            format!(
                "ResetInstancesPassword 的 {rules} 规则（同时包含 Linux 和 Windows 实例时适用）"
            )
        }
    });
    let mut length = if zh {
        format!("长度：{min} 到 {max} 个字符")
    } else {
        format!("length: {min} to {max} characters")
    };
    if recommended > min {
        let _ = if zh {
            write!(length, "；少于 {recommended} 个字符可以通过，但会给出警告")
        } else {
            write!(
                length,
                "; fewer than {recommended} are accepted with a warning"
            )
        };
    }
    lines.push(length);
    let categories: Vec<String> = Category::ALL
        .iter()
        .map(|c| {
            if zh {
                chinese(*c).to_owned()
            } else {
                c.to_string()
            }
        })
        .collect();
    lines.push(if zh {
        format!(
            "字符类别：4 类中至少 {required} 类：{}",
            categories.join("、")
        )
    } else {
        format!(
            "character categories: at least {required} of 4: {}",
            categories.join(", ")
        )
    });
    lines.push(if zh {
        format!("特殊字符：{specials}")
    } else {
        format!("special characters: {specials}")
    });
    lines.push(if zh {
        "不允许：其他任何字符，如空格、“\"”、“\\”、控制字符和非 ASCII 字符".to_owned()
    } else {
        "disallowed: every other character, such as space, '\"', '\\', control characters and \
         anything outside ASCII"
            .to_owned()
    });
    if policy.bans_leading_slash() {
        lines.push(if zh {
            "首字符：不能是“/”".to_owned()
        } else {
            "first character: must not be '/'".to_owned()
        });
    }
    lines.push(match (zh, default_username(policy)) {
        (false, None) => "username: not checked".to_owned(),
        (false, Some(name)) => format!(
            "username: must not appear in the password, in any letter case; without --user, {name}"
        ),
        (true, None) => "用户名：不检查".to_owned(),
        (true, Some(name)) => {
            format!("用户名：密码不能包含用户名（不区分大小写）；未指定 --user 时为 {name}")
        }
    });
    lines
}

fn chinese(c: Category) -> &'static str {
    match c {
        Category::Lowercase => "小写字母",
        Category::Uppercase => "大写字母",
        Category::Digit => "数字",
        _ => "特殊字符",
    }
}
