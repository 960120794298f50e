#!/usr/bin/env bash
# The mutation check CI runs: cargo-mutants on the library's lines changed
# since the commit a submission started from (.ci/mutants-base: set it to
# HEAD when you start one, TESTING.md "Mutation testing"). Fails on a
# missed mutant. The equivalent mutants of TESTING.md's last run are
# excluded by name in .cargo/mutants.toml.
# Usage: ./scripts/mutants-diff.sh [BASE]
set -euo pipefail
cd "$(dirname "$0")/.."

version=27.1.0
base=${1:-$(cat .ci/mutants-base)}
diff=target/mutants-diff.patch
mkdir -p target
git diff "$base" -- src/ >"$diff"
if [ ! -s "$diff" ]; then
    echo "no change to src/ since $base: nothing to mutate"
    exit 0
fi
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $version" ]; then
    cargo install cargo-mutants --version "$version" --locked
fi
printf '%s mutants in the lines changed since %s\n' \
    "$(cargo mutants -p cvm-password --all-features --in-diff "$diff" --list | grep -c .)" "$base"
# Exit status 2 when a mutant is missed, 3 when one only timed out (a loop
# that no longer ends: caught), 0 when every one is caught.
status=0
PROPTEST_CASES=64 cargo mutants -p cvm-password --all-features -j 2 --in-diff "$diff" \
    --output target/mutants-diff || status=$?
case $status in
0 | 3) ;;
*)
    echo "missed mutants (target/mutants-diff/mutants.out/missed.txt):" >&2
    cat target/mutants-diff/mutants.out/missed.txt >&2 || true
    exit 1
    ;;
esac
