#!/usr/bin/env bash
# CI smoke run of the benchmarks: every bench builds and runs briefly
# (criterion's --quick), BENCHMARKS.md's report renders from what they
# measured (into target/, not over the committed one), and the instruction
# counts meet their goals. For real figures see BENCHMARKS.md.
# Usage: ./scripts/bench-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

cargo bench --bench check --bench targets -- \
    --quick --measurement-time 0.5 --nresamples 1000 --noplot >target/bench-smoke.log
grep -c 'time: *\[' target/bench-smoke.log |
    xargs printf 'bench-smoke: %s criterion benchmarks ran\n'
# Without arguments it checks every scenario's verdict once.
cargo bench --bench instructions

./scripts/bench-instructions.sh

mkdir -p target/bench-smoke
cp BENCHMARKS.md target/bench-smoke/BENCHMARKS.md
python3 scripts/bench-report.py --markdown target/bench-smoke/BENCHMARKS.md \
    --svg target/bench-smoke/results.svg
printf 'bench-smoke: %s s\n' $((SECONDS - start))
