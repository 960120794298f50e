//! `Request::preflight` and `Request::preflight_with` on drawn requests: a
//! region (listed, near a listed one, or any text), up to 120 instance ids
//! (well-formed, malformed in each way, repeated, any text; now and then
//! padded to about `ID_INSPECTION_LIMIT`), a password or none, a username
//! or none, `ForceStop`, and `DescribeInstances` rows for some ids or
//! none. Beyond not panicking:
//!
//! - the problems are those of the independent model of
//!   `tests/model/preflight.rs`, in order: codes, API error codes,
//!   severities, positions and figures; the password's are the password
//!   model's, under the policy of the model's OS mix, which is
//!   `Policy::for_targets` of that mix;
//! - the request passes exactly when no problem is an error, and `errors`
//!   and `warnings` split the problems;
//! - the facts are asked about well-formed ids of the request only;
//! - no text (`Display`, `Debug`, messages in both languages of every
//!   problem, `Debug` of the request, the pre-flight and its iterator)
//!   holds 4 consecutive characters of the password or the username with
//!   a canary among them.

#![no_main]

use std::cell::RefCell;

use arbitrary::Arbitrary;
use cvm_password::{Policy, ID_INSPECTION_LIMIT};
use cvm_password_fuzz::model::preflight::{self, Case, Row};
use cvm_password_fuzz::{assert_silent_with, name_in, preflight_texts, Vocabulary};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    region: Option<Region>,
    ids: Vec<Id>,
    /// From 252 up (one input in 64), the ids are padded with a well-formed
    /// one to about `ID_INSPECTION_LIMIT`, described as a stopped Linux
    /// instance when there are facts.
    pad: u8,
    username: Option<Username>,
    force_stop: bool,
    facts: Option<Vec<Fact>>,
    // Last, so that its text takes the rest of the input.
    password: Password,
}

#[derive(Arbitrary, Debug)]
enum Region {
    /// One of the 18, by its position.
    Listed(u8),
    /// One of the 18 made wrong, or a region the page does not list.
    Near(u8, Near),
    Own(String),
}

#[derive(Arbitrary, Debug)]
enum Near {
    Upper,
    Spaced,
    Suffixed,
    Unlisted,
}

#[derive(Arbitrary, Debug)]
enum Id {
    /// `ins-` and 8 of `a-z0-9`, one from each byte.
    WellFormed([u8; 8]),
    /// A well-formed id with one flaw, at the position the byte says.
    Malformed(Flaw, u8, [u8; 8]),
    /// A copy of an earlier id.
    Repeat(u8),
    Own(String),
}

#[derive(Arbitrary, Debug)]
enum Flaw {
    Short,
    Long,
    Capital,
    Prefix,
    Spaced,
    /// A character from outside ASCII that looks like one of `a-z0-9`: 12
    /// characters, more bytes.
    LookAlike,
    Punctuation,
    Empty,
    PrefixOnly,
}

#[derive(Arbitrary, Debug)]
struct Fact {
    of: Of,
    os: OsName,
    state: State,
    /// `RestrictState` and `IsolatedSource`, by their positions in
    /// `preflight::RESTRICT_STATES` and `preflight::ISOLATED_SOURCES`.
    restriction: (u8, u8),
    user: Option<LoginUser>,
}

/// A `DefaultLoginUser`.
#[derive(Arbitrary, Debug)]
enum LoginUser {
    /// One of `preflight::LOGIN_USERS`, by its position.
    Known(u8),
    Own(String),
}

#[derive(Arbitrary, Debug)]
enum Of {
    /// The id of the request at this position.
    Requested(u8),
    /// An id of its own, perhaps not in the request.
    Other(Id),
}

#[derive(Arbitrary, Debug)]
enum OsName {
    Windows(u8),
    Ubuntu(u8),
    Other(u8),
    Empty,
    /// Only white space, or what looks like it.
    Blank(u8),
    Own(String),
}

#[derive(Arbitrary, Debug)]
enum State {
    /// One of the API's 15, by its position.
    Api(u8),
    /// One of the API's 15 in lowercase, as the API never writes it.
    Lowercase(u8),
    /// One of the API's 15 with a trailing space.
    Spaced(u8),
    Own(String),
}

#[derive(Arbitrary, Debug)]
enum Username {
    /// A name cut from the password (see `name_in`).
    Cut {
        start: u8,
        len: u8,
        flips: u8,
    },
    /// 60 to 69 of one character, ASCII or not: around the 64 allowed.
    Long {
        count: u8,
        wide: bool,
    },
    Empty,
    Own(String),
}

#[derive(Arbitrary, Debug)]
enum Password {
    Missing,
    /// Accepted on Linux: `aB3` then allowed characters, 8 to 30 in all.
    Valid {
        length: u8,
        chars: [u8; 27],
    },
    Own(String),
}

