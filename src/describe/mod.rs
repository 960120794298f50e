//! The crate describing itself: its rules, its APIs and its findings, as
//! JSON, once. The CLI's `--json`, the Python package's dicts and the
//! WebAssembly package's `rules()` and `apis()` are this description; no
//! front end maps a field by hand.

mod finding;
mod writer;

pub use self::finding::{Finding, Findings};
pub use self::writer::Json;

use crate::api::{Api, ApiVerdict, Mix};
use crate::message::{Lang, Sink};
use crate::policy::{Category, Figure, Policy};
use crate::rules::{RuleValue, Rules};

/// What the crate describes as JSON, the one description every front end
/// takes: [`Rules`], an [`Api`], the [`Catalogue`] of every API, and the
/// [`Report`] of a check or a pre-flight.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use cvm_password::{Describe, Policy};
///
/// let mut json = String::new();
/// Policy::LINUX.rules().write_json(&mut json, false);
/// assert!(json.starts_with(r#"{"policy":"linux","min_length":8,"max_length":30,"#));
/// # }
/// ```
pub trait Describe {
    /// Writes the JSON description into `sink`: compact, or pretty (two
    /// spaces a level, as `serde_json` writes it).
    fn write_json(&self, sink: &mut dyn Sink, pretty: bool) {
        self.describe(&mut Json::new(sink, pretty));
    }

