//! An independent, naive model of the request pre-flight, written from
//! SPEC section 7, the "Pre-flight of a whole request" decisions of
//! `src/lib.rs` and the items' docs: the vendor's regions and states spelt
//! out, `String`s, `Vec`s and linear searches. It shares nothing with the
//! crate but the password model of `super`; it reads none of the crate's
//! tables (`Region`, `InstanceState`, `is_instance_id`, `Os::from_os_name`).
//!
//! [`expected`] is the model, [`actual`] reads the same figures off the
//! real pre-flight; `tests/preflight_reference.rs` and the fuzz target
//! `preflight` compare them.

use std::collections::HashMap;

use cvm_password::{
    Instance, Os, Policy, Preflight, Problem, Request, Restriction, Violation, Warning,
};

/// CVM regions the vendor names elsewhere (its `DescribeRegions` example,
/// its Go SDK's constants), not on the page: a warning, not an error.
pub const REGIONS_ELSEWHERE: [&str; 6] = [
    "ap-guiyang",
    "ap-xian-ec",
    "ap-guangzhou-open",
    "ap-mumbai",
    "eu-moscow",
    "na-toronto",
];

/// The regions the vendor's page lists for `ResetInstancesPassword`.
pub const REGIONS: [&str; 18] = [
    "ap-bangkok",
    "ap-beijing",
    "ap-chengdu",
    "ap-chongqing",
    "ap-guangzhou",
    "ap-hongkong",
    "ap-jakarta",
    "ap-nanjing",
    "ap-seoul",
    "ap-shanghai",
    "ap-shanghai-fsi",
    "ap-shenzhen-fsi",
    "ap-singapore",
    "ap-tokyo",
    "eu-frankfurt",
    "na-ashburn",
    "na-siliconvalley",
    "sa-saopaulo",
];

/// Every `InstanceState` `DescribeInstances` reports, with the error the
/// vendor's page gives for it without `ForceStop`: one code serves the
/// three live-migration states; `STOPPED` and `LAUNCH_FAILED` pass.
pub const STATES: [(&str, Option<&str>); 15] = [
    ("PENDING", Some("UnsupportedOperation.InstanceStatePending")),
    ("LAUNCH_FAILED", None),
    ("RUNNING", Some("UnsupportedOperation.InstanceStateRunning")),
    ("STOPPED", None),
    (
        "STARTING",
        Some("UnsupportedOperation.InstanceStateStarting"),
    ),
    (
        "STOPPING",
        Some("UnsupportedOperation.InstanceStateStopping"),
    ),
    (
        "REBOOTING",
        Some("UnsupportedOperation.InstanceStateRebooting"),
    ),
    (
        "SHUTDOWN",
        Some("UnsupportedOperation.InstanceStateShutdown"),
    ),
    (
        "TERMINATING",
        Some("UnsupportedOperation.InstanceStateTerminating"),
    ),
    (
        "ENTER_RESCUE_MODE",
        Some("UnsupportedOperation.InstanceStateEnterRescueMode"),
    ),
    (
        "RESCUE_MODE",
        Some("UnsupportedOperation.InstanceStateRescueMode"),
    ),
    (
        "EXIT_RESCUE_MODE",
        Some("UnsupportedOperation.InstanceStateExitRescueMode"),
    ),
    (
        "ENTER_SERVICE_LIVE_MIGRATE",
        Some("UnsupportedOperation.InstanceStateServiceLiveMigrate"),
    ),
    (
        "SERVICE_LIVE_MIGRATE",
        Some("UnsupportedOperation.InstanceStateServiceLiveMigrate"),
    ),
    (
        "EXIT_SERVICE_LIVE_MIGRATE",
        Some("UnsupportedOperation.InstanceStateServiceLiveMigrate"),
    ),
];

/// The most instance ids a request may hold.
pub const MAX_IDS: usize = 100;
/// The longest username, in characters.
pub const MAX_USERNAME: usize = 64;
/// Ids examined one by one; those past it count as Windows.
pub const ID_LIMIT: usize = 1000;

const INVALID_PASSWORD: &str = "InvalidParameterValue.InvalidPassword";

/// One row of `DescribeInstances`, as the API spells it.
#[derive(Clone, Debug, Default)]
pub struct Row {
    pub id: String,
    pub os_name: String,
    pub state: String,
    /// `RestrictState`, `""` when absent.
    pub restrict_state: String,
    /// `IsolatedSource`, `""` when absent.
    pub isolated_source: String,
    /// `DefaultLoginUser`, when given.
    pub default_login_user: Option<String>,
}

