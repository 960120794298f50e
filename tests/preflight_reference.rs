//! The request pre-flight against the naive model of
//! `tests/model/preflight.rs`, as a property: problem for problem, figure
//! for figure, with the policy of the model's OS mix. The fuzz target
//! `preflight` runs the same comparison on inputs libFuzzer grows.

use crate::{model, strategy};

use cvm_password::{Policy, ID_INSPECTION_LIMIT};
use model::preflight::{self, Case, Row};
use proptest::prelude::*;
use proptest::sample::select;

/// A few well-formed ids, drawn often, so that ids repeat and facts name
/// ids of the request.
const POOL: [&str; 6] = [
    "ins-r8hr2upy",
    "ins-5d8a23rs",
    "ins-00000000",
    "ins-zzzzzzzz",
    "ins-k3q8d1zw",
    "ins-a1b2c3d4",
];

/// Short strings of mostly allowed characters and Unicode traps.
fn junk() -> impl Strategy<Value = String> {
    prop::collection::vec(strategy::any_char(), 0..16).prop_map(String::from_iter)
}

/// The 8 characters after `ins-`.
fn suffix() -> impl Strategy<Value = String> {
    let allowed: Vec<char> = ('a'..='z').chain('0'..='9').collect();
    prop::collection::vec(select(allowed), 8).prop_map(String::from_iter)
}

/// An id malformed in one of its ways: too short or too long, a capital,
/// another prefix, white space around it, a look-alike from outside ASCII
/// (12 characters, more bytes), punctuation, nothing at all.
fn malformed() -> impl Strategy<Value = String> {
    (suffix(), 0..9usize, 0..8usize).prop_map(|(suffix, flaw, at)| {
        let mut chars: Vec<char> = suffix.chars().collect();
        match flaw {
            0 => chars.truncate(at),
            1 => chars.extend(&['x', '0', 'q', '9'][..=at % 4]),
            2 => chars[at] = 'R',
            3 => chars[at] = ['а', '０', 'ı', 'Ａ'][at % 4],
            4 => chars[at] = ['-', '_', '.', ' '][at % 4],
            _ => {}
        }
        let suffix = String::from_iter(chars);
        match flaw {
            5 => format!(
                "{}{suffix}",
                ["lhins-", "INS-", "Ins-", "ins_", "ins", "ins--"][at % 6]
            ),
            6 => format!("{}ins-{suffix}", [" ", "\t", "\u{a0}"][at % 3]),
            7 => format!("ins-{suffix}{}", [" ", "\n", "\0"][at % 3]),
            8 => ["", "ins-", "ins-ins-"][at % 3].to_owned(),
            _ => format!("ins-{suffix}"),
        }
    })
}

/// What `DescribeRegions` lists as available, now and then.
fn available_regions() -> impl Strategy<Value = Option<Vec<String>>> {
    let any_region: Vec<&str> = preflight::REGIONS
        .iter()
        .chain(&preflight::REGIONS_ELSEWHERE)
        .chain(&["ap-mars-1"])
        .copied()
        .collect();
    prop_oneof![
        3 => Just(None),
        1 => prop::collection::vec(select(any_region), 0..6)
            .prop_map(|r| Some(r.into_iter().map(str::to_owned).collect())),
    ]
}

fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(POOL.to_vec()).prop_map(str::to_owned),
        2 => suffix().prop_map(|suffix| format!("ins-{suffix}")),
        2 => malformed(),
        1 => junk(),
    ]
}

fn region() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        2 => Just(None),
        4 => select(preflight::REGIONS.to_vec()).prop_map(|r| Some(r.to_owned())),
        1 => select(preflight::REGIONS_ELSEWHERE.to_vec()).prop_map(|r| Some(r.to_owned())),
        1 => select(vec!["ap-mars-1", "AP-GUANGZHOU", "ap-guangzhou ", "", "ap-shanghai-fsi-2"])
            .prop_map(|r| Some(r.to_owned())),
        1 => junk().prop_map(Some),
    ]
}

/// `OsName`s, Linux ones most: the Linux rules apply only when every
/// instance runs Linux.
fn os_name() -> impl Strategy<Value = String> {
    let names = |names: &[&'static str]| select(names.to_vec()).prop_map(str::to_owned);
    prop_oneof![
        4 => names(&[
            "TencentOS Server 3.1 (TK4)",
            "CentOS 7.9 64bit",
            "Debian 12.0 64bit",
            "Win",
            "Microsoft Windows",
            "\u{200b}Windows",
            "ｗindows",
        ]),
        2 => names(&[
            "Ubuntu Server 22.04 LTS 64bit",
            "ubuntu",
            "\tUBUNTU 20.04",
            "Ubunt",
        ]),
        1 => names(&[
            "Windows Server 2019 DataCenter 64bit",
            "WINDOWS",
            " windows",
            "\u{3000}Windows Server 2022",
        ]),
        1 => names(&["", " ", "\u{a0}", "\n\t"]),
        1 => junk(),
    ]
}

fn state() -> impl Strategy<Value = String> {
    let names: Vec<&str> = preflight::STATES.iter().map(|(name, _)| *name).collect();
    prop_oneof![
        6 => select(names.clone()).prop_map(str::to_owned),
        1 => select(names).prop_map(|name| name.to_lowercase()),
        1 => select(vec!["", "HIBERNATING", "RUNNING ", "Running"]).prop_map(str::to_owned),
        1 => junk(),
    ]
}

/// `RestrictState` and `IsolatedSource`: mostly none, the vendor's
/// values, and look-alikes.
fn restriction() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        3 => Just((String::new(), String::new())),
        2 => (
            select(preflight::RESTRICT_STATES.to_vec()),
            select(preflight::ISOLATED_SOURCES.to_vec()),
        )
            .prop_map(|(r, i)| (r.to_owned(), i.to_owned())),
    ]
}

