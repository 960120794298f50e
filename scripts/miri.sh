#!/usr/bin/env bash
# The library's unit tests under Miri, on nightly: undefined behaviour,
# out-of-bounds access and leaks, in the crate and in what it calls.
# Usage: ./scripts/miri.sh
set -euo pipefail
cd "$(dirname "$0")/.."

rustup +nightly component add miri rust-src
cargo +nightly miri setup
cargo +nightly miri test --lib --all-features