/// `RestrictState`s to draw: absent, the vendor's, and look-alikes.
pub const RESTRICT_STATES: [&str; 6] = [
    "",
    "NORMAL",
    "EXPIRED",
    "PROTECTIVELY_ISOLATED",
    "expired",
    "ISOLATED",
];

/// `IsolatedSource`s to draw: absent, the vendor's, and a look-alike.
pub const ISOLATED_SOURCES: [&str; 6] =
    ["", "NOTISOLATED", "ARREAR", "EXPIRE", "MANMADE", "Arrear"];

/// `DefaultLoginUser`s to draw: the usual accounts, and an empty one.
pub const LOGIN_USERS: [&str; 6] = ["root", "ubuntu", "Administrator", "admin", "Admin", ""];

/// What a restricted instance's warning names: the field, then its value;
/// `RestrictState` first, and only the values the vendor documents.
pub fn restriction(row: &Row) -> Option<(&'static str, &'static str)> {
    match (row.restrict_state.as_str(), row.isolated_source.as_str()) {
        ("EXPIRED", _) => Some(("RestrictState", "EXPIRED")),
        ("PROTECTIVELY_ISOLATED", _) => Some(("RestrictState", "PROTECTIVELY_ISOLATED")),
        (_, "ARREAR") => Some(("IsolatedSource", "ARREAR")),
        (_, "EXPIRE") => Some(("IsolatedSource", "EXPIRE")),
        (_, "MANMADE") => Some(("IsolatedSource", "MANMADE")),
        _ => None,
    }
}

/// A request and what the caller knows of its instances, as plain data.
#[derive(Clone, Debug, Default)]
pub struct Case {
    pub region: Option<String>,
    pub ids: Vec<String>,
    pub password: Option<String>,
    pub username: Option<String>,
    pub force_stop: bool,
    /// `None` when the caller knows nothing (`Request::preflight`). An id
    /// with several rows is described by the last one.
    pub facts: Option<Vec<Row>>,
    /// The regions `DescribeRegions` lists as available, where the caller
    /// gives them (`Preflight::with_regions`).
    pub available_regions: Option<Vec<String>>,
}

/// One problem, as plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub code: &'static str,
    pub api_error_code: Option<&'static str>,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The position in `InstanceIds` of the id concerned.
    pub index: Option<usize>,
    /// The figures it carries, in the order its variant declares them; a
    /// category set counts as its size.
    pub figures: Vec<usize>,
    /// The state an instance is refused in, or the restriction it is
    /// warned of.
    pub state: Option<&'static str>,
}

/// Everything a pre-flight says, as plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub policy: Policy,
    pub problems: Vec<Found>,
    pub errors: usize,
    pub warnings: usize,
    pub ok: bool,
}

/// `ins-` followed by exactly 8 of `a-z0-9`, counted in characters.
pub fn well_formed(id: &str) -> bool {
    id.chars().count() == 12
        && id.starts_with("ins-")
        && id
            .chars()
            .skip(4)
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The OS an `OsName` names: `Windows` or `Ubuntu` at its start, in any
/// ASCII case, after white space; nothing at all is unknown.
pub fn os_of(os_name: &str) -> Os {
    let name = os_name.trim_start_matches(char::is_whitespace);
    let starts = |word: &str| {
        name.chars()
            .map(|c| c.to_ascii_lowercase())
            .take(word.len())
            .eq(word.chars())
    };
    if name.is_empty() {
        Os::Unknown
    } else if starts("windows") {
        Os::Windows
    } else if starts("ubuntu") {
        Os::Ubuntu
    } else {
        Os::Linux
    }
}

/// The row describing `id`: the last that names it.
fn row<'c>(case: &'c Case, id: &str) -> Option<&'c Row> {
    case.facts.as_ref()?.iter().rev().find(|row| row.id == id)
}

/// The OS of every instance the password must suit: each well-formed id
/// examined (a repetition too), of unknown OS when undescribed, and one of
/// unknown OS for the ids past the limit.
pub fn os_mix(case: &Case) -> Vec<Os> {
    let mut mix = Vec::new();
    for id in case.ids.iter().take(ID_LIMIT) {
        if well_formed(id) {
            mix.push(row(case, id).map_or(Os::Unknown, |row| os_of(&row.os_name)));
        }
    }
    if case.ids.len() > ID_LIMIT {
        mix.push(Os::Unknown);
    }
    mix
}

