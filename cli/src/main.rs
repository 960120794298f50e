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
mod report;
mod rules;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use cvm_password::{Catalogue, Describe, JsonPreflight, Lang, Os};

use crate::args::{ApiChoice, Command, Targets};
use crate::input::InputError;
use crate::report::Note;

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
        } => check(&os.unwrap_or_default(), user.as_deref(), &api, json, lang),
        Command::Preflight {
            request,
            os,
            images,
            instances,
            region,
            regions,
            api,
            json,
        } => preflight(
            &Inputs {
                request: &request,
                instances: instances.as_deref(),
                regions: regions.as_deref(),
                images: images.as_deref(),
            },
            os,
            region.as_deref(),
            &api,
            json,
            lang,
        ),
        Command::Rules { os, api, json } => {
            let os = os.unwrap_or_default();
            let rules = api.api().rules(os.oses().iter().copied(), api.reading());
            Ok(Output {
                text: if json {
                    json_text(&rules)
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
        } => generate::passwords(api, &os.unwrap_or_default(), user.as_deref(), length, count)
            .map(|text| Output { text, ok: true }),
        Command::Apis { json } => Ok(Output {
            text: if json {
                json_text(&Catalogue)
            } else {
                apis::text()
            },
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

/// The core's description, pretty, and a line break.
fn json_text(described: &impl Describe) -> String {
    let mut text = String::new();
    described.write_json(&mut text, true);
    text.push('\n');
    text
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
    let verdict = api.check(&password, targets, user, reading);
    let text = if json {
        json_text(&verdict.report(lang))
    } else {
        let ok = verdict.is_ok();
        report::text(ok, api, verdict.policy(), verdict.findings(), &[], lang)
    };
    Ok(Output {
        text,
        ok: verdict.is_ok(),
    })
}

/// The files a pre-flight reads.
struct Inputs<'a> {
    request: &'a Path,
    instances: Option<&'a Path>,
    regions: Option<&'a Path>,
    images: Option<&'a Path>,
}

fn preflight(
    inputs: &Inputs<'_>,
    os: Option<Os>,
    region: Option<&str>,
    choice: &ApiChoice,
    json: bool,
    lang: Lang,
) -> Result<Output, InputError> {
    let facts = [inputs.instances, inputs.regions, inputs.images];
    let from_stdin = std::iter::once(Some(inputs.request))
        .chain(facts)
        .flatten()
        .filter(|path| input::is_stdin(path))
        .count();
    if from_stdin > 1 {
        return Err(InputError::BothFromStdin);
    }
    let api = choice.api();
    JsonPreflight::reads(api).map_err(InputError::Json)?;
    let text = input::read_text(inputs.request, "--request")?;
    let mut preflight = JsonPreflight::new(api, &text)
        .map_err(InputError::Json)?
        .with_reading(choice.reading());
    if let Some(region) = region {
        preflight = preflight.with_region(region).map_err(InputError::Json)?;
    }
    if let Some(path) = inputs.instances {
        let text = input::read_text(path, "--instances")?;
        preflight = preflight.with_instances(&text).map_err(InputError::Json)?;
    }
    if let Some(path) = inputs.regions {
        let text = input::read_text(path, "--regions")?;
        preflight = preflight.with_regions(&text).map_err(InputError::Json)?;
    }
    if let Some(path) = inputs.images {
        let text = input::read_text(path, "--images")?;
        preflight = preflight.with_images(&text).map_err(InputError::Json)?;
    }
    if let Some(os) = os {
        preflight = preflight.with_os(os);
    }
    let outcome = preflight.run();
    let mut notes = Vec::new();
    match outcome.os() {
        None => {
            if !outcome.region_checked() {
                notes.push(Note::NoRegion);
            }
            if inputs.instances.is_none() {
                notes.push(Note::NoInstanceFacts);
            }
        }
        Some(Os::Unknown) => notes.push(Note::UnknownOs),
        Some(_) => {}
    }
    let text = if json {
        json_text(&outcome.report(lang))
    } else {
        let findings = outcome.findings().copied();
        report::text(
            outcome.is_ok(),
            outcome.api(),
            outcome.policy(),
            findings,
            &notes,
            lang,
        )
    };
    Ok(Output {
        text,
        ok: outcome.is_ok(),
    })
}