/// `DefaultLoginUser`: none, the usual accounts, or a name of any shape.
fn default_login_user() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(None),
        2 => select(preflight::LOGIN_USERS.to_vec()).prop_map(|u| Some(u.to_owned())),
        1 => strategy::username(),
    ]
}

fn row(id: impl Strategy<Value = String>) -> impl Strategy<Value = Row> {
    (id, os_name(), state(), restriction(), default_login_user()).prop_map(
        |(id, os_name, state, (restrict_state, isolated_source), default_login_user)| Row {
            id,
            os_name,
            state,
            restrict_state,
            isolated_source,
            default_login_user,
        },
    )
}

fn password() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        1 => Just(None),
        3 => strategy::password().prop_map(Some),
        // Accepted by both policies or by Linux alone, so that warnings
        // and instance problems are not always beside password ones.
        2 => "[a-z][A-Z][0-9][a-zA-Z0-9!@#/]{5,27}".prop_map(Some),
        // Containing a usual login user's name.
        1 => "(admin|Admin|root|ubuntu)[A-Z][0-9]#[a-z]{4,9}".prop_map(Some),
    ]
}

fn username() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        4 => strategy::username(),
        1 => Just(Some(String::new())),
        1 => (60usize..70, select(vec!['n', 'é', '😀']))
            .prop_map(|(n, c)| Some(std::iter::repeat_n(c, n).collect())),
    ]
}

/// Ids, few more often than many: the Linux rules apply only when every
/// instance is described as Linux.
fn ids() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        2 => prop::collection::vec(id(), 0..4),
        1 => prop::collection::vec(id(), 0..120),
    ]
}

/// Facts for `ids`: none at all, or a row for most of them and a few for
/// ids of their own.
fn facts(ids: &[String]) -> impl Strategy<Value = Option<Vec<Row>>> {
    let requested: Vec<_> = ids
        .iter()
        .map(|id| prop::option::weighted(0.9, row(Just(id.clone()))))
        .collect();
    let rows = (requested, prop::collection::vec(row(id()), 0..4))
        .prop_map(|(requested, others)| requested.into_iter().flatten().chain(others).collect());
    prop::option::weighted(0.8, rows)
}

/// A request with up to 120 ids, and one time in 64 one past
/// [`ID_INSPECTION_LIMIT`] or just short of it, its fillers described as
/// stopped Linux instances when facts are given.
fn case() -> impl Strategy<Value = Case> {
    let ids_and_facts = ids().prop_flat_map(|ids| {
        let facts = facts(&ids);
        (Just(ids), facts)
    });
    (
        (region(), available_regions()),
        ids_and_facts,
        prop_oneof![
            63 => Just(None),
            1 => (ID_INSPECTION_LIMIT - 3..ID_INSPECTION_LIMIT + 3).prop_map(Some),
        ],
        password(),
        username(),
        any::<bool>(),
    )
        .prop_map(
            |(
                (region, available_regions),
                (mut ids, mut facts),
                many,
                password,
                username,
                force_stop,
            )| {
                if let Some(total) = many {
                    let fillers: Vec<String> =
                        (ids.len()..total).map(|i| format!("ins-{i:08x}")).collect();
                    if let Some(rows) = &mut facts {
                        rows.extend(fillers.iter().map(|id| Row {
                            id: id.clone(),
                            os_name: "CentOS 7.9 64bit".to_owned(),
                            state: "STOPPED".to_owned(),
                            ..Row::default()
                        }));
                    }
                    ids.extend(fillers);
                }
                Case {
                    region,
                    ids,
                    password,
                    username,
                    force_stop,
                    facts,
                    available_regions,
                }
            },
        )
}

proptest! {
    #![proptest_config(strategy::cases(2048))]

    #[test]
    fn preflight_agrees_with_the_model(case in case()) {
        let expected = preflight::expected(&case);
        prop_assert_eq!(
            expected.policy,
            Policy::for_targets(preflight::os_mix(&case)),
        );
        prop_assert_eq!(preflight::actual(&case), expected);
    }
}