const WINDOWS: [&str; 7] = [
    "Windows Server 2019 DataCenter 64bit",
    "Windows Server 2022 数据中心版 64位中文版",
    "WINDOWS",
    "windows",
    " Windows Server 2016",
    "\u{3000}Windows",
    "\twindows",
];
const UBUNTU: [&str; 4] = [
    "Ubuntu Server 22.04 LTS 64bit",
    "ubuntu",
    "UBUNTU",
    "\n Ubuntu",
];
const OTHER: [&str; 8] = [
    "TencentOS Server 3.1 (TK4)",
    "CentOS 7.9 64bit",
    "Debian 12.0 64bit",
    "Win",
    "Ubunt",
    "Microsoft Windows",
    "\u{200b}Windows",
    "ｗindows",
];
const BLANK: [&str; 5] = [" ", "\t\n", "\u{a0}", "\u{3000}", "\u{200b}"];
const STATES: [&str; 15] = [
    "PENDING",
    "LAUNCH_FAILED",
    "RUNNING",
    "STOPPED",
    "STARTING",
    "STOPPING",
    "REBOOTING",
    "SHUTDOWN",
    "TERMINATING",
    "ENTER_RESCUE_MODE",
    "RESCUE_MODE",
    "EXIT_RESCUE_MODE",
    "ENTER_SERVICE_LIVE_MIGRATE",
    "SERVICE_LIVE_MIGRATE",
    "EXIT_SERVICE_LIVE_MIGRATE",
];
const ALLOWED: &str =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[usize::from(i) % list.len()]
}

fn suffix(bytes: [u8; 8]) -> Vec<char> {
    let alphabet: Vec<char> = ('a'..='z').chain('0'..='9').collect();
    bytes
        .iter()
        .map(|&b| alphabet[usize::from(b) % alphabet.len()])
        .collect()
}

fn id(id: Id, earlier: &[String]) -> String {
    match id {
        Id::WellFormed(bytes) => format!("ins-{}", String::from_iter(suffix(bytes))),
        Id::Malformed(flaw, at, bytes) => malformed(flaw, usize::from(at), suffix(bytes)),
        Id::Repeat(i) if !earlier.is_empty() => earlier[usize::from(i) % earlier.len()].clone(),
        Id::Repeat(i) => format!("ins-{i:08}"),
        Id::Own(text) => text,
    }
}

fn malformed(flaw: Flaw, at: usize, mut chars: Vec<char>) -> String {
    let i = at % chars.len();
    match flaw {
        Flaw::Short => chars.truncate(i),
        Flaw::Long => chars.extend(&['x', '0', 'q', '9'][..=at % 4]),
        Flaw::Capital => chars[i] = char::from(b'A' + (at % 26) as u8),
        Flaw::LookAlike => chars[i] = ['а', 'о', '０', 'ı', 'Ａ', 'ⅰ'][at % 6],
        Flaw::Punctuation => chars[i] = ['-', '_', '.', ' ', '\0'][at % 5],
        Flaw::Prefix | Flaw::Spaced | Flaw::Empty | Flaw::PrefixOnly => {}
    }
    let suffix = String::from_iter(chars);
    match flaw {
        Flaw::Prefix => {
            let prefix = ["lhins-", "INS-", "Ins-", "ins_", "ins", "ins--", "ins-ins-"];
            format!("{}{suffix}", prefix[at % prefix.len()])
        }
        Flaw::Spaced => {
            let space = [" ", "\t", "\u{a0}", " ", "\n", "\u{3000}"][at % 6];
            if at % 6 < 3 {
                format!("{space}ins-{suffix}")
            } else {
                format!("ins-{suffix}{space}")
            }
        }
        Flaw::Empty => String::new(),
        Flaw::PrefixOnly => "ins-".to_owned(),
        _ => format!("ins-{suffix}"),
    }
}

