//! Runs one case in a loop for `scripts/bench-instructions.sh`, which counts
//! the instructions under callgrind: a figure machine noise cannot move.
//!
//! ```text
//! instructions --list                   every scenario, one a line
//! instructions SCENARIO ITERATIONS      run SCENARIO that many times
//! instructions                          check every scenario's verdict once
//! ```
//!
//! A scenario is `ENGINE:CASE`, such as `cvm:linux/valid-16`; `cvm:empty`
//! runs the loop around nothing, the harness's own cost. The script runs
//! each scenario for N and 2N iterations: the difference is N checks, free
//! of start-up and of building the input. Besides checks, `cvm:preflight/*`
//! runs a whole pre-flight of 100 or 1000 instances, and `cvm:generate/*` generates
//! one password from a seeded source.

// Each bench uses its own part of what they share.
#[allow(dead_code)]
mod support;

use std::hint::black_box;
use std::process::ExitCode;

use support::cases::{self, Case};
use support::generators::{self, Seeded, Source};
use support::regex_rules::RegexRules;
use support::requests;
use support::strength_peers::{passwords_rules, zxcvbn_score};

/// The peers are counted on the 16-character valid passwords, the goal's
/// case; the criterion bench times them on every case. zxcvbn, a million
/// instructions a check, only slows the script down; it can still be run
/// by name (`zxcvbn:linux/valid-16`).
const PEERS: [&str; 2] = ["regex", "passwords"];

/// The cases of the group `scenario` names, or of every group: building a
/// 10 MiB input for every run would slow callgrind down for nothing.
fn cases_for(scenario: Option<&str>) -> Vec<Case> {
    let case = scenario.map(|s| s.split_once(':').map_or(s, |(_, case)| case));
    let in_group = |prefix: &str| case.is_none_or(|case| case.starts_with(prefix));
    let mut cases = Vec::new();
    if !case.is_some_and(|case| case.starts_with("adversarial/") || case.starts_with("growth-")) {
        cases.extend(cases::typical());
    }
    if in_group("adversarial/") {
        cases.extend(cases::adversarial());
    }
    if in_group("growth-") {
        cases.extend(cases::growth());
    }
    cases
}

fn scenarios(cases: &[Case]) -> Vec<String> {
    let mut names = vec!["cvm:empty".to_owned()];
    names.extend(cases.iter().map(|case| format!("cvm:{}", case.name)));
    names.extend(
        requests::cases()
            .iter()
            .map(|case| format!("cvm:{}", case.name)),
    );
    // Not the operating system's source: its bytes, and so the count,
    // change from run to run, and callgrind does not see the kernel's work.
    let seeded = generators::cases()
        .into_iter()
        .filter(|c| c.source == Source::Seeded);
    names.extend(seeded.map(|case| format!("cvm:{}", case.name)));
    for peer in PEERS {
        for case in ["linux/valid-16", "windows/valid-16"] {
            names.push(format!("{peer}:{case}"));
        }
    }
    names
}

/// Runs `f` `iterations` times, keeping the compiler from hoisting or
/// dropping any call.
fn repeat<R>(iterations: u64, mut f: impl FnMut() -> R) {
    for _ in 0..iterations {
        black_box(f());
    }
}

fn run(scenario: &str, iterations: u64, cases: &[Case]) -> Result<(), String> {
    let (engine, name) = scenario
        .split_once(':')
        .ok_or_else(|| format!("scenario {scenario:?} is not ENGINE:CASE"))?;
    if scenario == "cvm:empty" {
        let (password, username) = ("", None::<&str>);
        repeat(iterations, || (black_box(password), black_box(username)));
        return Ok(());
    }
    let no_case = || format!("no case named {name:?}");
    // The crate's other jobs, which no peer does. Their inputs are built
    // only when asked for: 1100 ids would only slow callgrind down.
    let ours = |group: &str| engine == "cvm" && name.starts_with(group);
    if ours("preflight/") {
        let cases = requests::cases();
        let case = cases.iter().find(|c| c.name == name).ok_or_else(no_case)?;
        repeat(iterations, || black_box(case).run());
        return Ok(());
    }
    if ours("generate/") {
        let cases = generators::cases();
        let case = cases.iter().find(|c| c.name == name).ok_or_else(no_case)?;
        let mut seeded = Seeded::new();
        repeat(iterations, || case.generate(&mut seeded));
        return Ok(());
    }
    let case = cases
        .iter()
        .find(|case| case.name == name)
        .ok_or_else(no_case)?;
    let policy = case.rules.policy();
    let password = case.password.as_str();
    let username = case.username.as_deref();
    match engine {
        "cvm" => repeat(iterations, || {
            black_box(&policy).check(black_box(password), black_box(username))
        }),
        "regex" => {
            let rules = RegexRules::for_case(case);
            repeat(iterations, || rules.check(black_box(password)));
        }
        "passwords" => repeat(iterations, || {
            passwords_rules(black_box(password), policy.min_length())
        }),
        "zxcvbn" => {
            let username = case.effective_username();
            repeat(iterations, || zxcvbn_score(black_box(password), username));
        }
        _ => return Err(format!("no engine named {engine:?}")),
    }
    Ok(())
}

enum Command {
    List,
    Run(String, u64),
    SelfCheck,
}

fn parse_args() -> Result<Command, lexopt::Error> {
    use lexopt::prelude::*;

    let mut positional = Vec::new();
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("list") => return Ok(Command::List),
            Value(value) => positional.push(value.string()?),
            // `cargo bench` passes `--bench`, and its users criterion's
            // options: this binary has none of those, and checks verdicts.
            Long(_) | Short(_) => {}
        }
    }
    match positional.as_slice() {
        [] => Ok(Command::SelfCheck),
        [scenario, iterations] => {
            let iterations = iterations
                .parse()
                .map_err(|_| format!("ITERATIONS must be a whole number, not {iterations:?}"))?;
            Ok(Command::Run(scenario.clone(), iterations))
        }
        _ => Err("usage: instructions --list | SCENARIO ITERATIONS".into()),
    }
}

fn main() -> ExitCode {
    let result = match parse_args() {
        Err(e) => Err(e.to_string()),
        Ok(Command::List) => {
            let cases = cases_for(None);
            scenarios(&cases).iter().for_each(|name| println!("{name}"));
            Ok(())
        }
        Ok(Command::Run(scenario, iterations)) => {
            run(&scenario, iterations, &cases_for(Some(&scenario)))
        }
        Ok(Command::SelfCheck) => {
            let cases = cases_for(None);
            cases.iter().for_each(Case::assert_verdict);
            requests::cases().iter().for_each(|c| c.assert_verdict());
            generators::cases().iter().for_each(|c| c.assert_accepted());
            let scenarios = scenarios(&cases);
            let result = scenarios.iter().try_for_each(|name| run(name, 1, &cases));
            if result.is_ok() {
                println!(
                    "instructions: {} scenarios run; count them with scripts/bench-instructions.sh",
                    scenarios.len()
                );
            }
            result
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("instructions: {e}");
            ExitCode::from(2)
        }
    }
}
