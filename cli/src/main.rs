//! `cvm-password`: checks a password, or a whole `ResetInstancesPassword`
//! request, against the Tencent Cloud CVM rules before the API call.
//!
//! See `README.md` beside this crate for the subcommands, the exit statuses
//! and the shape of `--json`.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

mod apis;
mod args;
mod generate;
mod input;
mod instances;
mod regions;
mod report;
mod rules;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use cvm_password::{Api, Lang, RequestBody};

use crate::args::{ApiChoice, Command, Targets};
use crate::input::InputError;
use crate::report::{Note, Report};

fn main() -> ExitCode {
    let cli = match args::parse() {
        Ok(cli) => cli,
        Err(status) => return status,
    };
    let lang = cli.lang;
    let outcome = match cli.command {
        Command::Check {
            os,
            user,
            api,
            json,
        } => check(&os, user.as_deref(), &api, json, lang),
        Command::Preflight {
            request,
            instances,
            region,
            regions,
            api,
            json,
        } => preflight(
            &request,
            instances.as_deref(),
            region.as_deref(),
            regions.as_deref(),
            &api,
            json,
            lang,
        ),
        Command::Rules { os, api, json } => {
            let rules = api.api().rules(os.oses().iter().copied(), api.reading());
            Ok(Output {
                text: if json {
                    rules::json(rules)
                } else {
                    rules::text(rules, lang)
                },
                ok: true,
            })
        }
        Command::Generate {
            api,
            os,
            user,
            length,
            count,
        } => generate::passwords(api, &os, user.as_deref(), length, count)
            .map(|text| Output { text, ok: true }),
        Command::Apis { json } => Ok(Output {
            text: if json { apis::json() } else { apis::text() },
            ok: true,
        }),
    };
    match outcome {
        Ok(output) => {
            // A reader that went away (`| head`) is no reason to panic.
            let _ = io::stdout().lock().write_all(output.text.as_bytes());
            if output.ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            // Unlike `eprintln!`, no panic when standard error is gone.
            let _ = writeln!(io::stderr(), "cvm-password: {e}");
            ExitCode::from(2)
        }
    }
}

/// What to print, and whether it is a success.
struct Output {
    text: String,
    ok: bool,
}

impl Output {
    fn of(report: &Report, json: bool, lang: Lang) -> Output {
        Output {
            text: if json {
                report.json()
            } else {
                report.text(lang)
            },
            ok: report.is_ok(),
        }
    }
}

fn check(
    os: &Targets,
    user: Option<&str>,
    choice: &ApiChoice,
    json: bool,
    lang: Lang,
) -> Result<Output, InputError> {
    let password = input::password(lang)?;
    let (api, reading) = (choice.api(), choice.reading());
    let targets = os.oses().iter().copied();
    let verdict = api.check(&password, targets.clone(), user, reading);
    let report = Report::from_check(&verdict, api, api.policy(targets, reading), lang);
    Ok(Output::of(&report, json, lang))
}

fn preflight(
    request: &Path,
    instances: Option<&Path>,
    region: Option<&str>,
    regions: Option<&Path>,
    choice: &ApiChoice,
    json: bool,
    lang: Lang,
) -> Result<Output, InputError> {
    // The request pre-flight knows one API's request; `--strict` changes
    // nothing there, since its rules have one source.
    if choice.api() != Api::DEFAULT {
        return Err(InputError::PreflightApi);
    }
    if input::is_stdin(request) && instances.is_some_and(input::is_stdin) {
        return Err(InputError::BothFromStdin);
    }
    let text = input::read_text(request, "--request")?;
    // The body's own messages quote no input, and serde_json's syntax
    // messages quote none either.
    let body: RequestBody = serde_json::from_str(&text).map_err(|e| {
        if e.is_data() {
            InputError::NotARequestBody(e)
        } else {
            InputError::MalformedRequest(e)
        }
    })?;
    let described = match instances {
        Some(path) => {
            let text = input::read_text(path, "--instances")?;
            let described = instances::parse(&text).map_err(InputError::Instances)?;
            Some(described)
        }
        None => None,
    };

    let mut request = body.request();
    match (request.region(), region) {
        (Some(given), Some(flag)) if given != flag => return Err(InputError::RegionMismatch),
        (None, Some(flag)) => request = request.with_region(flag),
        _ => {}
    }
    let mut notes = Vec::new();
    if request.region().is_none() {
        notes.push(Note::NoRegion);
    }
    let available = match regions {
        Some(path) => {
            let text = input::read_text(path, "--regions")?;
            Some(regions::parse(&text).map_err(InputError::Regions)?)
        }
        None => None,
    };
    let facts = |id: &str| described.as_ref().and_then(|d| d.get(id).copied());
    let mut preflight = if described.is_some() {
        request.preflight_with(&facts)
    } else {
        notes.push(Note::NoInstanceFacts);
        request.preflight()
    };
    let is_available = |region: &str| available.as_ref().is_some_and(|a| a.contains(region));
    if available.is_some() {
        preflight = preflight.with_regions(&is_available);
    }
    let report = Report::from_preflight(&preflight, lang, notes);
    Ok(Output::of(&report, json, lang))
}
