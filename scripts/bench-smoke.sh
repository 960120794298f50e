#!/usr/bin/env bash
# CI smoke run of the benchmarks: every bench builds and runs briefly
# (criterion's --quick), BENCHMARKS.md's report renders from what they
# measured (into target/, not over the committed one), and the instruction
# counts meet their goals. For real figures see BENCHMARKS.md.
# Usage: ./scripts/bench-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

mkdir -p target/bench-smoke
touch target/bench-smoke/started
# With getrandom, so that the generator's bench also draws from the OS.
cargo bench --features getrandom --bench check --bench targets --bench preflight --bench generate -- \
    --quick --measurement-time 0.5 --nresamples 1000 --noplot >target/bench-smoke/criterion.log
find target/criterion -path '*/new/estimates.json' -newer target/bench-smoke/started |
    wc -l | xargs printf 'bench-smoke: %s criterion benchmarks ran\n'
# Without arguments it checks every scenario's verdict once.
cargo bench --bench instructions

./scripts/bench-instructions.sh

# Quick-run times are too rough for the goals: only the rendering is tried.
cp BENCHMARKS.md target/bench-smoke/BENCHMARKS.md
python3 scripts/bench-report.py --markdown target/bench-smoke/BENCHMARKS.md \
    --svg target/bench-smoke/results.svg >/dev/null
printf 'bench-smoke: %s s\n' $((SECONDS - start))
