#!/usr/bin/env bash
# Checks of the request pre-flight and the command-line tool beyond the
# workspace-wide clippy, tests and docs of test.sh: the `serde` feature
# stays `no_std` (with `alloc`), the CLI's documented main-job command works
# as its README says, and on a terminal the CLI reads the password without
# echo (Python's pty module drives a real pseudo-terminal).
# Usage: ./scripts/preflight.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "preflight: the serde feature builds for bare metal, no std"
rustup target add thumbv7em-none-eabihf
cargo build -p cvm-password --lib --no-default-features --features serde --target thumbv7em-none-eabihf

step "preflight: the CLI's main-job command, as cli/README.md gives it"
out=$(printf '%s\n' 'abc123ABC!@#' | cargo run -q -p cvm-password-cli -- check --os windows)
if [ "$out" != "accepted (Windows rules)" ]; then
    printf 'unexpected output of the main-job command:\n%s\n' "$out" >&2
    exit 1
fi
status=0
printf '%s\n' 'short' | cargo run -q -p cvm-password-cli -- check --os windows >/dev/null || status=$?
if [ "$status" -ne 1 ]; then
    printf 'a rejected password must exit 1, not %s\n' "$status" >&2
    exit 1
fi

step "preflight: on a terminal, the password is asked for without echo"
cargo build -q -p cvm-password-cli
target=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
python3 cli/tests/terminal_prompt.py "$target/debug/cvm-password"
