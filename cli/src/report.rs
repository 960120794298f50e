//! The verdict of `check` and `preflight`, written as text or as JSON.

use std::fmt::Write as _;

use cvm_password::{Api, ApiVerdict, Category, Figure, Figures, Lang, Outcome, Policy, Severity};
use serde::{Serialize, Serializer};
use serde_json::Value;

/// A verdict, in the language it was made for.
pub struct Report {
    ok: bool,
    api: &'static Api,
    policy: Policy,
    items: Vec<Item>,
    notes: Vec<Note>,
}

/// One violation or warning: the shape of each entry of `--json`.
#[derive(Serialize)]
struct Item {
    #[serde(skip)]
    severity: Severity,
    code: &'static str,
    api_error_code: Option<&'static str>,
    message: String,
    /// The core's figures, by the core's names.
    #[serde(flatten)]
    figures: Fields,
    /// The request parameter concerned, such as `InstanceIds.3`: pre-flight
    /// only.
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    instance_index: Option<usize>,
    /// Only for a well-formed id: a malformed one may be anything, a
    /// password pasted in the wrong place included.
    #[serde(skip_serializing_if = "Option::is_none")]
    instance_id: Option<String>,
}

/// What a pre-flight could not check, said after the text report.
#[derive(Clone, Copy)]
pub enum Note {
    NoRegion,
    NoInstanceFacts,
    UnknownOs,
}

#[derive(Serialize)]
struct Json<'a> {
    ok: bool,
    api: &'static str,
    policy: &'static str,
    violations: Vec<&'a Item>,
    warnings: Vec<&'a Item>,
}

impl Report {
    pub fn from_check(
        verdict: &ApiVerdict,
        api: &'static Api,
        policy: Policy,
        lang: Lang,
    ) -> Report {
        let items = match verdict.result() {
            Ok(_) => verdict
                .warnings()
                .map(|w| {
                    let message = w.message(lang).to_string();
                    Item::new(Severity::Warning, w.code(), None, message, w.figures())
                })
                .collect(),
            Err(rejected) => rejected
                .violations()
                .map(|v| {
                    let message = v.message(lang).to_string();
                    let code = api.password_error_code();
                    Item::new(Severity::Error, v.code(), code, message, v.figures())
                })
                .collect(),
        };
        Report {
            ok: verdict.is_ok(),
            api,
            policy,
            items,
            notes: Vec::new(),
        }
    }

    pub fn from_outcome(outcome: &Outcome, lang: Lang, notes: Vec<Note>) -> Report {
        let items = outcome
            .findings()
            .map(|f| {
                let message = f.message(lang).to_string();
                let mut item = Item::new(
                    f.severity(),
                    f.code(),
                    f.api_error_code(),
                    message,
                    f.figures(),
                );
                item.parameter = f.parameter().map(|p| p.to_string());
                item.instance_index = f.instance_index();
                item.instance_id = f.instance_id().map(str::to_owned);
                item
            })
            .collect();
        Report {
            ok: outcome.is_ok(),
            api: outcome.api(),
            policy: outcome.policy(),
            items,
            notes,
        }
    }

    /// Whether the request would be accepted: exit status 0, else 1.
    pub fn is_ok(&self) -> bool {
        self.ok
    }

    /// A first line with the verdict and the rules, then one line per
    /// problem: `error CODE [API_ERROR_CODE]: MESSAGE (INSTANCE_ID)` or
    /// `warning CODE: MESSAGE (INSTANCE_ID)`, then the notes.
    pub fn text(&self, lang: Lang) -> String {
        // The default API's rules are Linux or Windows; another's, its own.
        let rules = if self.api == Api::DEFAULT {
            self.policy.label(lang)
        } else {
            self.api.name()
        };
        let mut out = match (lang, self.ok) {
            (Lang::ZhCn, true) => format!("通过（{rules} 规则）\n"),
            (Lang::ZhCn, false) => format!("未通过（{rules} 规则）\n"),
            (_, true) => format!("accepted ({rules} rules)\n"),
            (_, false) => format!("rejected ({rules} rules)\n"),
        };
        for item in &self.items {
            let severity = match (lang, item.severity) {
                (Lang::ZhCn, Severity::Error) => "错误",
                (Lang::ZhCn, _) => "警告",
                (_, Severity::Error) => "error",
                (_, _) => "warning",
            };
            let _ = write!(out, "{severity} {}", item.code);
            if let Some(api) = item.api_error_code {
                let _ = write!(out, " [{api}]");
            }
            let _ = write!(out, ": {}", item.message);
            if let Some(id) = &item.instance_id {
                let _ = write!(out, " ({id})");
            }
            out.push('\n');
        }
        for note in &self.notes {
            out.push_str(note.text(lang));
            out.push('\n');
        }
        out
    }

    /// `{"ok", "api", "policy", "violations": [...], "warnings": [...]}`, pretty.
    pub fn json(&self) -> String {
        let (violations, warnings) = self
            .items
            .iter()
            .partition(|item| item.severity == Severity::Error);
        let json = Json {
            ok: self.ok,
            api: self.api.name(),
            policy: self.policy.name(),
            violations,
            warnings,
        };
        to_json(&json)
    }
}

impl Item {
    fn new(
        severity: Severity,
        code: &'static str,
        api_error_code: Option<&'static str>,
        message: String,
        figures: Figures,
    ) -> Item {
        Item {
            severity,
            code,
            api_error_code,
            message,
            figures: figures
                .map(|(name, figure)| (name, figure_json(figure)))
                .collect(),
            parameter: None,
            instance_index: None,
            instance_id: None,
        }
    }
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

/// A figure as JSON: a number, or a list of category names.
fn figure_json(figure: Figure) -> Value {
    match figure {
        Figure::Count(n) => n.into(),
        Figure::Categories(set) => set.iter().map(Category::name).collect(),
        Figure::Characters(set) => set.to_string().into(),
        Figure::Text(text) => text.into(),
        // A figure of a kind this tool predates: its name is still there.
        _ => Value::Null,
    }
}

/// Named values, written as a JSON object in the order they come: the
/// core's order, which a `Map` would sort.
pub struct Fields(Vec<(&'static str, Value)>);

impl FromIterator<(&'static str, Value)> for Fields {
    fn from_iter<I: IntoIterator<Item = (&'static str, Value)>>(iter: I) -> Fields {
        Fields(iter.into_iter().collect())
    }
}

impl Serialize for Fields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, value)| (name, value)))
    }
}

/// Pretty JSON and a line break.
pub fn to_json(value: &impl Serialize) -> String {
    // Serializing plain structs of strings, numbers and booleans cannot fail.
    let mut json = serde_json::to_string_pretty(value).unwrap_or_default();
    json.push('\n');
    json
}
