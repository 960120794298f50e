//! The command line: subcommands and flags, and usage errors that never
//! repeat what was typed.

// The doc comments below are the `--help` text, where backticks would show.
#![allow(clippy::doc_markdown)]

use std::error::Error as _;
use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Parser, Subcommand};
use cvm_password::{Api, Lang, Os, Reading};

/// Checks a password, or a whole ResetInstancesPassword request, against the
/// Tencent Cloud CVM rules before the API call, with every reason at once.
///
/// Exit status: 0 accepted (warnings allowed), 1 rejected, 2 usage or input
/// error.
#[derive(Parser)]
#[command(name = "cvm-password", version, max_term_width = 100)]
pub struct Cli {
    /// Language of the report: en or zh-CN.
    #[arg(long, global = true, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Checks one password, read from standard input, or asked for without
    /// echo on a terminal; never taken from the command line.
    Check {
        /// The OS of the instances: linux, ubuntu, windows or unknown, or
        /// several, comma-separated; mixed is linux,windows. One Windows or
        /// unknown OS makes the Windows rules apply.
        #[arg(long, value_name = "OS", value_parser = parse_targets)]
        os: Targets,
        /// The UserName whose password is reset; by default, or when empty,
        /// the OS's administrator (Administrator on Windows).
        #[arg(long, value_name = "NAME")]
        user: Option<String>,
        #[command(flatten)]
        api: ApiChoice,
        /// Prints the verdict as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Checks a whole request: for cvm:ResetInstancesPassword its region,
    /// instance ids, password, username, and the instances' OS and state;
    /// for the APIs with login settings (cvm:RunInstances,
    /// cvm:ResetInstance, cvm:CreateLaunchTemplate,
    /// as:CreateLaunchConfiguration, lighthouse:CreateInstances,
    /// lighthouse:ResetInstance) the password, keys and image login for the
    /// instances' OS.
    Preflight {
        /// The request body, as JSON ('-' for standard input).
        #[arg(long, value_name = "FILE")]
        request: PathBuf,
        /// The OS of the instances a request with login settings is for;
        /// by default the OS of its image (--images) or instance
        /// (--instances), else unknown, the strictest.
        #[arg(long, value_name = "OS", value_parser = parse_os)]
        os: Option<Os>,
        /// What `tccli cvm DescribeImages` prints: the OS of the request's
        /// ImageId.
        #[arg(long, value_name = "FILE")]
        images: Option<PathBuf>,
        /// What `tccli cvm DescribeInstances` prints, or its bare
        /// InstanceSet array ('-' for standard input).
        #[arg(long, value_name = "FILE")]
        instances: Option<PathBuf>,
        /// The region the request is sent to, when the body has no Region.
        #[arg(long)]
        region: Option<String>,
        /// What `tccli region DescribeRegions --Product cvm` prints: the
        /// regions it lists as available beat the built-in lists.
        #[arg(long, value_name = "FILE")]
        regions: Option<PathBuf>,
        #[command(flatten)]
        api: ApiChoice,
        /// Prints the verdict as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Prints the password rules of an OS.
    Rules {
        /// The OS of the instances, as for check.
        #[arg(long, value_name = "OS", value_parser = parse_targets)]
        os: Targets,
        #[command(flatten)]
        api: ApiChoice,
        /// Prints the rules as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Prints passwords the rules accept, one per line, from the operating
    /// system's secure random numbers. It prints secrets by design: send
    /// its output where the password is to go, not to a log.
    Generate {
        /// The API the password is for; without it, a password every API
        /// of families A to D accepts (see apis).
        #[arg(long, value_name = "API", value_parser = parse_api)]
        api: Option<&'static Api>,
        /// The OS of the instances, as for check.
        #[arg(long, value_name = "OS", value_parser = parse_targets)]
        os: Targets,
        /// The UserName the password must not contain; by default the
        /// OS's administrator.
        #[arg(long, value_name = "NAME")]
        user: Option<String>,
        /// The length, in characters; by default 20, within the rules.
        #[arg(long, value_name = "N")]
        length: Option<usize>,
        /// How many passwords.
        #[arg(long, value_name = "N", default_value_t = 1)]
        count: usize,
    },
    /// Lists every API that sets an instance login password: its family
    /// and where its rules come from, and the parameters left unmapped.
    Apis {
        /// Prints the list as JSON, sources, disputes and all.
        #[arg(long)]
        json: bool,
    },
}

/// `--api` and `--strict`, shared by check, preflight and rules.
#[derive(Clone, clap::Args)]
pub struct ApiChoice {
    /// The API the password is for, as service:Action (see apis); by
    /// default cvm:ResetInstancesPassword.
    #[arg(long, value_name = "API", value_parser = parse_api)]
    api: Option<&'static Api>,
    /// Rules only some of the vendor's sources state are errors, not
    /// warnings.
    #[arg(long)]
    strict: bool,
}

impl ApiChoice {
    pub fn api(&self) -> &'static Api {
        self.api.unwrap_or(Api::DEFAULT)
    }

    pub fn reading(&self) -> Reading {
        if self.strict {
            Reading::Strict
        } else {
            Reading::Common
        }
    }
}

/// An API by its `service:Action` name.
fn parse_api(name: &str) -> Result<&'static Api, String> {
    // The value is not quoted: it may be a password typed in the wrong place.
    Api::from_name(name).ok_or_else(|| {
        "expected an API as service:Action, such as cvm:RunInstances; \
         `cvm-password apis` lists them"
            .to_owned()
    })
}

/// The OSes of the instances a password is for, named as the core names
/// them ([`Os::name`]).
#[derive(Clone)]
pub struct Targets(Vec<Os>);

impl Targets {
    pub fn oses(&self) -> &[Os] {
        &self.0
    }
}

/// A comma-separated list of OS names; `mixed` stands for `linux,windows`.
fn parse_targets(list: &str) -> Result<Targets, String> {
    let mut oses = Vec::new();
    for name in list.split(',') {
        if name == "mixed" {
            oses.extend([Os::Linux, Os::Windows]);
        } else {
            // The value is not quoted: it may be a password typed in the
            // wrong place.
            oses.push(Os::from_name(name).ok_or_else(|| {
                format!(
                    "expected {} or mixed, or several of them comma-separated",
                    Os::ALL.map(Os::name).join(", "),
                )
            })?);
        }
    }
    Ok(Targets(oses))
}

/// One OS name.
fn parse_os(name: &str) -> Result<Os, String> {
    // The value is not quoted: it may be a password typed in the wrong place.
    Os::from_name(name)
        .ok_or_else(|| format!("expected one of {}", Os::ALL.map(Os::name).join(", ")))
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| "expected en or zh-CN".to_owned())
}

