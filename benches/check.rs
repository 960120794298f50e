//! Wall-clock medians of `Policy::check` beside its peers, on typical,
//! growing and adversarial inputs. Results and how to read them:
//! BENCHMARKS.md.
//!
//! Each group is one function over a list of cases, so a new subject (the
//! request pre-flight, the generator) is a new function here or a new bench
//! file beside this one, and one line in `criterion_group!`.

// Each bench uses its own part of what they share.
#[allow(dead_code)]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};

use support::cases::{self, Case};
use support::regex_rules::RegexRules;
use support::strength_peers::{passwords_rules, zxcvbn_score};

/// Who runs a case: the crate, or a peer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Engine {
    Crate,
    Regex,
    Passwords,
    Zxcvbn,
}

impl Engine {
    const ALL: [Engine; 4] = [
        Engine::Crate,
        Engine::Regex,
        Engine::Passwords,
        Engine::Zxcvbn,
    ];

    fn name(self) -> &'static str {
        match self {
            Engine::Crate => "cvm-password",
            Engine::Regex => "regex",
            Engine::Passwords => "passwords",
            Engine::Zxcvbn => "zxcvbn",
        }
    }
}

/// Benchmarks `case` in `group` with each of `engines`, the case's name
/// after its group as the parameter.
fn bench_case(group: &mut BenchmarkGroup<'_, WallTime>, case: &Case, engines: &[Engine]) {
    case.assert_verdict();
    let (_, parameter) = case.group_and_name();
    let password = case.password.as_str();
    let username = case.username.as_deref();
    let policy = case.rules.policy();
    for &engine in engines {
        let id = criterion::BenchmarkId::new(engine.name(), parameter);
        match engine {
            Engine::Crate => group.bench_function(id, |b| {
                b.iter(|| black_box(&policy).check(black_box(password), black_box(username)));
            }),
            Engine::Regex => {
                let rules = RegexRules::for_case(case);
                group.bench_function(id, |b| b.iter(|| rules.check(black_box(password))))
            }
            Engine::Passwords => group.bench_function(id, |b| {
                b.iter(|| passwords_rules(black_box(password), policy.min_length()));
            }),
            Engine::Zxcvbn => {
                let username = case.effective_username();
                group.bench_function(id, |b| {
                    b.iter(|| zxcvbn_score(black_box(password), username));
                })
            }
        };
    }
}

/// Cases sorted into criterion groups by the first part of their names.
fn grouped(
    c: &mut Criterion,
    cases: &[Case],
    mut each: impl FnMut(&mut BenchmarkGroup<'_, WallTime>, &Case),
) {
    let mut rest = cases;
    while let Some(first) = rest.first() {
        let (name, _) = first.group_and_name();
        let len = rest
            .iter()
            .take_while(|case| case.group_and_name().0 == name)
            .count();
        let (these, others) = rest.split_at(len);
        let mut group = c.benchmark_group(name);
        for case in these {
            each(&mut group, case);
        }
        group.finish();
        rest = others;
    }
}

fn typical(c: &mut Criterion) {
    grouped(c, &cases::typical(), |group, case| {
        bench_case(group, case, &Engine::ALL);
    });
}

fn growth(c: &mut Criterion) {
    grouped(c, &cases::growth(), |group, case| {
        group.throughput(Throughput::Bytes(case.password.len() as u64));
        bench_case(group, case, &[Engine::Crate, Engine::Regex]);
    });
}

fn adversarial(c: &mut Criterion) {
    grouped(c, &cases::adversarial(), |group, case| {
        // A peer takes up to a second per 10 MiB check.
        group.sample_size(10);
        bench_case(group, case, &Engine::ALL);
        #[cfg(feature = "unicode")]
        positions(group, case);
    });
}

/// Highlighting walks grapheme clusters, which a megabyte of combining
/// marks makes as long as the inspection limit allows.
#[cfg(feature = "unicode")]
fn positions(group: &mut BenchmarkGroup<'_, WallTime>, case: &Case) {
    let (_, parameter) = case.group_and_name();
    let policy = case.rules.policy();
    let password = case.password.as_str();
    let id = criterion::BenchmarkId::new("cvm-password-positions", parameter);
    group.bench_function(id, |b| {
        b.iter(|| {
            black_box(&policy)
                .disallowed_positions(black_box(password))
                .count()
        });
    });
}

/// Short: the functions measured take nanoseconds to microseconds, and the
/// machine is shared; many short samples give a steadier median.
fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = typical, growth, adversarial
}
criterion_main!(benches);
