//! `Policy::for_targets` over a request's 100 instances, the API's limit.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use cvm_password::{Os, Policy};

fn for_targets(c: &mut Criterion) {
    let mut group = c.benchmark_group("for_targets");
    // All Linux reads every instance; a Windows one last is the same, plus
    // the answer; one first stops at once.
    let linux = [Os::Linux; 100];
    let mut windows_last = [Os::Linux; 100];
    windows_last[99] = Os::Windows;
    let mut windows_first = [Os::Linux; 100];
    windows_first[0] = Os::Windows;
    for (name, targets, expected) in [
        ("100-linux", linux, Policy::LINUX),
        ("100-windows-last", windows_last, Policy::WINDOWS),
        ("100-windows-first", windows_first, Policy::WINDOWS),
    ] {
        assert_eq!(Policy::for_targets(targets), expected, "{name}");
        group.bench_function(BenchmarkId::new("cvm-password", name), |b| {
            b.iter(|| Policy::for_targets(black_box(&targets).iter().copied()));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    targets = for_targets
}
criterion_main!(benches);