/// The command line, or the exit status to leave with: 0 after `--help` or
/// `--version`, 2 after a usage error, which has been printed.
pub fn parse() -> Result<Cli, ExitCode> {
    Cli::try_parse().map_err(|e| match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // Help holds no input; a closed stdout is no reason to fail.
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(2)
        }
        _ => {
            // Unlike `eprint!`, no panic when standard error is gone.
            let _ = io::stderr().write_all(usage_error(&e).as_bytes());
            ExitCode::from(2)
        }
    })
}

/// clap's error re-worded: clap quotes the offending argument, and an
/// argument in the wrong place may be a password. Only the names of our own
/// flags and values are repeated.
fn usage_error(e: &clap::Error) -> String {
    let arg = context(e, ContextKind::InvalidArg);
    let detail = match e.kind() {
        ErrorKind::InvalidValue => {
            let valid = context(e, ContextKind::ValidValue);
            if valid.is_empty() {
                format!("invalid value for {arg}")
            } else {
                format!("invalid value for {arg}: expected one of {valid}")
            }
        }
        ErrorKind::ValueValidation => match e.source() {
            // Our own parsers' messages, which quote nothing.
            Some(reason) => format!("invalid value for {arg}: {reason}"),
            None => format!("invalid value for {arg}"),
        },
        ErrorKind::UnknownArgument => "unexpected argument, not repeated here in case it is a \
             password: the password is read from standard input, never from the command line"
            .to_owned(),
        ErrorKind::InvalidSubcommand => "unknown command, not repeated here in case it is a \
             password: the commands are check, preflight, rules, generate and apis"
            .to_owned(),
        ErrorKind::MissingRequiredArgument => format!("missing {arg}"),
        ErrorKind::MissingSubcommand => {
            "missing command: check, preflight, rules, generate or apis".to_owned()
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(e, ContextKind::PriorArg);
            format!("{arg} cannot be used with {prior}")
        }
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => format!("wrong number of values for {arg}"),
        ErrorKind::InvalidUtf8 => "arguments must be UTF-8".to_owned(),
        // clap's description of the kind, which quotes nothing.
        kind => kind.to_string(),
    };
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => format!("\n\n{usage}"),
        _ => String::new(),
    };
    format!("error: {detail}{usage}\n\nFor more information, try '--help'.\n")
}

/// A context value clap built from our own definitions: flag names, valid
/// values.
fn context(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        _ => String::new(),
    }
}
