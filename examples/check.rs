//! Checks one password, read from standard input, against the CVM rules.
//!
//! ```text
//! printf '%s' 'abc123ABC!@#' | cargo run --example check -- --os windows --user Administrator
//! ```
//!
//! The password comes from standard input, never from the command line,
//! where other users could read it in the process list. One trailing line
//! break is dropped; anything else, a second line included, is part of the
//! password. Exit status: 0 accepted, 1 rejected, 2 usage or input error.

use std::io::Read;
use std::process::ExitCode;

use cvm_password::{Lang, Os, Policy};

const USAGE: &str =
    "usage: check [--os linux|windows|mixed] [--user NAME] [--lang en|zh-CN] < password";

struct Args {
    policy: Policy,
    rules: &'static str,
    user: Option<String>,
    lang: Lang,
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;

    let mut args = Args {
        policy: Policy::for_targets([Os::Linux, Os::Windows]),
        rules: "Windows",
        user: None,
        lang: Lang::En,
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("os") => {
                let os = parser.value()?.string()?;
                (args.policy, args.rules) = match os.as_str() {
                    "linux" => (Policy::for_targets([Os::Linux]), "Linux"),
                    "windows" => (Policy::for_targets([Os::Windows]), "Windows"),
                    "mixed" => (Policy::for_targets([Os::Linux, Os::Windows]), "Windows"),
                    _ => {
                        return Err(format!("--os takes linux, windows or mixed, not {os:?}").into())
                    }
                };
            }
            Long("user") => args.user = Some(parser.value()?.string()?),
            Long("lang") => {
                let tag = parser.value()?.string()?;
                args.lang = Lang::from_tag(&tag)
                    .ok_or_else(|| format!("--lang takes en or zh-CN, not {tag:?}"))?;
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            // Never quote it: it may be a password typed where it does not belong.
            Value(_) => {
                return Err("the password is read from standard input, not from arguments".into())
            }
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

fn read_password() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    // The error would quote the bytes; say only where UTF-8 breaks.
    let mut text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "standard input is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    if text.is_empty() {
        return Err("no password on standard input".into());
    }
    Ok(text)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let password = match read_password() {
        Ok(password) => password,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match args.policy.check(&password, args.user.as_deref()) {
        Ok(accepted) => {
            println!("accepted ({} rules)", args.rules);
            for w in accepted.warnings() {
                println!("warning {}: {}", w.code(), w.message(args.lang));
            }
            ExitCode::SUCCESS
        }
        Err(rejected) => {
            println!("rejected ({} rules)", args.rules);
            for v in rejected.violations() {
                println!(
                    "{} [{}]: {}",
                    v.code(),
                    v.api_error_code(),
                    v.message(args.lang)
                );
            }
            ExitCode::from(1)
        }
    }
}
