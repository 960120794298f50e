#!/usr/bin/env bash
# Every check CI runs, in order; installs what it needs first.
# Usage: ./scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "toolchain: rustfmt, clippy and the bare-metal targets"
rustup component add rustfmt clippy
rustup target add x86_64-unknown-none thumbv7em-none-eabihf

step "format"
cargo fmt --all -- --check

step "clippy, on every feature set"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --workspace --all-targets --all-features -- -D warnings
cargo clippy -p cvm-password --all-targets --no-default-features -- -D warnings

step "tests, on every feature set (the interface vectors among them)"
cargo test --workspace
cargo test --workspace --all-features
cargo test -p cvm-password --no-default-features

step "every API: 100,000 generated passwords per API and batch, library and CLI, in an optimized build"
cargo test -q --release --test apis
cargo test -q --release -p cvm-password-cli --test generate

step "vendor check: the API table against the pinned tccli metadata"
./scripts/vendor-check.sh

step "the library example"
cargo run -q -p cvm-password --example check --all-features

step "no_std: the core builds for bare metal, with no run-time dependency"
cargo build -p cvm-password --lib --no-default-features --target thumbv7em-none-eabihf
cargo build -p cvm-password --lib --no-default-features --target x86_64-unknown-none
deps=$(cargo tree -p cvm-password -e normal,no-proc-macro --no-default-features --prefix none | sort -u)
if [ "$(printf '%s\n' "$deps" | grep -c .)" -ne 1 ]; then
    printf 'the no_std core must have no run-time dependency, found:\n%s\n' "$deps" >&2
    exit 1
fi

step "msrv: the library builds with the rust-version Cargo.toml declares"
msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
rustup toolchain list | grep -q "^$msrv" || rustup toolchain install "$msrv" --profile minimal
cargo +"$msrv" check -p cvm-password --lib --no-default-features
# Every feature but `proptest`, whose own MSRV is proptest's (1.88 today).
cargo +"$msrv" check -p cvm-password --lib --features std,unicode,serde,json,getrandom,arbitrary

./scripts/preflight.sh

step "docs"
RUSTDOCFLAGS=-Dwarnings cargo doc --workspace --no-deps --all-features

./scripts/test-wasm.sh

./scripts/test-python.sh

./scripts/test-go.sh
./scripts/test-terraform.sh

step "the README: every snippet as written, from this clone"
python3 scripts/test-readme.py

step "benchmarks: a short run of each, and the instruction-count goals"
./scripts/bench-smoke.sh

step "package"
cargo package -p cvm-password --locked --allow-dirty

step "mutation: every line of src/ this submission changed, through cargo-mutants"
./scripts/mutants-diff.sh

step "miri: the unit tests, on nightly"
./scripts/miri.sh

step "fuzz: every target for 30 s, on nightly"
./scripts/fuzz-smoke.sh

step "all checks passed"
