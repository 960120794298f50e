//! The whole pre-flight of a request of 100 instances, the API's limit:
//! `Request::preflight_with` and `Request::preflight`, then every problem;
//! and of 1000 ids, the most a pre-flight examines.

// Each bench uses its own part of what they share.
#[allow(dead_code)]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

use support::requests;

fn preflight(c: &mut Criterion) {
    let mut group = c.benchmark_group("preflight");
    for case in requests::cases() {
        case.assert_verdict();
        let (_, parameter) = case.name.split_once('/').expect("group/name");
        group.bench_function(BenchmarkId::new("cvm-password", parameter), |b| {
            b.iter(|| black_box(&case).run());
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    targets = preflight
}
criterion_main!(benches);
