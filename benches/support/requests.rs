//! The requests the pre-flight benches measure: a `ResetInstancesPassword`
//! of 100 instances, the API's limit, with what `DescribeInstances` told of
//! each, and one of as many ids as a pre-flight examines; with the problems
//! the crate must find in each.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};

use cvm_password::{Instance, Policy, Preflight, Request, ID_INSPECTION_LIMIT, MAX_INSTANCE_IDS};

/// `OsName`s as `DescribeInstances` spells them; every fourth instance runs
/// Windows, so the request follows the Windows rules.
const OS_NAMES: [&str; 4] = [
    "TencentOS Server 3.1 (TK4)",
    "Ubuntu Server 22.04 LTS 64bit",
    "CentOS 7.9 64bit",
    "Windows Server 2022 DataCenter 64bit",
];

/// One instance in twenty is still running; `ForceStop` is set, so each is
/// a `forced_shutdown` warning and the others, stopped, are no problem.
const RUNNING_EVERY: usize = 20;

/// Valid on Windows with the default username.
const PASSWORD: &str = "Tr0ub4dor&3xYz!q";

/// Facts keyed by id, as a caller keeps `DescribeInstances`'s answer: std's
/// SipHash, but with fixed keys, so that the instruction counts repeat from
/// run to run (random keys could change the probes).
type Described = HashMap<String, Instance, BuildHasherDefault<DefaultHasher>>;

/// The instances of one request and what is known of them.
pub struct Fleet {
    ids: Vec<String>,
    described: Described,
}

impl Fleet {
    pub fn new(instances: usize) -> Fleet {
        let ids: Vec<String> = (0..instances).map(instance_id).collect();
        let described = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let os = OS_NAMES[i % OS_NAMES.len()];
                let state = if i % RUNNING_EVERY == 7 {
                    "RUNNING"
                } else {
                    "STOPPED"
                };
                (id.clone(), Instance::from_os_name_and_state(os, state))
            })
            .collect();
        Fleet { ids, described }
    }

    /// The request: a region, the ids, a password and `ForceStop`.
    pub fn request(&self) -> Request<'_, String> {
        Request::new(&self.ids)
            .with_region("ap-guangzhou")
            .with_password(PASSWORD)
            .with_force_stop(true)
    }

    /// What `DescribeInstances` told of `id`.
    pub fn facts(&self, id: &str) -> Option<Instance> {
        self.described.get(id).copied()
    }
}

/// A well-formed id unlike its neighbours, as real ones are: `ins-` and 8
/// base-36 digits of a scrambled index.
fn instance_id(index: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut x = (index as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut id = String::from("ins-");
    for _ in 0..8 {
        id.push(char::from(DIGITS[(x % 36) as usize]));
        x /= 36;
    }
    id
}

/// One pre-flight of a fleet's request.
pub struct PreflightCase {
    /// `preflight/name`: criterion's group and parameter, and a row of the
    /// instruction table.
    pub name: &'static str,
    pub fleet: Fleet,
    /// Whether the instances' facts are given (`preflight_with`) or not
    /// (`preflight`).
    pub with_facts: bool,
    /// Every problem's code, in order.
    pub expected: Vec<&'static str>,
}

impl PreflightCase {
    /// Runs the pre-flight and goes through every problem, as a caller
    /// listing them does; returns how many there were.
    pub fn run(&self) -> usize {
        self.with_preflight(|preflight| preflight.problems().count())
    }

    /// Panics unless the crate finds the expected problems, under the
    /// Windows rules: a quarter of the instances run Windows, and without
    /// facts every one counts as of unknown OS.
    pub fn assert_verdict(&self) {
        self.with_preflight(|preflight| {
            assert_eq!(
                preflight.policy(),
                Policy::WINDOWS,
                "policy of case {}",
                self.name
            );
            let codes: Vec<_> = preflight.problems().map(|p| p.code()).collect();
            assert_eq!(codes, self.expected, "problems of case {}", self.name);
        });
    }

    fn with_preflight<R>(&self, f: impl FnOnce(Preflight<'_, String>) -> R) -> R {
        let facts = |id: &str| self.fleet.facts(id);
        let request = self.fleet.request();
        f(if self.with_facts {
            request.preflight_with(&facts)
        } else {
            request.preflight()
        })
    }
}

/// The request with the facts of all its instances, and without any: then
/// every instance counts as of unknown OS and no state is checked. And the
/// costliest a pre-flight can be: as many distinct ids as it examines, each
/// compared with those before it for repetitions.
pub fn cases() -> Vec<PreflightCase> {
    vec![
        PreflightCase {
            name: "preflight/100-facts",
            fleet: Fleet::new(MAX_INSTANCE_IDS),
            with_facts: true,
            // Instances 7, 27, 47, 67 and 87, running.
            expected: vec!["forced_shutdown"; 5],
        },
        PreflightCase {
            name: "preflight/100-no-facts",
            fleet: Fleet::new(MAX_INSTANCE_IDS),
            with_facts: false,
            expected: Vec::new(),
        },
        PreflightCase {
            name: "preflight/1000-no-facts",
            fleet: Fleet::new(ID_INSPECTION_LIMIT),
            with_facts: false,
            expected: vec!["too_many_instance_ids"],
        },
    ]
}
