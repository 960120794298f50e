//! A naive model of the APIs' rules, written from docs/SPEC.md section 9 and
//! a reading of the pinned metadata, apart from the crate's table: per
//! family, each source's rule for each OS as plain numbers and strings, and
//! the verdict of a batch as sets of codes, without merging or loosening
//! policies.

use std::collections::BTreeSet;

use cvm_password::{Alphabet, Os, Policy, Specials};

/// One source's rule for one OS.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub min: usize,
    pub max: usize,
    pub recommended: usize,
    pub required: usize,
    pub letters_as_one: bool,
    pub specials: &'static str,
    pub first_banned: &'static str,
    pub username: bool,
}

const ALL30: &str = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";
/// The 30 without `_ < >`.
const REF27: &str = "()`~!@#$%^&*-+=|{}[]:;',.?/";
/// The 27 without the backtick: dbdc as written.
const DBDC26: &str = "()~!@#$%^&*-+=|{}[]:;',.?/";
/// Batch's Windows list: the 27 without `|`.
const BATCH26: &str = "()`~!@#$%^&*-+={}[]:;',.?/";
/// ECM's reset list as written: the 30 without the backtick.
const ECM29: &str = "()~!@#$%^&*-+=_|{}[]:;'<>,.?/";
/// ECM's creation list: the 27 without `*`.
const ECM26: &str = "()`~!@#$%^&-+=|{}[]:;',.?/";
/// EMR's five.
const EMR5: &str = "!@%^*";

const fn rule(min: usize, max: usize, required: usize, specials: &'static str) -> Rule {
    Rule {
        min,
        max,
        recommended: min,
        required,
        letters_as_one: false,
        specials,
        first_banned: "",
        username: false,
    }
}

const fn as_one(rule: Rule) -> Rule {
    Rule {
        letters_as_one: true,
        ..rule
    }
}

const fn no_slash_first(rule: Rule) -> Rule {
    Rule {
        first_banned: "/",
        ..rule
    }
}

const fn no_username(rule: Rule) -> Rule {
    Rule {
        username: true,
        ..rule
    }
}

/// The CVM page's rules, and family A's.
const PAGE_LINUX: Rule = Rule {
    recommended: 12,
    ..no_slash_first(rule(8, 30, 3, ALL30))
};
const PAGE_WINDOWS: Rule = no_username(no_slash_first(rule(12, 30, 3, ALL30)));

/// How a batch of several OSes is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mix {
    /// Any Windows or unknown instance, or none: Windows alone.
    Windows,
    /// Every OS the batch may hold, each source's rules for each.
    Every,
}

/// The model of one API: its sources' rules (Linux, Windows) and its mix.
pub struct ModelApi {
    pub sources: Vec<(Rule, Rule)>,
    pub mix: Mix,
    pub takes_username: bool,
}

/// The model of the API called `name`, by its family and its quirks.
pub fn model(name: &str) -> ModelApi {
    let (service, action) = name.split_once(':').expect("service:Action");
    let page = (PAGE_LINUX, PAGE_WINDOWS);
    let reference = |specials| (rule(8, 30, 2, specials), rule(12, 30, 3, specials));
    let (sources, mix) = match (service, action) {
        ("cvm" | "lighthouse", "ResetInstancesPassword") => (vec![page], Mix::Windows),
        ("hai", _) => (vec![(PAGE_LINUX, PAGE_LINUX)], Mix::Every),
        ("bdrc", _) | ("lighthouse", _) => (vec![page], Mix::Every),
        ("cvm" | "tke" | "thpc" | "as", _) => (vec![reference(REF27), page], Mix::Every),
        ("dbdc", _) => (vec![reference(DBDC26), page], Mix::Every),
        ("batch", _) => (
            vec![(as_one(rule(8, 16, 2, REF27)), rule(12, 16, 3, BATCH26))],
            Mix::Every,
        ),
        ("ecm", "ResetInstancesPassword") => {
            let linux = |s| no_slash_first(as_one(rule(8, 16, 2, s)));
            let windows = |s| no_slash_first(rule(12, 16, 3, s));
            (
                vec![
                    (linux(ECM29), windows(ECM29)),
                    (linux(ALL30), windows(ALL30)),
                ],
                Mix::Windows,
            )
        }
        ("ecm", "RunInstances") => (vec![reference(ECM26)], Mix::Every),
        ("bm", _) => (
            vec![(
                as_one(rule(8, 16, 2, ALL30)),
                no_username(rule(12, 16, 3, ALL30)),
            )],
            Mix::Every,
        ),
        ("emr", _) => {
            let emr = Rule {
                first_banned: EMR5,
                ..rule(8, 16, 4, EMR5)
            };
            (vec![(emr, emr)], Mix::Every)
        }
        _ => panic!("no model of {name}"),
    };
    let takes_username = action == "ResetInstancesPassword" && service != "hai";
    ModelApi {
        sources,
        mix,
        takes_username,
    }
}