    /// The description, as a value of `json`; what
    /// [`write_json`](Describe::write_json) writes.
    #[doc(hidden)]
    fn describe(&self, json: &mut Json<'_>);
}

#[cfg(feature = "std")]
impl Sink for std::string::String {
    fn push_str(&mut self, s: &str) {
        std::string::String::push_str(self, s);
    }
}

/// The fields of [`Rules::fields`], by their names: numbers, flags,
/// strings, `null`, and lists of category names.
impl Describe for Rules {
    fn describe(&self, json: &mut Json<'_>) {
        json.object(|json| {
            for (field, value) in self.fields() {
                json.key(field.name());
                match value {
                    RuleValue::Count(n) => json.count(n),
                    RuleValue::Flag(flag) => json.flag(flag),
                    RuleValue::Name(name) => json.optional(name),
                    RuleValue::Specials(specials) => {
                        json.string_with(|out| ascii(out, specials.iter()));
                    }
                    RuleValue::Categories(set) => json.strings(set.iter().map(Category::name)),
                    RuleValue::Characters(set) => json.string_with(|out| ascii(out, set)),
                }
            }
        });
    }
}

/// One API: `name`, `family` (its name) and `letter` (SPEC's), `mix`
/// (`windows` or `strictest`), `takes_username`, `password_error_code`
/// (`null` where the vendor lists none), `error_codes` (every code a
/// finding for it can have), `parameters` (of its body, where the
/// pre-flight reads it, else `null`), `sources` (each with its citation
/// and its `linux` and `windows` rules) and `disputes`.
impl Describe for Api {
    fn describe(&self, json: &mut Json<'_>) {
        json.object(|json| {
            json.key("name").string(self.name());
            json.key("family").string(self.family().name());
            json.key("letter")
                .string_with(|out| out.push_ascii(self.family().letter()));
            json.key("mix").string(match self.mix() {
                Mix::Windows => "windows",
                Mix::Strictest => "strictest",
            });
            json.key("takes_username").flag(self.takes_username());
            json.key("password_error_code")
                .optional(self.password_error_code());
            json.key("error_codes")
                .strings(Finding::api_error_codes(self));
            json.key("parameters");
            match self.parameters() {
                Some(parameters) => json.strings(parameters.iter().copied()),
                None => json.null(),
            }
            json.key("sources").array(|json| {
                for source in self.sources() {
                    json.object(|json| {
                        json.key("label").string(source.label());
                        json.key("package").optional(source.package());
                        json.key("file").string(source.file());
                        json.key("parameter").optional(source.parameter());
                        json.key("fingerprint").optional(source.fingerprint());
                        json.key("linux");
                        source.linux().rules().describe(json);
                        json.key("windows");
                        source.windows().rules().describe(json);
                    });
                }
            });
            json.key("disputes").array(|json| {
                for dispute in self.disputes() {
                    json.object(|json| {
                        json.key("rule").string(dispute.code());
                        json.key("refused_by").string(dispute.refused_by());
                        json.key("accepted_by").string(dispute.accepted_by());
                    });
                }
            });
        });
    }
}

/// Every API ([`Api::ALL`]) and every parameter left unmapped
/// ([`Api::UNMAPPED`]), with their counts: what `cvm-password apis --json`
/// prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Catalogue;

impl Describe for Catalogue {
    fn describe(&self, json: &mut Json<'_>) {
        json.object(|json| {
            json.key("counts").object(|json| {
                json.key("apis").count(Api::ALL.len());
                json.key("mapped_parameters").count(mapped_parameters());
                json.key("unmapped_parameters").count(Api::UNMAPPED.len());
            });
            json.key("apis").array(|json| {
                for api in Api::ALL {
                    api.describe(json);
                }
            });
            json.key("unmapped").array(|json| {
                for unmapped in Api::UNMAPPED {
                    json.object(|json| {
                        json.key("name").string(unmapped.name());
                        json.key("file").string(unmapped.file());
                        json.key("parameter").optional(unmapped.parameter());
                        json.key("fingerprint").optional(unmapped.fingerprint());
                        json.key("reason").string(unmapped.reason());
                    });
                }
            });
        });
    }
}

impl Catalogue {
    /// How many distinct parameters of the metadata the APIs cite: some
    /// APIs cite several (TKE's), and a parameter may serve several APIs.
    pub fn mapped_parameters() -> usize {
        mapped_parameters()
    }
}

fn mapped_parameters() -> usize {
    let cited = || {
        Api::ALL
            .iter()
            .flat_map(Api::sources)
            .filter_map(|s| Some((s.file(), s.parameter()?)))
    };
    cited()
        .enumerate()
        .filter(|(i, citation)| !cited().take(*i).any(|earlier| earlier == *citation))
        .count()
}

/// A finding: `code`, `api_error_code`, `message`, its figures by name,
/// then for a request's the `parameter`, `instance_index` and
/// `instance_id` it has.
fn finding(json: &mut Json<'_>, finding: &Finding, lang: Lang) {
    json.object(|json| {
        json.key("code").string(finding.code());
        json.key("api_error_code")
            .optional(finding.api_error_code());
        json.key("message")
            .string_with(|out| finding.message(lang).write_to(out));
        for (name, figure) in finding.figures() {
            json.key(name);
            match figure {
                Figure::Count(n) => json.count(n),
                Figure::Categories(set) => json.strings(set.iter().map(Category::name)),
                Figure::Characters(set) => json.string_with(|out| ascii(out, set)),
                Figure::Text(text) => json.string(text),
            }
        }
        if let Some(parameter) = finding.parameter() {
            json.key("parameter").string_with(|out| {
                out.push_str(parameter.name());
                if let Some(index) = parameter.index() {
                    out.push_str(".");
                    out.push_count(index);
                }
            });
        }
        if let Some(index) = finding.instance_index() {
            json.key("instance_index").count(index);
        }
        if let Some(id) = finding.instance_id() {
            json.key("instance_id").string(id);
        }
    });
}

/// The findings of a check or a pre-flight, in a language: `ok`, `api`,
/// `policy` (its name), then the `violations` (errors) and `warnings`,
/// each a [`Finding`] as JSON.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use cvm_password::{Api, Describe, Lang, Os, Reading};
///
/// let verdict = Api::DEFAULT.check("abc123ABC!@", [Os::Linux], None, Reading::Common);
/// let mut json = String::new();
/// verdict.report(Lang::En).write_json(&mut json, false);
/// assert_eq!(json, concat!(
///     r#"{"ok":true,"api":"cvm:ResetInstancesPassword","policy":"linux","violations":[],"#,
///     r#""warnings":[{"code":"shorter_than_recommended","api_error_code":null,"#,
///     r#""message":"password is shorter than recommended: 11 characters, at least 12 recommended","#,
///     r#""length":11,"recommended":12}]}"#,
/// ));
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Report<F> {
    ok: bool,
    api: &'static Api,
    policy: Policy,
    findings: F,
    lang: Lang,
}

impl<F> Report<F>
where
    F: Iterator<Item = Finding> + Clone,
{
    pub(crate) const fn new(
        ok: bool,
        api: &'static Api,
        policy: Policy,
        findings: F,
        lang: Lang,
    ) -> Report<F> {
        Report {
            ok,
            api,
            policy,
            findings,
            lang,
        }
    }
}

impl<F> Describe for Report<F>
where
    F: Iterator<Item = Finding> + Clone,
{
    fn describe(&self, json: &mut Json<'_>) {
        json.object(|json| {
            json.key("ok").flag(self.ok);
            json.key("api").string(self.api.name());
            json.key("policy").string(self.policy.name());
            for (key, severity) in [
                ("violations", crate::request::Severity::Error),
                ("warnings", crate::request::Severity::Warning),
            ] {
                json.key(key).array(|json| {
                    for f in self.findings.clone().filter(|f| f.severity() == severity) {
                        finding(json, &f, self.lang);
                    }
                });
            }
        });
    }
}

impl ApiVerdict {
    /// Its findings described in `lang`: what `cvm-password check --json`
    /// prints.
    pub fn report(&self, lang: Lang) -> Report<Findings> {
        Report::new(
            self.is_ok(),
            self.api(),
            self.policy(),
            self.findings(),
            lang,
        )
    }
}

/// Writes characters of the crate's own sets.
fn ascii(out: &mut dyn Sink, chars: impl IntoIterator<Item = char>) {
    chars.into_iter().for_each(|c| out.push_ascii(c));
}