/// The Windows rules when any instance is Windows or unknown, or when there
/// is none; else the Linux rules.
pub fn policy_of(mix: &[Os]) -> Policy {
    if mix.is_empty() || mix.iter().any(|os| matches!(os, Os::Windows | Os::Unknown)) {
        Policy::WINDOWS
    } else {
        Policy::LINUX
    }
}

fn error(
    code: &'static str,
    api: &'static str,
    index: Option<usize>,
    figures: Vec<usize>,
) -> Found {
    Found {
        code,
        api_error_code: Some(api),
        severity: "error",
        index,
        figures,
        state: None,
    }
}

fn warning(code: &'static str, index: Option<usize>, figures: Vec<usize>) -> Found {
    Found {
        code,
        api_error_code: None,
        severity: "warning",
        index,
        figures,
        state: None,
    }
}

/// What the model says of `case`.
pub fn expected(case: &Case) -> Outcome {
    let policy = policy_of(&os_mix(case));
    let mut problems = Vec::new();

    if let Some(region) = &case.region {
        let refused = match &case.available_regions {
            // The caller's facts decide.
            Some(available) => !available.contains(region),
            None => {
                if REGIONS_ELSEWHERE.contains(&region.as_str()) {
                    problems.push(warning("region_not_listed", None, vec![]));
                }
                !REGIONS.contains(&region.as_str()) && !REGIONS_ELSEWHERE.contains(&region.as_str())
            }
        };
        if refused {
            problems.push(error(
                "unsupported_region",
                "UnsupportedRegion",
                None,
                vec![],
            ));
        }
    }

    let count = case.ids.len();
    if count == 0 {
        problems.push(error(
            "missing_instance_ids",
            "MissingParameter",
            None,
            vec![],
        ));
    } else if count > MAX_IDS {
        problems.push(error(
            "too_many_instance_ids",
            "InvalidParameterValue.LimitExceeded",
            None,
            vec![count, MAX_IDS],
        ));
    }

    match &case.password {
        None => problems.push(error("missing_password", "MissingParameter", None, vec![])),
        Some(password) => {
            // The password model reads an empty name as none. Without a
            // `UserName`, each described `DefaultLoginUser` of the ids
            // examined is looked for, in order: the first the password
            // contains decides; none contained, the first's verdict.
            let users: Vec<&str> = match (&case.username, &case.facts) {
                (None, Some(_)) => case
                    .ids
                    .iter()
                    .take(ID_LIMIT)
                    .filter(|id| well_formed(id))
                    .filter_map(|id| row(case, id)?.default_login_user.as_deref())
                    .collect(),
                _ => vec![],
            };
            let verdicts: Vec<_> = users
                .iter()
                .map(|user| super::check(&policy, password, Some(user)))
                .collect();
            let verdict = verdicts
                .iter()
                .find(|v| !v.violations.is_empty())
                .or(verdicts.first())
                .cloned()
                .unwrap_or_else(|| super::check(&policy, password, case.username.as_deref()));
            for &code in &verdict.violations {
                let figures = match code {
                    "too_short" => vec![verdict.length, policy.min_length()],
                    "too_long" => vec![verdict.length, policy.max_length()],
                    "too_few_categories" => {
                        vec![verdict.categories.len(), policy.required_categories()]
                    }
                    "disallowed_character" => vec![verdict.disallowed],
                    _ => vec![],
                };
                problems.push(error(code, INVALID_PASSWORD, None, figures));
            }
            for &code in &verdict.warnings {
                let figures = vec![verdict.length, policy.recommended_min_length()];
                problems.push(warning(code, None, figures));
            }
        }
    }

    if let Some(name) = &case.username {
        let length = name.chars().count();
        if length > MAX_USERNAME {
            problems.push(error(
                "username_too_long",
                "InvalidParameterValue.TooLong",
                None,
                vec![length, MAX_USERNAME],
            ));
        }
    }

    for (index, id) in case.ids.iter().enumerate().take(ID_LIMIT) {
        let at = Some(index);
        if !well_formed(id) {
            problems.push(error(
                "malformed_instance_id",
                "InvalidInstanceId.Malformed",
                at,
                vec![],
            ));
            continue;
        }
        if let Some(first) = case.ids[..index].iter().position(|earlier| earlier == id) {
            problems.push(warning("duplicate_instance_id", at, vec![first]));
            continue;
        }
        if case.facts.is_none() {
            continue;
        }
        let Some(row) = row(case, id) else {
            problems.push(warning("undescribed_instance", at, vec![]));
            continue;
        };
        match STATES.iter().find(|(name, _)| *name == row.state).copied() {
            None => problems.push(warning("unknown_instance_state", at, vec![])),
            Some(("RUNNING", _)) if case.force_stop => {
                problems.push(warning("forced_shutdown", at, vec![]));
            }
            Some(("RUNNING", Some(api))) => {
                problems.push(error("instance_running", api, at, vec![]));
            }
            Some((name, Some(api))) => problems.push(Found {
                state: Some(name),
                ..error("unsupported_instance_state", api, at, vec![])
            }),
            Some((_, None)) => {
                if let Some((_, value)) = restriction(row) {
                    problems.push(Found {
                        state: Some(value),
                        ..warning("restricted_instance", at, vec![])
                    });
                }
            }
        }
    }

    let errors = problems.iter().filter(|p| p.severity == "error").count();
    Outcome {
        policy,
        errors,
        warnings: problems.len() - errors,
        ok: errors == 0,
        problems,
    }
}

