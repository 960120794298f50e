//! The command line: subcommands and flags, and usage errors that never
//! repeat what was typed.

// The doc comments below are the `--help` text, where backticks would show.
#![allow(clippy::doc_markdown)]

use std::error::Error as _;
use std::ffi::OsString;
use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory as _, Parser, Subcommand};
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
        /// The OS of the instances: linux, ubuntu, windows or unknown, in
        /// any letter case, or several, comma-separated; mixed is
        /// linux,windows. One Windows or unknown OS makes the Windows rules
        /// apply. Left out, any OS: the same as unknown.
        #[arg(long, value_name = "OS", value_parser = parse_targets)]
        os: Option<Targets>,
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
        /// The OS of the instances a request with login settings is for, in
        /// any letter case; by default the OS of its image (--images) or
        /// instance (--instances), else unknown, the strictest.
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
        /// The OS of the instances, as for check; left out, any OS.
        #[arg(long, value_name = "OS", value_parser = parse_targets)]
        os: Option<Targets>,
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
        /// The OS of the instances, as for check; left out, any OS.
        #[arg(long, value_name = "OS", value_parser = parse_targets)]
        os: Option<Targets>,
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

/// What follows every error about `--api`.
const APIS_LISTED: &str = "`cvm-password apis` lists them";

/// An API by its `service:Action` name. A name of that form that is no
/// API's is repeated, with the nearest API, only if it could not be a
/// password; one of another form is never repeated.
fn parse_api(name: &str) -> Result<&'static Api, String> {
    if let Some(api) = Api::from_name(name) {
        return Ok(api);
    }
    if !is_api_form(name) {
        return Err(format!(
            "an API must be service:Action, such as cvm:RunInstances; {APIS_LISTED}"
        ));
    }
    let nearest = nearest(name, Api::ALL.iter().map(Api::name));
    Err(if Api::could_be_password(name) {
        match nearest.filter(|&(_, distance)| distance <= 3) {
            Some((api, _)) => format!(
                "unknown API (not repeated here: it could be a password): \
                 the nearest is {api}; {APIS_LISTED}"
            ),
            None => {
                format!("unknown API (not repeated here: it could be a password); {APIS_LISTED}")
            }
        }
    } else {
        match nearest {
            Some((api, _)) => format!("unknown API {name}: the nearest is {api}; {APIS_LISTED}"),
            None => format!("unknown API {name}; {APIS_LISTED}"),
        }
    })
}

/// Whether `name` has the form of an API's name, `service:Action`, letters
/// and digits either side of one colon.
fn is_api_form(name: &str) -> bool {
    let part = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
    name.split_once(':')
        .is_some_and(|(service, action)| part(service) && part(action))
}

/// The OSes of the instances a password is for, named as the core names
/// them ([`Os::name`]); none, when `--os` is left out, means any OS.
#[derive(Clone, Default)]
pub struct Targets(Vec<Os>);

impl Targets {
    pub fn oses(&self) -> &[Os] {
        &self.0
    }
}

/// A comma-separated list of OS names, in any letter case; `mixed` stands
/// for `linux,windows`.
fn parse_targets(list: &str) -> Result<Targets, String> {
    let mut oses = Vec::new();
    for name in list.split(',') {
        if name.eq_ignore_ascii_case("mixed") {
            oses.extend([Os::Linux, Os::Windows]);
        } else if let Some(os) = Os::from_name(name) {
            oses.push(os);
        } else {
            let expected = format!(
                "expected {} or mixed, or several of them comma-separated",
                Os::ALL.map(Os::name).join(", "),
            );
            let names = Os::ALL.map(Os::name);
            return Err(unknown_os(
                list,
                name,
                &expected,
                names.into_iter().chain(["mixed"]),
            ));
        }
    }
    Ok(Targets(oses))
}

/// One OS name, in any letter case.
fn parse_os(name: &str) -> Result<Os, String> {
    Os::from_name(name).ok_or_else(|| {
        let names = Os::ALL.map(Os::name);
        let expected = format!("expected one of {}", names.join(", "));
        unknown_os(name, name, &expected, names)
    })
}

/// `name`, one of the OSes in the value `whole` of `--os`, is no OS: it is
/// repeated only if neither it nor the whole value could be a password, and
/// the nearest OS name is given when it is near.
fn unknown_os<'a>(
    whole: &str,
    name: &str,
    expected: &str,
    names: impl IntoIterator<Item = &'a str>,
) -> String {
    let repeat =
        !name.is_empty() && !Api::could_be_password(whole) && !Api::could_be_password(name);
    let mut message = if repeat {
        format!("unknown OS {name}: {expected}")
    } else {
        expected.to_owned()
    };
    if let Some((os, _)) = nearest(name, names).filter(|&(_, distance)| distance <= 2) {
        message.push_str("; the nearest is ");
        message.push_str(os);
    }
    message
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| "expected en or zh-CN".to_owned())
}

/// The command line, or the exit status to leave with: 0 after `--help` or
/// `--version`, 2 after a usage error, which has been printed.
pub fn parse() -> Result<Cli, ExitCode> {
    let args: Vec<OsString> = std::env::args_os().collect();
    Cli::try_parse_from(&args).map_err(|e| match e.kind() {
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
            let _ = io::stderr().write_all(usage_error(&e, &args).as_bytes());
            ExitCode::from(2)
        }
    })
}

