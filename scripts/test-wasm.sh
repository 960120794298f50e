#!/usr/bin/env bash
# Every check of the npm package (wasm/), from a fresh machine: installs what
# it needs (Debian's chromium and a CJK font, the npm packages, and through
# build-wasm.sh the rustup target), builds the package within its size
# budget, then runs the Node tests (API, pattern, types, native-versus-WASM
# differential, the interface vectors), the browser test, the packed
# package installed in fresh Node, esbuild, Vite and webpack projects, and a
# short run of the benchmark against the JavaScript peers. Safe to run
# again: each install is skipped when done.
# Usage: ./scripts/test-wasm.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "browser: Debian's chromium, and a font for the Chinese screenshot"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-wqy-zenhei > /dev/null 2>&1 || missing+=(fonts-wqy-zenhei)
if [ "${#missing[@]}" -gt 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

step "npm packages: binaryen (wasm-opt), esbuild, playwright-core, typescript, the benchmark's peers"
(cd wasm && npm ci --no-audit --no-fund)

./scripts/build-wasm.sh

step "native reference for the differential test"
reference=${CARGO_TARGET_DIR:-$PWD/target}/wasm-reference.json
cargo run -p cvm-password-wasm --example reference --locked -- wasm/tests/corpus.json > "$reference"

step "Node: API, pattern against check, types, native versus WASM, the interface vectors; then the browser"
(cd wasm && CVM_REFERENCE="$reference" node --test --test-concurrency=1 \
    js-tests/api.test.mjs js-tests/pattern.test.mjs js-tests/types.test.mjs \
    js-tests/differential.test.mjs js-tests/vectors.test.mjs js-tests/browser.test.mjs)

step "the packed package in fresh projects: Node without init, esbuild, Vite and webpack bundles in Chromium"
./scripts/test-npm-consumers.sh

step "benchmark: check() against password-validator, a regex and zxcvbn-ts, briefly (ratios to read, never a pass or fail)"
(cd wasm && node bench/node.mjs --smoke && node bench/browser.mjs --smoke)

step "wasm package checks passed (screenshots in wasm/test-results/)"