/// The plain data of `input`, which the model and the crate both read.
fn case(input: Input) -> Case {
    let Input {
        region,
        ids: drawn,
        pad,
        username,
        force_stop,
        facts,
        password,
    } = input;
    let region = region.map(|region| match region {
        Region::Listed(i) => pick(&preflight::REGIONS, i).to_owned(),
        Region::Near(i, near) => {
            let listed = pick(&preflight::REGIONS, i);
            match near {
                Near::Upper => listed.to_ascii_uppercase(),
                Near::Spaced => format!("{listed} "),
                Near::Suffixed => format!("{listed}-1"),
                Near::Unlisted => {
                    pick(&["ap-mumbai", "ap-taipei", "eu-moscow", "", "ap"], i).to_owned()
                }
            }
        }
        Region::Own(text) => text,
    });

    let mut ids = Vec::new();
    for drawn in drawn.into_iter().take(120) {
        let next = id(drawn, &ids);
        ids.push(next);
    }
    // One id over and over: distinct ones would cost a quadratic search
    // for repetitions, which the benchmarks measure; here it would only
    // slow every other input down.
    let fillers: Vec<String> = if pad >= 252 {
        let total = ID_INSPECTION_LIMIT - 2 + usize::from(pad - 252);
        vec!["ins-f111er00".to_owned(); total.saturating_sub(ids.len())]
    } else {
        Vec::new()
    };

    let facts = facts.map(|facts| {
        let mut rows: Vec<Row> = facts
            .into_iter()
            .map(
                |Fact {
                     of,
                     os,
                     state,
                     restriction,
                     user,
                 }| Row {
                    id: match of {
                        Of::Requested(i) if !ids.is_empty() => {
                            ids[usize::from(i) % ids.len()].clone()
                        }
                        Of::Requested(_) => "ins-r8hr2upy".to_owned(),
                        Of::Other(other) => id(other, &ids),
                    },
                    os_name: match os {
                        OsName::Windows(i) => pick(&WINDOWS, i).to_owned(),
                        OsName::Ubuntu(i) => pick(&UBUNTU, i).to_owned(),
                        OsName::Other(i) => pick(&OTHER, i).to_owned(),
                        OsName::Empty => String::new(),
                        OsName::Blank(i) => pick(&BLANK, i).to_owned(),
                        OsName::Own(text) => text,
                    },
                    state: match state {
                        State::Api(i) => pick(&STATES, i).to_owned(),
                        State::Lowercase(i) => pick(&STATES, i).to_ascii_lowercase(),
                        State::Spaced(i) => format!("{} ", pick(&STATES, i)),
                        State::Own(text) => text,
                    },
                    restrict_state: pick(&preflight::RESTRICT_STATES, restriction.0).to_owned(),
                    isolated_source: pick(&preflight::ISOLATED_SOURCES, restriction.1).to_owned(),
                    default_login_user: user.map(|user| match user {
                        LoginUser::Known(i) => pick(&preflight::LOGIN_USERS, i).to_owned(),
                        LoginUser::Own(text) => text,
                    }),
                },
            )
            .collect();
        if let Some(id) = fillers.first() {
            rows.push(Row {
                id: id.clone(),
                os_name: "CentOS 7.9 64bit".to_owned(),
                state: "STOPPED".to_owned(),
                ..Row::default()
            });
        }
        rows
    });
    ids.extend(fillers);

    let password = match password {
        Password::Missing => None,
        Password::Valid { length, chars } => {
            let allowed: Vec<char> = ALLOWED.chars().collect();
            let rest = chars
                .iter()
                .take(5 + usize::from(length) % 23)
                .map(|&b| allowed[usize::from(b) % allowed.len()]);
            Some(String::from_iter("aB3".chars().chain(rest)))
        }
        Password::Own(text) => Some(text),
    };
    let username = username.map(|username| match username {
        Username::Cut { start, len, flips } => name_in(
            password.as_deref().unwrap_or_default(),
            usize::from(start),
            usize::from(len % 16),
            flips,
        ),
        Username::Long { count, wide } => {
            let c = if wide { 'é' } else { 'n' };
            std::iter::repeat_n(c, 60 + usize::from(count % 10)).collect()
        }
        Username::Empty => String::new(),
        Username::Own(text) => text,
    });

    Case {
        region,
        ids,
        password,
        username,
        force_stop,
        facts,
        available_regions: None,
    }
}

fuzz_target!(|input: Input| {
    let case = case(input);
    let expected = preflight::expected(&case);
    assert_eq!(
        expected.policy,
        Policy::for_targets(preflight::os_mix(&case))
    );

    let request = preflight::request(&case);
    let asked = RefCell::new(Vec::new());
    let described = case.facts.as_deref().map(preflight::described);
    let facts = |id: &str| {
        asked.borrow_mut().push(id.to_owned());
        described.as_ref()?.get(id).copied()
    };
    let users = case.facts.as_deref().map(preflight::login_users);
    let user = |id: &str| users.as_ref()?.get(id)?.as_deref();
    let preflight = if case.facts.is_some() {
        request
            .preflight_with(&facts)
            .with_default_login_users(&user)
    } else {
        request.preflight()
    };

    let actual = preflight::outcome(&preflight);
    assert_eq!(actual, expected);
    let errors: Vec<_> = preflight.errors().collect();
    let problems: Vec<_> = preflight.problems().collect();
    assert_eq!(
        errors,
        problems
            .iter()
            .copied()
            .filter(|p| p.is_error())
            .collect::<Vec<_>>(),
    );
    // Past the drawn ids' problems come only the fillers', all alike.
    let texts = preflight_texts(&preflight, 256);
    let mut shown: Vec<&String> = case.region.iter().chain(&case.ids).collect();
    shown.sort_unstable();
    shown.dedup();
    let debug: Vec<String> = shown.iter().map(|text| format!("{text:?}")).collect();
    let public: Vec<&str> = shown
        .into_iter()
        .map(String::as_str)
        .chain(debug.iter().map(String::as_str))
        .collect();
    let secrets = [
        case.password.as_deref().unwrap_or_default(),
        case.username.as_deref().unwrap_or_default(),
    ];
    assert_silent_with(Vocabulary::preflight(), &texts, &secrets, &public);

    let mut asked = asked.take();
    asked.sort_unstable();
    asked.dedup();
    for id in &asked {
        assert!(preflight::well_formed(id), "facts asked about {id:?}");
        assert!(
            case.ids
                .iter()
                .take(ID_INSPECTION_LIMIT)
                .any(|known| known == id),
            "facts asked about {id:?}, not in the request",
        );
    }
});