/// clap's error re-worded: clap quotes the offending argument, and an
/// argument in the wrong place may be a password. Besides the names of our
/// own flags and values, only what could not be a password is repeated.
fn usage_error(e: &clap::Error, args: &[OsString]) -> String {
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
            // Our own parsers' messages, which repeat only what could not
            // be a password.
            Some(reason) => format!("invalid value for {arg}: {reason}"),
            None => format!("invalid value for {arg}"),
        },
        ErrorKind::UnknownArgument => {
            let suggestion =
                suggestion(e, ContextKind::SuggestedArg).or_else(|| nearest_flag(&arg, args));
            unexpected(
                "unexpected argument",
                &arg,
                args,
                suggestion,
                "the password is read from standard input, never from the command line",
            )
        }
        ErrorKind::InvalidSubcommand => {
            let typed = context(e, ContextKind::InvalidSubcommand);
            let suggestion = suggestion(e, ContextKind::SuggestedSubcommand).or_else(|| {
                nearest(&typed, COMMANDS)
                    .filter(|&(_, distance)| distance <= 2)
                    .map(|(command, _)| command.to_owned())
            });
            unexpected(
                "unknown command",
                &typed,
                args,
                suggestion,
                "the commands are check, preflight, rules, generate and apis",
            )
        }
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

/// The subcommands, as the error for an unknown one lists them.
const COMMANDS: [&str; 5] = ["check", "preflight", "rules", "generate", "apis"];

/// `what typed: did you mean near?` (or `what typed: otherwise` with no
/// suggestion) when `typed` may be repeated; else `what, not repeated here
/// in case it is a password: otherwise`, and `; did you mean near?`.
fn unexpected(
    what: &str,
    typed: &str,
    args: &[OsString],
    suggestion: Option<String>,
    otherwise: &str,
) -> String {
    match (repeatable(typed, args), suggestion) {
        (true, Some(near)) => format!("{what} {typed}: did you mean {near}?"),
        (true, None) => format!("{what} {typed}: {otherwise}"),
        (false, Some(near)) => format!(
            "{what}, not repeated here in case it is a password: {otherwise}; did you mean {near}?"
        ),
        (false, None) => format!("{what}, not repeated here in case it is a password: {otherwise}"),
    }
}

/// Whether `typed`, what clap quotes of an argument, may be repeated: when
/// neither it nor any argument it begins (`--flag=value`, `-xvalue`) could
/// be a password.
fn repeatable(typed: &str, args: &[OsString]) -> bool {
    !typed.is_empty()
        && !Api::could_be_password(typed)
        && args
            .iter()
            .skip(1)
            .filter_map(|arg| arg.to_str())
            .filter(|arg| arg.starts_with(typed))
            .all(|arg| !Api::could_be_password(arg))
}

/// The name clap suggests in its error (one of our flags or commands), the
/// likeliest if several.
fn suggestion(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind) {
        Some(ContextValue::String(name)) => Some(name.clone()),
        // Least likely first.
        Some(ContextValue::Strings(names)) => names.last().cloned(),
        _ => None,
    }
}

/// The flag of the subcommand in `args` within two edits of `typed` (its
/// part before any `=`), the nearest if several: for when clap suggests
/// none.
fn nearest_flag(typed: &str, args: &[OsString]) -> Option<String> {
    let typed = typed.split_once('=').map_or(typed, |(flag, _)| flag);
    let mut root = Cli::command();
    root.build();
    let command = subcommand_name(args, typed)
        .and_then(|name| root.find_subcommand(name))
        .unwrap_or(&root);
    let flags: Vec<String> = command
        .get_arguments()
        .filter_map(clap::Arg::get_long)
        .map(|long| format!("--{long}"))
        .collect();
    let (flag, distance) = nearest(typed, flags.iter().map(String::as_str))?;
    (distance <= 2).then(|| flag.to_owned())
}

/// The subcommand named in `args` before `typed`: the first argument that
/// is no flag and no value of `--lang`, the one flag before it that takes a
/// value.
fn subcommand_name<'a>(args: &'a [OsString], typed: &str) -> Option<&'a str> {
    let mut after_lang = false;
    for arg in args.iter().skip(1) {
        let arg = arg.to_str()?;
        if std::mem::take(&mut after_lang) {
            continue;
        }
        if arg.split_once('=').map_or(arg, |(flag, _)| flag) == typed {
            return None;
        } else if arg == "--lang" {
            after_lang = true;
        } else if !arg.starts_with('-') {
            return Some(arg);
        }
    }
    None
}

/// The name of `names` fewest edits from `typed`, ignoring ASCII case, and
/// how many; the first of several as near.
fn nearest<'a>(typed: &str, names: impl IntoIterator<Item = &'a str>) -> Option<(&'a str, usize)> {
    names
        .into_iter()
        .map(|name| (name, edit_distance(typed, name)))
        .min_by_key(|&(_, distance)| distance)
}

/// The Levenshtein distance between `a` and `b`, in characters, ignoring
/// ASCII case: the insertions, deletions and substitutions from one to the
/// other.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    // The distances from the first i characters of `a` to each prefix of `b`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let ca = ca.to_ascii_lowercase();
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(diagonal + 1).min(row[j] + 1);
        }
    }
    row[b.len()]
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
