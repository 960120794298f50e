//! The verdict of `check` and `preflight` in words; `--json` is the core's
//! own description ([`Report`](cvm_password::Report)).

use std::fmt::Write as _;

use cvm_password::{Api, Finding, Lang, Policy, Severity};

/// What a pre-flight could not check, said after the text report.
#[derive(Clone, Copy)]
pub enum Note {
    NoRegion,
    NoInstanceFacts,
    UnknownOs,
}

/// A first line with the verdict and the rules, then one line per finding:
/// `error CODE [API_ERROR_CODE]: MESSAGE (INSTANCE_ID)` or
/// `warning CODE: MESSAGE (INSTANCE_ID)`, then the notes.
pub fn text(
    ok: bool,
    api: &Api,
    policy: Policy,
    findings: impl IntoIterator<Item = Finding>,
    notes: &[Note],
    lang: Lang,
) -> String {
    // The default API's rules are Linux or Windows; another's, its own.
    let rules = if api == Api::DEFAULT {
        policy.label(lang)
    } else {
        api.name()
    };
    let mut out = match (lang, ok) {
        (Lang::ZhCn, true) => format!("通过（{rules} 规则）\n"),
        (Lang::ZhCn, false) => format!("未通过（{rules} 规则）\n"),
        (_, true) => format!("accepted ({rules} rules)\n"),
        (_, false) => format!("rejected ({rules} rules)\n"),
    };
    for finding in findings {
        let severity = match (lang, finding.severity()) {
            (Lang::ZhCn, Severity::Error) => "错误",
            (Lang::ZhCn, _) => "警告",
            (_, Severity::Error) => "error",
            (_, _) => "warning",
        };
        let _ = write!(out, "{severity} {}", finding.code());
        if let Some(code) = finding.api_error_code() {
            let _ = write!(out, " [{code}]");
        }
        let _ = write!(out, ": {}", finding.message(lang));
        if let Some(id) = finding.instance_id() {
            let _ = write!(out, " ({id})");
        }
        out.push('\n');
    }
    for note in notes {
        out.push_str(note.text(lang));
        out.push('\n');
    }
    out
}

impl Note {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Note::NoRegion, Lang::ZhCn) => "注意：未指定地域（Region 或 --region），未检查地域",
            (Note::NoRegion, _) => {
                "note: no region given (Region or --region), so the region is not checked"
            }
            (Note::NoInstanceFacts, Lang::ZhCn) => {
                "注意：未提供实例信息（--instances），未检查实例状态，每个实例按 Windows 处理"
            }
            (Note::UnknownOs, Lang::ZhCn) => {
                "注意：操作系统未知（--os、--images 或 --instances），按最严格的规则检查"
            }
            (Note::UnknownOs, _) => {
                "note: the OS is not known (--os, --images or --instances), so the strictest rules apply"
            }
            (Note::NoInstanceFacts, _) => {
                "note: no instance facts given (--instances), so states are not checked \
                 and every instance counts as Windows"
            }
        }
    }
}
