#!/usr/bin/env bash
# Counts the instructions of one check (or one pre-flight, or one generated
# password), per scenario of benches/instructions.rs, under callgrind:
# figures machine noise cannot move. Prints a Markdown table
# (also written to target/bench-instructions.md) and fails if one of the
# performance goals (BENCHMARKS.md, "Goals") is missed:
#   - a 16-character valid Linux password: at most 250 instructions a check;
#   - the same password on Windows, default username: at most 400;
#   - 10 MiB of ASCII: at most twice the cost of 4 KiB;
#   - each growth series: cost linear in the input, each added character costing
#     the same (10% slack) from the smallest inputs to the largest.
# Each scenario runs N and 2N times (N=20, or the first argument; counts are exact, so N only averages out the peers' hashing); the
# difference is N checks, free of start-up and of building the inputs, and
# the harness's own loop (scenario cvm:empty) is subtracted.
# Usage: ./scripts/bench-instructions.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}

if ! command -v valgrind >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
fi

bin=$(cargo bench --bench instructions --no-run --message-format=json-render-diagnostics |
    sed -n 's/.*"executable":"\([^"]*\/instructions-[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bin" ] || { echo "bench-instructions: could not build benches/instructions.rs" >&2; exit 1; }

out=target/bench-instructions
mkdir -p "$out"

# Instructions callgrind counts for one run of scenario $1, $2 iterations.
count() {
    local log="$out/${1//[:\/]/_}-$2"
    valgrind --tool=callgrind --callgrind-out-file="$log.out" "$bin" "$1" "$2" >"$log.log" 2>&1 ||
        { cat "$log.log" >&2; return 1; }
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log.log"
}

# Writes the instructions per iteration of scenario $1, harness loop
# included, to its own file.
per_iteration() {
    local once twice
    once=$(count "$1" "$n")
    twice=$(count "$1" $((2 * n)))
    awk -v a="$once" -v b="$twice" -v n="$n" 'BEGIN { printf "%.1f\n", (b - a) / n }' \
        >"$out/${1//[:\/]/_}.per"
}
export -f count per_iteration
export bin out n

# One callgrind per core: counts do not depend on what else runs.
scenarios=$("$bin" --list)
printf '%s\n' $scenarios | xargs -P "$(nproc)" -I{} bash -c 'per_iteration "$1"' _ {}

empty=$(cat "$out/cvm_empty.per")
results="$out/results.tsv"
for scenario in $scenarios; do
    [ "$scenario" = cvm:empty ] && continue
    awk -v s="$scenario" -v e="$empty" '{ printf "%s\t%.0f\n", s, $1 - e }' \
        "$out/${scenario//[:\/]/_}.per"
done >"$results"

{
    printf '| scenario | instructions per iteration |\n| --- | ---: |\n'
    awk -F'\t' '{ printf "| `%s` | %s |\n", $1, $2 }' "$results"
    printf '\nharness loop, subtracted above: %s instructions per iteration (N = %s)\n' "$empty" "$n"
} | tee target/bench-instructions.md

# Goals. `cost NAME` is the count of scenario NAME.
cost() { awk -F'\t' -v s="$1" '$1 == s { print $2; found = 1 } END { exit !found }' "$results"; }
failed=0
goal() { # description, value, limit
    if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v <= l) }'; then
        printf 'ok    %s: %s <= %s\n' "$1" "$2" "$3"
    else
        printf 'FAIL  %s: %s > %s\n' "$1" "$2" "$3"
        failed=1
    fi
}
echo
goal "16-character valid password, Linux" "$(cost cvm:linux/valid-16)" 250
goal "16-character valid password, Windows, default username" "$(cost cvm:windows/valid-16)" 400
goal "10 MiB of ASCII, against twice 4 KiB" "$(cost cvm:adversarial/ascii-10MiB)" \
    "$(awk -v c="$(cost cvm:adversarial/ascii-4KiB)" 'BEGIN { print 2 * c }')"
# Linear cost: the cost of each added character stays the same as inputs double,
# where a quadratic cost would double it. Compares the last doubling's
# slope to the first's.
for kind in $(sed -n 's/^cvm:growth-\([^/]*\)\/.*/\1/p' "$results" | sort -u); do
    slopes=$(grep "^cvm:growth-$kind/" "$results" | tr '/' '\t' | awk -F'\t' '
        NR > 1 { slope = ($3 - cost) / ($2 - size); if (NR == 2) first = slope }
        { size = $2; cost = $3 }
        END { printf "%.1f %.1f", slope, first * 1.1 }')
    goal "growth-$kind, linear: instructions per added character" ${slopes% *} ${slopes#* }
done
exit "$failed"
