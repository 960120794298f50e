#!/usr/bin/env bash
# Runs every fuzz target for a short fixed time, from the committed seeds and
# dictionary, and fails on a crash. Needs the nightly toolchain; installs
# cargo-fuzz when it is missing. No sanitizer: the crate has no `unsafe`, and
# AddressSanitizer would cut the runs to a third (see fuzz/README.md).
# Usage: ./scripts/fuzz-smoke.sh [seconds per target, default 30]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-30}

# Nightly is on this project's machines; install it where it is not.
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

cargo fmt --check
cargo +nightly fuzz build --sanitizer none
for target in $(cargo +nightly fuzz list); do
    # The corpus libFuzzer grows is git-ignored; the seeds are read only.
    mkdir -p "corpus/$target"
    seeds=()
    [ -d "seeds/$target" ] && seeds=("seeds/$target")
    # A target with a dictionary of its own (json: the vendor's keys) uses
    # it; the others share the password dictionary.
    dict=dict/password.dict
    [ -f "dict/$target.dict" ] && dict="dict/$target.dict"
    printf '\n==> fuzz %s for %ss\n' "$target" "$seconds"
    cargo +nightly fuzz run --sanitizer none "$target" "corpus/$target" "${seeds[@]}" -- \
        -dict="$dict" -max_total_time="$seconds" -timeout=10 \
        -print_final_stats=1 2>&1 |
        grep -Ev '^#[0-9]+\s+(NEW|REDUCE|pulse)\b'
done
