//! `Generator::generate_with` at the default length, on both presets, from
//! a seeded source; with the `getrandom` feature, `Generator::generate`
//! from the operating system too.

// Each bench uses its own part of what they share.
#[allow(dead_code)]
mod support;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

use support::generators::{self, Seeded};

fn generate(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate");
    for case in generators::cases() {
        case.assert_accepted();
        let (_, parameter) = case.name.split_once('/').expect("group/name");
        // One source for the whole run: each iteration draws new bytes, as
        // a caller generating password after password does.
        let mut seeded = Seeded::new();
        group.bench_function(BenchmarkId::new("cvm-password", parameter), |b| {
            b.iter(|| case.generate(&mut seeded));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    targets = generate
}
criterion_main!(benches);