/// The request `case` describes.
pub fn request(case: &Case) -> Request<'_, String> {
    let mut request = Request::new(&case.ids).with_force_stop(case.force_stop);
    if let Some(region) = &case.region {
        request = request.with_region(region);
    }
    if let Some(password) = &case.password {
        request = request.with_password(password);
    }
    if let Some(username) = &case.username {
        request = request.with_username(username);
    }
    request
}

/// The caller's facts, read by the crate from the API's strings; a later
/// row replaces an earlier one.
pub fn described(rows: &[Row]) -> HashMap<String, Instance> {
    rows.iter()
        .map(|row| {
            let restriction = Restriction::from_names(&row.restrict_state, &row.isolated_source);
            let instance = Instance::from_os_name_and_state(&row.os_name, &row.state)
                .with_restriction(restriction);
            (row.id.clone(), instance)
        })
        .collect()
}

/// The `DefaultLoginUser` of each id, as the last row naming it says.
pub fn login_users(rows: &[Row]) -> HashMap<String, Option<String>> {
    rows.iter()
        .map(|row| (row.id.clone(), row.default_login_user.clone()))
        .collect()
}

/// The real pre-flight of `case`.
pub fn actual(case: &Case) -> Outcome {
    let request = request(case);
    let available = |region: &str| {
        case.available_regions
            .as_ref()
            .is_some_and(|regions| regions.iter().any(|r| r == region))
    };
    let described = case.facts.as_deref().map(described);
    let facts = |id: &str| described.as_ref().and_then(|d| d.get(id).copied());
    let users = case.facts.as_deref().map(login_users);
    let user = |id: &str| users.as_ref()?.get(id)?.as_deref();
    let preflight = match &case.facts {
        None => request.preflight(),
        Some(_) => request
            .preflight_with(&facts)
            .with_default_login_users(&user),
    };
    if case.available_regions.is_some() {
        outcome(&preflight.with_regions(&available))
    } else {
        outcome(&preflight)
    }
}

/// What `preflight` says, as plain data.
pub fn outcome<Id: AsRef<str>>(preflight: &Preflight<'_, Id>) -> Outcome {
    Outcome {
        policy: preflight.policy(),
        problems: preflight.problems().map(found).collect(),
        errors: preflight.errors().count(),
        warnings: preflight.warnings().count(),
        ok: preflight.is_ok(),
    }
}

/// One problem as plain data.
pub fn found(problem: Problem) -> Found {
    let figures = match problem {
        Problem::TooManyInstanceIds { count, max, .. } => vec![count, max],
        Problem::DuplicateInstanceId { first, .. } => vec![first],
        Problem::UsernameTooLong { length, max, .. } => vec![length, max],
        Problem::Password(Violation::TooShort { length, min, .. }) => vec![length, min],
        Problem::Password(Violation::TooLong { length, max, .. }) => vec![length, max],
        Problem::Password(Violation::TooFewCategories {
            present, required, ..
        }) => vec![present.len(), required],
        Problem::Password(Violation::DisallowedCharacter { count, .. }) => vec![count],
        Problem::PasswordWarning(Warning::ShorterThanRecommended {
            length,
            recommended,
            ..
        }) => vec![length, recommended],
        _ => vec![],
    };
    let state = match problem {
        Problem::UnsupportedInstanceState { state, .. } => Some(state.name()),
        Problem::RestrictedInstance { restriction, .. } => Some(restriction.name()),
        _ => None,
    };
    Found {
        code: problem.code(),
        api_error_code: problem.api_error_code(),
        severity: problem.severity().name(),
        index: problem.instance_index(),
        figures,
        state,
    }
}