/// A policy with exactly the rule's figures, made with the builders.
pub fn policy(rule: Rule) -> Policy {
    Policy::LINUX
        .with_min_length(rule.min)
        .with_max_length(rule.max)
        .with_recommended_min_length(rule.recommended)
        .with_letters_as_one(rule.letters_as_one)
        .with_required_categories(rule.required)
        .with_specials(Specials::from_ascii(rule.specials))
        .with_first_banned(rule.first_banned.chars().collect::<Alphabet>())
        .with_username_banned(rule.username)
}

impl ModelApi {
    /// The OSes whose rules a batch of `targets` follows: Windows alone, or
    /// every OS it may hold (an unknown OS, or none, may be either).
    pub fn oses(&self, targets: &[Os]) -> Vec<bool> {
        let windows = |os: &Os| !matches!(os, Os::Linux | Os::Ubuntu);
        let any_windows = targets.is_empty() || targets.iter().any(windows);
        let any_linux = targets.is_empty() || targets.iter().any(|os| !matches!(os, Os::Windows));
        match self.mix {
            Mix::Windows if any_windows => vec![true],
            _ => [(any_linux, false), (any_windows, true)]
                .into_iter()
                .filter_map(|(on, is_windows)| on.then_some(is_windows))
                .collect(),
        }
    }

    /// The codes each source refuses `password` with, over every OS of the
    /// batch.
    pub fn codes_by_source(
        &self,
        password: &str,
        targets: &[Os],
        username: Option<&str>,
    ) -> Vec<BTreeSet<&'static str>> {
        let username = username.filter(|_| self.takes_username);
        self.sources
            .iter()
            .map(|&(linux, windows)| {
                self.oses(targets)
                    .into_iter()
                    .flat_map(|is_windows| {
                        let rule = if is_windows { windows } else { linux };
                        super::check(&policy(rule), password, username).violations
                    })
                    .collect()
            })
            .collect()
    }

    /// Strict: what any source refuses. Common: what every source refuses,
    /// and, when that is nothing, what only some refuse as disputed.
    pub fn verdict(
        &self,
        password: &str,
        targets: &[Os],
        username: Option<&str>,
        strict: bool,
    ) -> (Vec<&'static str>, Vec<&'static str>) {
        let by_source = self.codes_by_source(password, targets, username);
        let any: BTreeSet<&str> = by_source.iter().flatten().copied().collect();
        let every: BTreeSet<&str> = by_source
            .iter()
            .skip(1)
            .fold(by_source[0].clone(), |acc, codes| &acc & codes);
        let order = |set: &BTreeSet<&'static str>| -> Vec<&'static str> {
            super::ORDER
                .iter()
                .copied()
                .filter(|c| set.contains(c))
                .collect()
        };
        if strict {
            (order(&any), vec![])
        } else if every.is_empty() {
            (vec![], order(&any))
        } else {
            (order(&every), vec![])
        }
    }
}
