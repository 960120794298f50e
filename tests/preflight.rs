//! The request pre-flight: every row of SPEC section 7 at its boundaries,
//! the OS mix, the order of problems, their messages word for word in both
//! languages, and secrecy.

use crate::model;

use std::cell::RefCell;
use std::collections::HashMap;

use cvm_password::{
    is_instance_id, Figure, Instance, InstanceState, Lang, Os, Policy, Preflight, Problem, Region,
    Request, Restriction, Severity, Violation, ID_INSPECTION_LIMIT, INVALID_PASSWORD,
    MAX_INSTANCE_IDS, MAX_USERNAME_LENGTH,
};
// The vendor's lists, as the model spells them: the boundary tests below
// and the model read the same page.
use model::preflight::{REGIONS, STATES};

/// Accepted by both policies with no warning, and free of `Administrator`.
const PASSWORD: &str = "abc123ABC!@#xyz";
const ID: &str = "ins-r8hr2upy";
const OTHER_ID: &str = "ins-5d8a23rs";

/// `n` distinct well-formed ids.
fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("ins-{i:08}")).collect()
}

fn codes<Id: AsRef<str>>(preflight: &Preflight<'_, Id>) -> Vec<&'static str> {
    preflight.problems().map(|p| p.code()).collect()
}

fn api_codes<Id: AsRef<str>>(preflight: &Preflight<'_, Id>) -> Vec<Option<&'static str>> {
    preflight.problems().map(|p| p.api_error_code()).collect()
}

/// Facts from `(id, OsName, InstanceState)` triples, as `DescribeInstances`
/// reports them.
fn described(rows: &[(&str, &str, &str)]) -> HashMap<String, Instance> {
    rows.iter()
        .map(|&(id, os, state)| (id.to_owned(), Instance::from_os_name_and_state(os, state)))
        .collect()
}

fn only(preflight: &Preflight<'_, impl AsRef<str>>) -> Problem {
    let problems: Vec<_> = preflight.problems().collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    problems[0]
}

// --- InstanceIds: how many ----------------------------------------------

#[test]
fn no_instance_ids_is_missing_parameter() {
    let none: [&str; 0] = [];
    let preflight = Request::new(&none).with_password(PASSWORD).preflight();
    let problem = only(&preflight);
    assert_eq!(problem, Problem::MissingInstanceIds);
    assert_eq!(problem.code(), "missing_instance_ids");
    assert_eq!(problem.api_error_code(), Some("MissingParameter"));
    assert_eq!(problem.severity(), Severity::Error);
    assert!(!preflight.is_ok());
}

#[test]
fn one_and_a_hundred_instance_ids_pass() {
    assert_eq!(MAX_INSTANCE_IDS, 100);
    for n in [1, 2, 99, 100] {
        let ids = ids(n);
        let preflight = Request::new(&ids).with_password(PASSWORD).preflight();
        assert_eq!(codes(&preflight), Vec::<&str>::new(), "{n} ids");
        assert!(preflight.is_ok());
    }
}

#[test]
fn a_hundred_and_one_instance_ids_exceed_the_limit() {
    for n in [101, 102, 500] {
        let ids = ids(n);
        let preflight = Request::new(&ids).with_password(PASSWORD).preflight();
        let problem = only(&preflight);
        assert!(matches!(
            problem,
            Problem::TooManyInstanceIds { count, max: 100, .. } if count == n
        ));
        assert_eq!(problem.code(), "too_many_instance_ids");
        assert_eq!(
            problem.api_error_code(),
            Some("InvalidParameterValue.LimitExceeded")
        );
        assert_eq!(
            problem.to_string(),
            format!("too many instance ids: {n}, at most 100 per request")
        );
    }
}

// --- InstanceIds: syntax ------------------------------------------------

const WELL_FORMED: [&str; 5] = [
    "ins-r8hr2upy",
    "ins-00000000",
    "ins-zzzzzzzz",
    "ins-a1b2c3d4",
    "ins-99999999",
];

const MALFORMED: [(&str, &str); 22] = [
    ("wrong prefix", "abc-r8hr2upy"),
    ("wrong prefix", "lhins-r8hr2upy"),
    ("wrong prefix", "ins_r8hr2upy"),
    ("wrong prefix", "insr8hr2upy1"),
    ("wrong prefix", "in-r8hr2upyx"),
    ("wrong prefix", "INS-r8hr2upy"),
    ("7 characters", "ins-r8hr2up"),
    ("9 characters", "ins-r8hr2upyy"),
    ("vendor's example of a bad length", "ins-1122"),
    ("uppercase", "ins-R8HR2UPY"),
    ("uppercase", "ins-r8hr2upY"),
    ("non-ASCII", "ins-r8hr2upé"),
    ("non-ASCII", "ins-r8hr2upｙ"),
    ("non-ASCII", "ins-r8hr2upу"),
    ("non-ASCII", "ins-r8hr2up\u{200b}"),
    ("empty", ""),
    ("prefix only", "ins-"),
    ("leading space", " ins-r8hr2upy"),
    ("trailing space", "ins-r8hr2upy "),
    ("inner dash", "ins-r8hr-upy"),
    ("special", "ins-r8hr2up!"),
    ("control", "ins-r8hr2up\n"),
];

#[test]
fn well_formed_instance_ids_pass() {
    for id in WELL_FORMED {
        assert!(is_instance_id(id), "{id}");
        let ids = [id];
        let preflight = Request::new(&ids).with_password(PASSWORD).preflight();
        assert_eq!(codes(&preflight), Vec::<&str>::new(), "{id}");
    }
}

#[test]
fn each_kind_of_malformed_id_is_reported_with_its_position() {
    for (kind, bad) in MALFORMED {
        assert!(!is_instance_id(bad), "{kind}: {bad:?}");
        let ids = [ID, bad, OTHER_ID];
        let preflight = Request::new(&ids).with_password(PASSWORD).preflight();
        let problem = only(&preflight);
        assert!(
            matches!(problem, Problem::MalformedInstanceId { index: 1, .. }),
            "{kind}: {problem:?}"
        );
        assert_eq!(problem.instance_index(), Some(1));
        assert_eq!(problem.code(), "malformed_instance_id");
        assert_eq!(
            problem.api_error_code(),
            Some("InvalidInstanceId.Malformed")
        );
    }
}

#[test]
fn every_malformed_id_is_reported_not_only_the_first() {
    let ids = ["ins-1122", ID, "ins-R8HR2UPY", "x"];
    let preflight = Request::new(&ids).with_password(PASSWORD).preflight();
    let indexes: Vec<_> = preflight
        .errors()
        .map(|p| p.instance_index().unwrap())
        .collect();
    assert_eq!(indexes, [0, 2, 3]);
}

// --- InstanceIds: repetitions -------------------------------------------

#[test]
fn a_repeated_id_is_a_warning_naming_both_positions() {
    let ids = [ID, OTHER_ID, ID, ID];
    let preflight = Request::new(&ids).with_password(PASSWORD).preflight();
    assert!(preflight.is_ok());
    let warnings: Vec<_> = preflight.warnings().collect();
    assert_eq!(warnings.len(), 2);
    assert!(matches!(
        warnings[0],
        Problem::DuplicateInstanceId {
            index: 2,
            first: 0,
            ..
        }
    ));
    assert!(matches!(
        warnings[1],
        Problem::DuplicateInstanceId {
            index: 3,
            first: 0,
            ..
        }
    ));
    assert_eq!(warnings[0].code(), "duplicate_instance_id");
    assert_eq!(warnings[0].api_error_code(), None);
    assert_eq!(warnings[0].severity(), Severity::Warning);
}

#[test]
fn a_repeated_malformed_id_is_reported_malformed_each_time_and_nothing_more() {
    let ids = ["ins-BAD", "ins-BAD"];
    let preflight = Request::new(&ids).with_password(PASSWORD).preflight();
    assert_eq!(
        codes(&preflight),
        ["malformed_instance_id", "malformed_instance_id"]
    );
}

#[test]
fn a_repeated_instance_reports_its_state_once() {
    let facts = described(&[(ID, "CentOS 7.9 64bit", "RUNNING")]);
    let lookup = |id: &str| facts.get(id).copied();
    let ids = [ID, ID];
    let preflight = Request::new(&ids)
        .with_password(PASSWORD)
        .preflight_with(&lookup);
    assert_eq!(
        codes(&preflight),
        ["instance_running", "duplicate_instance_id"]
    );
}

// --- Password -----------------------------------------------------------

#[test]
fn no_password_is_missing_parameter() {
    let preflight = Request::new(&[ID]).preflight();
    let problem = only(&preflight);
    assert_eq!(problem, Problem::MissingPassword);
    assert_eq!(problem.code(), "missing_password");
    assert_eq!(problem.api_error_code(), Some("MissingParameter"));
}

#[test]
fn an_empty_password_is_checked_and_too_short() {
    let preflight = Request::new(&[ID]).with_password("").preflight();
    assert_eq!(codes(&preflight), ["too_short", "too_few_categories"]);
    assert_eq!(
        api_codes(&preflight),
        [Some(INVALID_PASSWORD), Some(INVALID_PASSWORD)]
    );
}

#[test]
fn password_problems_carry_the_core_violations() {
    for password in [
        "/short",
        "ab",
        "xAdministratorx",
        "ａbc123ABC!@#",
        "pass word 123",
    ] {
        let preflight = Request::new(&[ID]).with_password(password).preflight();
        let carried: Vec<Violation> = preflight
            .problems()
            .map(|p| match p {
                Problem::Password(v) => v,
                other => panic!("{other:?}"),
            })
            .collect();
        let core: Vec<_> = Policy::WINDOWS
            .check(password, None)
            .unwrap_err()
            .violations()
            .collect();
        assert_eq!(carried, core, "{password:?}");
        for p in preflight.problems() {
            assert_eq!(
                p.api_error_code(),
                Some("InvalidParameterValue.InvalidPassword")
            );
        }
    }
}

#[test]
fn password_warnings_are_warnings() {
    let facts = described(&[(ID, "Debian 12.4 64bit", "STOPPED")]);
    let lookup = |id: &str| facts.get(id).copied();
    let preflight = Request::new(&[ID])
        .with_password("Abcdef12")
        .preflight_with(&lookup);
    assert!(preflight.is_ok());
    let problem = only(&preflight);
    assert!(matches!(problem, Problem::PasswordWarning(_)));
    assert_eq!(problem.code(), "shorter_than_recommended");
    assert_eq!(problem.api_error_code(), None);
}

// --- UserName -----------------------------------------------------------

#[test]
fn a_username_of_64_characters_passes_and_65_is_too_long() {
    assert_eq!(MAX_USERNAME_LENGTH, 64);
    // Counted in characters: 2 or 3 bytes each do not make them longer.
    for unit in ["u", "é", "用"] {
        let at_limit = unit.repeat(64);
        let preflight = Request::new(&[ID])
            .with_password(PASSWORD)
            .with_username(&at_limit)
            .preflight();
        assert_eq!(codes(&preflight), Vec::<&str>::new(), "64 × {unit}");

        let over = unit.repeat(65);
        let preflight = Request::new(&[ID])
            .with_password(PASSWORD)
            .with_username(&over)
            .preflight();
        let problem = only(&preflight);
        assert!(matches!(
            problem,
            Problem::UsernameTooLong {
                length: 65,
                max: 64,
                ..
            }
        ));
        assert_eq!(problem.code(), "username_too_long");
        assert_eq!(
            problem.api_error_code(),
            Some("InvalidParameterValue.TooLong")
        );
    }
}

#[test]
fn the_username_rule_uses_username_or_the_default_administrator() {
    let with_admin = "Administrator#2024";
    let with_deploy = "deploy#Admin2024";
    let check = |password: &str, username: Option<&str>| {
        let request = Request::new(&[ID]).with_password(password);
        let request = match username {
            Some(name) => request.with_username(name),
            None => request,
        };
        codes(&request.preflight())
    };
    // Windows rules (no facts): the default administrator is looked for.
    assert_eq!(check(with_admin, None), ["contains_username"]);
    // An empty UserName counts as none.
    assert_eq!(check(with_admin, Some("")), ["contains_username"]);
    assert_eq!(check(with_admin, Some("deploy")), Vec::<&str>::new());
    assert_eq!(check(with_deploy, Some("deploy")), ["contains_username"]);
    assert_eq!(check(with_deploy, Some("DEPLOY")), ["contains_username"]);
}

// --- Region -------------------------------------------------------------

#[test]
fn the_18_regions_are_exactly_the_vendors() {
    let names: Vec<_> = Region::ALL.iter().map(|r| r.name()).collect();
    assert_eq!(names, REGIONS);
    for name in REGIONS {
        let region = Region::from_name(name).unwrap();
        assert_eq!(region.to_string(), name);
        let preflight = Request::new(&[ID])
            .with_region(name)
            .with_password(PASSWORD)
            .preflight();
        assert_eq!(codes(&preflight), Vec::<&str>::new(), "{name}");
    }
}

#[test]
fn any_other_region_is_unsupported() {
    for name in [
        "ap-mars-1",
        "ap-guangzhou-1",
        "AP-GUANGZHOU",
        "ap-guangzhou ",
        " ap-guangzhou",
        "guangzhou",
        "",
    ] {
        assert_eq!(Region::from_name(name), None, "{name:?}");
        let preflight = Request::new(&[ID])
            .with_region(name)
            .with_password(PASSWORD)
            .preflight();
        let problem = only(&preflight);
        assert_eq!(problem, Problem::UnsupportedRegion);
        assert_eq!(problem.code(), "unsupported_region");
        assert_eq!(problem.api_error_code(), Some("UnsupportedRegion"));
    }
}

#[test]
fn a_cvm_region_the_page_does_not_list_is_a_warning_naming_the_pages_date() {
    assert_eq!(
        Region::LISTED_ELSEWHERE,
        [
            "ap-guangzhou-open",
            "ap-guiyang",
            "ap-mumbai",
            "ap-xian-ec",
            "eu-moscow",
            "na-toronto"
        ]
    );
    for name in Region::LISTED_ELSEWHERE {
        let preflight = Request::new(&[ID])
            .with_region(name)
            .with_password(PASSWORD)
            .preflight();
        let problem = only(&preflight);
        assert_eq!(problem, Problem::RegionNotListed);
        assert_eq!(problem.code(), "region_not_listed");
        assert_eq!(problem.api_error_code(), None);
        assert!(preflight.is_ok(), "{name}");
        assert_eq!(
            problem.message(Lang::En).to_string(),
            "region is not among the 18 the ResetInstancesPassword page lists (as of 2025-12-17), \
             though Tencent Cloud names it for CVM elsewhere: the call may be refused"
        );
        assert_eq!(
            problem.message(Lang::ZhCn).to_string(),
            "该地域不在 ResetInstancesPassword 文档列出的 18 个地域之中（截至 2025-12-17），\
             但腾讯云在别处将其列为 CVM 地域：调用可能被拒绝"
        );
    }
}

#[test]
fn regions_the_caller_knows_beat_the_lists() {
    let available = |region: &str| ["ap-guiyang", "ap-mars-1"].contains(&region);
    for (name, expected) in [
        ("ap-guiyang", vec![]),
        ("ap-mars-1", vec![]),
        // Listed by the page, but not available here: the facts decide.
        ("ap-guangzhou", vec!["unsupported_region"]),
        ("ap-mumbai", vec!["unsupported_region"]),
    ] {
        let request = Request::new(&[ID])
            .with_region(name)
            .with_password(PASSWORD);
        let preflight = request.preflight().with_regions(&available);
        assert_eq!(codes(&preflight), expected, "{name}");
    }
}

#[test]
fn no_region_is_not_checked() {
    let preflight = Request::new(&[ID]).with_password(PASSWORD).preflight();
    assert!(preflight.is_ok());
    assert_eq!(preflight.problems().count(), 0);
}

// --- InstanceState ------------------------------------------------------

fn preflight_state(state: &str, force_stop: bool) -> Vec<Problem> {
    let facts = described(&[
        (OTHER_ID, "CentOS 7.9 64bit", "STOPPED"),
        (ID, "CentOS 7.9 64bit", state),
    ]);
    let lookup = |id: &str| facts.get(id).copied();
    let ids = [OTHER_ID, ID];
    let request = Request::new(&ids)
        .with_password(PASSWORD)
        .with_force_stop(force_stop);
    request.preflight_with(&lookup).problems().collect()
}

#[test]
fn every_listed_state_is_known_by_its_api_name() {
    let names: Vec<_> = InstanceState::ALL.iter().map(|s| s.name()).collect();
    let listed: Vec<_> = STATES.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, listed);
    for (name, code) in STATES {
        let state = InstanceState::from_name(name).unwrap();
        assert_eq!(state.name(), name);
        assert_eq!(state.api_error_code(), code, "{name}");
    }
}

#[test]
fn every_refusing_state_is_an_error_with_its_code_force_stop_or_not() {
    for (name, code) in STATES {
        if name == "RUNNING" {
            continue;
        }
        for force_stop in [false, true] {
            let problems = preflight_state(name, force_stop);
            match code {
                None => assert_eq!(problems, [], "{name}"),
                Some(code) => {
                    let [problem] = problems[..] else {
                        panic!("{name}: {problems:?}")
                    };
                    assert!(matches!(
                        problem,
                        Problem::UnsupportedInstanceState { index: 1, state, .. }
                            if state.name() == name
                    ));
                    assert_eq!(problem.code(), "unsupported_instance_state");
                    assert_eq!(problem.api_error_code(), Some(code), "{name}");
                    assert!(problem.is_error());
                }
            }
        }
    }
}

#[test]
fn running_without_force_stop_is_refused() {
    let [problem] = preflight_state("RUNNING", false)[..] else {
        panic!()
    };
    assert!(matches!(problem, Problem::InstanceRunning { index: 1, .. }));
    assert_eq!(problem.code(), "instance_running");
    assert_eq!(
        problem.api_error_code(),
        Some("UnsupportedOperation.InstanceStateRunning")
    );
}

#[test]
fn running_with_force_stop_is_a_warning_about_data_loss() {
    let [problem] = preflight_state("RUNNING", true)[..] else {
        panic!()
    };
    assert!(matches!(problem, Problem::ForcedShutdown { index: 1, .. }));
    assert_eq!(problem.code(), "forced_shutdown");
    assert_eq!(problem.severity(), Severity::Warning);
    assert!(problem
        .to_string()
        .contains("a forced shutdown may lose data"));
}

#[test]
fn an_unknown_state_is_a_warning() {
    for name in ["HIBERNATING", "running", "", "Stopped"] {
        assert_eq!(InstanceState::from_name(name), None, "{name:?}");
        let [problem] = preflight_state(name, false)[..] else {
            panic!("{name:?}")
        };
        assert!(matches!(
            problem,
            Problem::UnknownInstanceState { index: 1, .. }
        ));
        assert_eq!(problem.code(), "unknown_instance_state");
        assert!(!problem.is_error());
    }
}

#[test]
fn an_id_the_facts_do_not_describe_is_a_warning_and_counts_as_windows() {
    let facts = described(&[(ID, "CentOS 7.9 64bit", "STOPPED")]);
    let lookup = |id: &str| facts.get(id).copied();
    let ids = [ID, OTHER_ID];
    let preflight = Request::new(&ids)
        .with_password(PASSWORD)
        .preflight_with(&lookup);
    let problem = only(&preflight);
    assert!(matches!(
        problem,
        Problem::UndescribedInstance { index: 1, .. }
    ));
    assert_eq!(problem.code(), "undescribed_instance");
    assert_eq!(preflight.policy(), Policy::WINDOWS);
    assert!(preflight.is_ok());
}

#[test]
fn facts_about_ids_not_requested_are_ignored() {
    let facts = described(&[
        (ID, "CentOS 7.9 64bit", "STOPPED"),
        (OTHER_ID, "Windows Server 2019 DataCenter 64bit", "RUNNING"),
    ]);
    let asked = RefCell::new(Vec::new());
    let lookup = |id: &str| {
        asked.borrow_mut().push(id.to_owned());
        facts.get(id).copied()
    };
    let preflight = Request::new(&[ID])
        .with_password("Abcdef12!x")
        .preflight_with(&lookup);
    assert_eq!(preflight.policy(), Policy::LINUX);
    assert_eq!(codes(&preflight), ["shorter_than_recommended"]);
    assert!(asked.borrow().iter().all(|id| id == ID));
}

// --- The OS mix ---------------------------------------------------------

fn policy_for(rows: &[(&str, &str, &str)], ids: &[&str]) -> Policy {
    let facts = described(rows);
    let lookup = |id: &str| facts.get(id).copied();
    Request::new(ids)
        .with_password(PASSWORD)
        .preflight_with(&lookup)
        .policy()
}

#[test]
fn only_linux_instances_follow_the_linux_rules() {
    let rows = [
        (ID, "TencentOS Server 3.1 (TK4)", "STOPPED"),
        (OTHER_ID, "Ubuntu Server 22.04 LTS 64bit", "STOPPED"),
    ];
    assert_eq!(policy_for(&rows, &[ID, OTHER_ID]), Policy::LINUX);
    assert_eq!(policy_for(&rows, &[OTHER_ID]), Policy::LINUX);

    // 8 characters: accepted on Linux, with a warning.
    let facts = described(&rows);
    let lookup = |id: &str| facts.get(id).copied();
    let preflight = Request::new(&[ID, OTHER_ID])
        .with_password("Abcdef12")
        .preflight_with(&lookup);
    assert_eq!(codes(&preflight), ["shorter_than_recommended"]);
    // Linux does not look for the username.
    let preflight = Request::new(&[ID, OTHER_ID])
        .with_password("Administrator#1")
        .preflight_with(&lookup);
    assert_eq!(codes(&preflight), Vec::<&str>::new());
}

#[test]
fn one_windows_instance_makes_the_whole_request_follow_the_windows_rules() {
    for windows in [
        "Windows Server 2019 DataCenter 64bit",
        "WINDOWS SERVER 2016",
        "windows server 2022 数据中心版 64位中文版",
    ] {
        let rows = [
            (ID, "TencentOS Server 3.1 (TK4)", "STOPPED"),
            (OTHER_ID, windows, "STOPPED"),
        ];
        assert_eq!(policy_for(&rows, &[ID, OTHER_ID]), Policy::WINDOWS);
        let facts = described(&rows);
        let lookup = |id: &str| facts.get(id).copied();
        let preflight = Request::new(&[ID, OTHER_ID])
            .with_password("Abcdef12")
            .preflight_with(&lookup);
        assert_eq!(codes(&preflight), ["too_short"]);
        assert_eq!(
            preflight.problems().next().unwrap().to_string(),
            "password is too short: 8 characters, at least 12 required"
        );
    }
}

#[test]
fn an_unknown_os_counts_as_windows() {
    let rows = [
        (ID, "CentOS 7.9 64bit", "STOPPED"),
        (OTHER_ID, "", "STOPPED"),
    ];
    assert_eq!(policy_for(&rows, &[ID, OTHER_ID]), Policy::WINDOWS);
    // Described by nobody.
    assert_eq!(policy_for(&rows[..1], &[ID, OTHER_ID]), Policy::WINDOWS);
    // Knowing nothing at all.
    let preflight = Request::new(&[ID]).with_password(PASSWORD).preflight();
    assert_eq!(preflight.policy(), Policy::WINDOWS);
    // No instance at all.
    let none: [&str; 0] = [];
    let preflight = Request::new(&none).with_password(PASSWORD).preflight();
    assert_eq!(preflight.policy(), Policy::WINDOWS);
    // Facts saying the OS is unknown.
    let facts = |_: &str| Some(Instance::new(Os::Unknown, Some(InstanceState::Stopped)));
    let preflight = Request::new(&[ID])
        .with_password(PASSWORD)
        .preflight_with(&facts);
    assert_eq!(preflight.policy(), Policy::WINDOWS);
}

#[test]
fn a_malformed_id_takes_no_part_in_the_mix() {
    let rows = [(ID, "CentOS 7.9 64bit", "STOPPED")];
    assert_eq!(policy_for(&rows, &[ID, "ins-BAD"]), Policy::LINUX);
    // Only malformed ids: no instance, the strictest rules.
    assert_eq!(policy_for(&rows, &["ins-BAD"]), Policy::WINDOWS);
}

#[test]
fn ids_past_the_inspection_limit_are_counted_not_examined_and_count_as_windows() {
    assert_eq!(ID_INSPECTION_LIMIT, 1000);
    let linux = |_: &str| {
        Some(Instance::from_os_name_and_state(
            "CentOS 7.9 64bit",
            "RUNNING",
        ))
    };
    for (n, policy) in [
        (ID_INSPECTION_LIMIT, Policy::LINUX),
        (ID_INSPECTION_LIMIT + 1, Policy::WINDOWS),
    ] {
        let ids = ids(n);
        let preflight = Request::new(&ids)
            .with_password(PASSWORD)
            .preflight_with(&linux);
        assert_eq!(preflight.policy(), policy, "{n} ids");
        let problems: Vec<_> = preflight.problems().collect();
        assert!(matches!(
            problems[0],
            Problem::TooManyInstanceIds { count, .. } if count == n
        ));
        // One `instance_running` per examined id, none past the limit.
        assert_eq!(problems.len(), 1 + ID_INSPECTION_LIMIT);
        assert_eq!(
            problems.last().unwrap().instance_index(),
            Some(ID_INSPECTION_LIMIT - 1)
        );
    }
}

// --- Order and iteration -------------------------------------------------

#[test]
fn problems_come_in_parameter_order_then_by_instance() {
    let facts = described(&[
        (ID, "CentOS 7.9 64bit", "PENDING"),
        (OTHER_ID, "Windows Server 2019 DataCenter 64bit", "RUNNING"),
    ]);
    let lookup = |id: &str| facts.get(id).copied();
    let long_name = "n".repeat(65);
    let ids = [ID, "ins-1122", OTHER_ID, ID, "ins-k3q8d1zw"];
    let preflight = Request::new(&ids)
        .with_region("ap-mars-1")
        .with_password("/abc")
        .with_username(&long_name)
        .with_force_stop(true)
        .preflight_with(&lookup);
    assert_eq!(
        codes(&preflight),
        [
            "unsupported_region",
            "too_short",
            "leading_slash",
            "too_few_categories",
            "username_too_long",
            "unsupported_instance_state",
            "malformed_instance_id",
            "forced_shutdown",
            "duplicate_instance_id",
            "undescribed_instance",
        ]
    );
    let indexes: Vec<_> = preflight.problems().map(|p| p.instance_index()).collect();
    assert_eq!(
        indexes,
        [
            None,
            None,
            None,
            None,
            None,
            Some(0),
            Some(1),
            Some(2),
            Some(3),
            Some(4)
        ]
    );
    let errors: Vec<_> = preflight.errors().map(|p| p.code()).collect();
    let warnings: Vec<_> = preflight.warnings().map(|p| p.code()).collect();
    assert_eq!(errors.len() + warnings.len(), 10);
    assert_eq!(
        warnings,
        [
            "forced_shutdown",
            "duplicate_instance_id",
            "undescribed_instance"
        ]
    );
    assert!(errors.iter().all(|code| !warnings.contains(code)));
}

#[test]
fn problems_can_be_listed_again_and_the_iterator_is_fused() {
    let ids = ["ins-1122", ID];
    let preflight = Request::new(&ids).preflight();
    let first: Vec<_> = preflight.problems().collect();
    let again: Vec<_> = preflight.problems().collect();
    assert_eq!(first, again);
    assert_eq!(first.len(), 2);

    let mut problems = preflight.problems();
    let copy = problems.clone();
    assert_eq!(problems.by_ref().count(), 2);
    assert_eq!(problems.next(), None);
    assert_eq!(problems.next(), None);
    assert_eq!(copy.count(), 2);
}

#[test]
fn owned_ids_work_as_borrowed_ones() {
    let owned: Vec<String> = vec![ID.to_owned(), "ins-1122".to_owned()];
    let preflight = Request::new(&owned).with_password(PASSWORD).preflight();
    assert_eq!(codes(&preflight), ["malformed_instance_id"]);
}

// --- Messages, word for word ---------------------------------------------

/// One request producing each kind of problem, and the problem's messages.
fn each_problem() -> Vec<(Problem, &'static str, &'static str)> {
    let facts = described(&[
        ("ins-00000001", "CentOS 7.9 64bit", "RUNNING"),
        ("ins-00000002", "CentOS 7.9 64bit", "REBOOTING"),
        ("ins-00000003", "CentOS 7.9 64bit", "HIBERNATING"),
        ("ins-00000005", "CentOS 7.9 64bit", "RUNNING"),
    ]);
    let lookup = |id: &str| facts.get(id).copied();
    let name = "n".repeat(70);
    let ids = [
        "ins-00000000",
        "ins-00000001",
        "ins-00000002",
        "ins-00000003",
        "ins-1122",
        "ins-00000001",
    ];
    let request = Request::new(&ids)
        .with_region("ap-mars-1")
        .with_password("Abc")
        .with_username(&name);
    let mut found: Vec<Problem> = request.preflight_with(&lookup).problems().collect();

    let forced_ids = ["ins-00000005"];
    let forced = Request::new(&forced_ids)
        .with_password("Abcdef12")
        .with_force_stop(true)
        .preflight_with(&lookup);
    found.extend(forced.problems());

    let none: [&str; 0] = [];
    let empty = Request::new(&none).preflight();
    found.extend(empty.problems());

    let many = ids_many();
    let too_many = Request::new(&many).with_password(PASSWORD).preflight();
    found.extend(too_many.problems());

    let expected: [(&str, &str); 14] = [
        (
            "region is not supported: ResetInstancesPassword is available in 18 regions",
            "不支持该地域：ResetInstancesPassword 仅在 18 个地域可用",
        ),
        (
            "password is too short: 3 characters, at least 12 required",
            "密码太短：3 个字符，至少需要 12 个",
        ),
        (
            "username is too long: 70 characters, at most 64 allowed",
            "用户名太长：70 个字符，最多允许 64 个",
        ),
        (
            "instance InstanceIds.0 is not among the described instances: its state is not checked, and its OS counts as Windows",
            "实例 InstanceIds.0 不在已查询的实例之中：未检查其状态，其操作系统按 Windows 处理",
        ),
        (
            "instance InstanceIds.1 is running: stop it first, or set ForceStop",
            "实例 InstanceIds.1 正在运行：请先关机，或设置 ForceStop",
        ),
        (
            "instance InstanceIds.2 is in state REBOOTING, where its password cannot be reset",
            "实例 InstanceIds.2 处于 REBOOTING 状态，此状态下不能重置密码",
        ),
        (
            "instance InstanceIds.3 is in an unknown state: whether its password can be reset is not checked",
            "实例 InstanceIds.3 的状态未知：未检查能否重置其密码",
        ),
        (
            "instance id InstanceIds.4 is malformed: it must be 'ins-' followed by 8 lowercase letters or digits",
            "实例 ID InstanceIds.4 格式错误：应为“ins-”后接 8 个小写字母或数字",
        ),
        (
            "instance id InstanceIds.5 repeats InstanceIds.1",
            "实例 ID InstanceIds.5 与 InstanceIds.1 重复",
        ),
        (
            "password is shorter than recommended: 8 characters, at least 12 recommended",
            "密码短于建议长度：8 个字符，建议至少 12 个",
        ),
        (
            "instance InstanceIds.0 is running and ForceStop is set: a forced shutdown may lose data",
            "实例 InstanceIds.0 正在运行且设置了 ForceStop：强制关机可能导致数据丢失",
        ),
        (
            "no instance ids: at least 1 required",
            "缺少实例 ID：至少需要 1 个",
        ),
        (
            "no password: Password is required",
            "缺少密码：Password 为必填参数",
        ),
        (
            "too many instance ids: 101, at most 100 per request",
            "实例 ID 太多：101 个，每次请求最多 100 个",
        ),
    ];
    // "Abc" also has too few categories, a core violation whose messages
    // the core's tests hold; every other problem is a kind of its own.
    let found: Vec<_> = found
        .into_iter()
        .filter(|p| p.code() != "too_few_categories")
        .collect();
    assert_eq!(found.len(), expected.len(), "{found:?}");
    found
        .into_iter()
        .zip(expected)
        .map(|(problem, (en, zh))| (problem, en, zh))
        .collect()
}

fn ids_many() -> Vec<String> {
    ids(101)
}

#[test]
fn every_kind_of_problem_has_its_message_in_both_languages() {
    let rows = each_problem();
    let mut kinds: Vec<_> = rows.iter().map(|(p, _, _)| p.code()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(
        kinds,
        [
            "duplicate_instance_id",
            "forced_shutdown",
            "instance_running",
            "malformed_instance_id",
            "missing_instance_ids",
            "missing_password",
            "shorter_than_recommended",
            "too_many_instance_ids",
            "too_short",
            "undescribed_instance",
            "unknown_instance_state",
            "unsupported_instance_state",
            "unsupported_region",
            "username_too_long",
        ]
    );
    for (problem, en, zh) in rows {
        assert_eq!(problem.to_string(), en, "{problem:?}");
        assert_eq!(problem.message(Lang::En).to_string(), en, "{problem:?}");
        assert_eq!(problem.message(Lang::ZhCn).to_string(), zh, "{problem:?}");
        // Lowercase, no trailing period, in English.
        assert!(!en.ends_with('.'), "{en}");
        assert!(!en.starts_with(|c: char| c.is_ascii_uppercase()), "{en}");
    }
}

#[test]
fn every_api_error_code_is_the_specs_word_for_word() {
    let rows = each_problem();
    for (problem, _, _) in rows {
        let expected = match problem.code() {
            "unsupported_region" => Some("UnsupportedRegion"),
            "missing_instance_ids" | "missing_password" => Some("MissingParameter"),
            "too_many_instance_ids" => Some("InvalidParameterValue.LimitExceeded"),
            "malformed_instance_id" => Some("InvalidInstanceId.Malformed"),
            "too_short" => Some("InvalidParameterValue.InvalidPassword"),
            "username_too_long" => Some("InvalidParameterValue.TooLong"),
            "instance_running" => Some("UnsupportedOperation.InstanceStateRunning"),
            "unsupported_instance_state" => Some("UnsupportedOperation.InstanceStateRebooting"),
            "region_not_listed"
            | "duplicate_instance_id"
            | "shorter_than_recommended"
            | "forced_shutdown"
            | "undescribed_instance"
            | "unknown_instance_state" => None,
            other => panic!("{other}"),
        };
        assert_eq!(problem.api_error_code(), expected, "{problem:?}");
        assert_eq!(problem.is_error(), expected.is_some());
        assert_eq!(
            problem.severity().name(),
            if expected.is_some() {
                "error"
            } else {
                "warning"
            }
        );
    }
}

// --- Secrecy --------------------------------------------------------------

#[test]
fn no_text_or_debug_output_holds_the_password_or_the_username() {
    let password = "Sx9#Tq2!Lm4@Zr";
    let username = "opsadminzed";
    let facts = described(&[(ID, "Windows Server 2019 DataCenter 64bit", "RUNNING")]);
    let lookup = |id: &str| facts.get(id).copied();
    for (password, username) in [
        (password, username),
        ("opsadminzed#Q1", username),
        ("/Sx9 Tq2\"Lm4", username),
    ] {
        let ids = [ID, "ins-1122"];
        let request = Request::new(&ids)
            .with_region("ap-guangzhou")
            .with_password(password)
            .with_username(username);
        let preflight = request.preflight_with(&lookup);
        let mut texts = vec![
            format!("{request:?}"),
            format!("{preflight:?}"),
            format!("{:?}", preflight.problems()),
        ];
        for p in preflight.problems() {
            texts.push(format!("{p:?}"));
            texts.push(p.to_string());
            texts.push(p.message(Lang::ZhCn).to_string());
        }
        assert!(texts.len() > 3);
        for text in texts {
            assert!(!text.contains(password), "{text}");
            assert!(!text.contains(username), "{text}");
        }
    }
}

#[test]
fn debug_of_a_request_shows_the_region_and_ids_and_redacts_the_rest() {
    let ids = [ID];
    let request = Request::new(&ids)
        .with_region("ap-tokyo")
        .with_password(PASSWORD)
        .with_username("deploy");
    assert_eq!(
        format!("{request:?}"),
        "Request { region: Some(\"ap-tokyo\"), instance_ids: [\"ins-r8hr2upy\"], \
         password: Some(<redacted>), username: Some(<redacted>), force_stop: false }"
    );
}

#[test]
fn debug_of_a_preflight_and_its_problems_shows_their_parts() {
    let ids = [ID];
    let request = Request::new(&ids).with_password(PASSWORD);
    let preflight = request.preflight();
    let debug = format!("{preflight:?}");
    assert!(
        debug.starts_with("Preflight { request: Request { region: None"),
        "{debug}"
    );
    assert!(
        debug.contains("facts_given: false, regions_given: false, policy: Policy {"),
        "{debug}"
    );
    let problems = format!("{:?}", preflight.problems());
    assert!(
        problems.starts_with("Problems { preflight: Preflight { request:"),
        "{problems}"
    );
    assert!(problems.contains("stage:"), "{problems}");
    assert!(!debug.contains(PASSWORD) && !problems.contains(PASSWORD));
}

/// Each problem's figures (what its message quotes, by name) and the
/// parameter it concerns.
#[test]
fn each_problem_names_its_figures_and_its_parameter() {
    fn figures_and_parameter(problem: Problem) -> (Vec<(&'static str, Figure)>, String) {
        let parameter = problem.parameter().map(|p| p.to_string());
        (problem.figures().collect(), parameter.unwrap_or_default())
    }
    let too_many = ids(101);
    let problem = only(&Request::new(&too_many).with_password(PASSWORD).preflight());
    assert_eq!(
        figures_and_parameter(problem),
        (
            vec![("count", Figure::Count(101)), ("max", Figure::Count(100))],
            "InstanceIds".to_owned()
        )
    );
    let none: [&str; 0] = [];
    let problem = only(&Request::new(&none).with_password(PASSWORD).preflight());
    assert_eq!(problem.code(), "missing_instance_ids");
    assert_eq!(
        figures_and_parameter(problem),
        (vec![], "InstanceIds".to_owned())
    );

    let long = "a".repeat(65);
    let preflight = Request::new(&[ID])
        .with_password(PASSWORD)
        .with_username(&long)
        .preflight();
    assert_eq!(
        figures_and_parameter(only(&preflight)),
        (
            vec![("length", Figure::Count(65)), ("max", Figure::Count(64))],
            "UserName".to_owned()
        )
    );

    // A password problem has its violation's figures, or its warning's.
    let problem = only(&Request::new(&[ID]).with_password("Abc12!x").preflight());
    assert_eq!(
        figures_and_parameter(problem),
        (
            vec![("length", Figure::Count(7)), ("min", Figure::Count(12))],
            "Password".to_owned()
        )
    );
    let facts = described(&[(ID, "Debian 12.4 64bit", "STOPPED")]);
    let lookup = |id: &str| facts.get(id).copied();
    let warned = Request::new(&[ID])
        .with_password("Abcdef12")
        .preflight_with(&lookup);
    assert_eq!(
        figures_and_parameter(only(&warned)),
        (
            vec![
                ("length", Figure::Count(8)),
                ("recommended", Figure::Count(12))
            ],
            "Password".to_owned()
        )
    );

    let restricted = Instance::from_os_name_and_state("Debian 12.4 64bit", "STOPPED")
        .with_restriction(Restriction::from_names("", "ARREAR"));
    let lookup = |_: &str| Some(restricted);
    let problem = only(
        &Request::new(&[ID])
            .with_password(PASSWORD)
            .preflight_with(&lookup),
    );
    assert_eq!(
        figures_and_parameter(problem),
        (
            vec![
                ("field", Figure::Text("IsolatedSource")),
                ("restriction", Figure::Text("ARREAR"))
            ],
            "InstanceIds.0".to_owned()
        )
    );
}
