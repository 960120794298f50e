#!/usr/bin/env bash
# The library's unit tests under Miri, on nightly: undefined behaviour,
# out-of-bounds access and leaks, in the crate and in what it calls.
# Usage: ./scripts/miri.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Nightly is on this project's machines; install it where it is not.
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
rustup +nightly component add miri rust-src
cargo +nightly miri setup
cargo +nightly miri test --lib --all-features
