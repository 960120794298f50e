#!/usr/bin/env bash
# The npm package as a user gets it: `npm pack` of the built wasm/pkg, then
# that tarball installed into fresh projects copied from
# wasm/js-tests/consumers/ (each with its own exactly pinned tools from the
# npm registry) and used there with no configuration for the WebAssembly:
#   node     import { check } from "cvm-password", no init step; and its
#            types under tsc --module nodenext (wasm/'s TypeScript)
#   esbuild  --bundle --format=esm --platform=browser --target=es2022
#   vite     `vite build`, and the Vite dev server (dependency pre-bundling)
#   webpack  its defaults (src/index.js to dist/main.js), production mode
# The browser builds and the dev server are then loaded in headless Chromium
# (Debian's, installed when missing) by wasm/js-tests/consumers/run.mjs,
# through the playwright-core of wasm/node_modules.
# Needs the package built (scripts/build-wasm.sh) and `npm ci` run in wasm/.
# Works under target/npm-consumers/, wiped at each run.
# Usage: ./scripts/test-npm-consumers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

step() { printf '\n==> %s\n' "$*"; }

[ -f wasm/pkg/package.json ] || { echo "wasm/pkg is not built: run scripts/build-wasm.sh first" >&2; exit 1; }
[ -d wasm/node_modules/playwright-core ] || { echo "wasm/node_modules lacks playwright-core: run npm ci in wasm/ first" >&2; exit 1; }
if [ ! -x /usr/bin/chromium ]; then
    step "browser: Debian's chromium"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

work=target/npm-consumers
rm -rf "$work"
mkdir -p "$work"

step "npm pack wasm/pkg"
tarball=$(npm pack ./wasm/pkg --pack-destination "$work" --silent)
echo "$work/$tarball"

for name in node esbuild vite webpack; do
    step "$name: a fresh project, the tarball and its pinned tools installed from the registry"
    cp -R "wasm/js-tests/consumers/$name" "$work/$name"
    (cd "$work/$name" && npm install --no-audit --no-fund "../$tarball")
done

step "node: import the installed package"
(cd "$work/node" && node index.mjs)
(cd "$work/node" && "$repo/wasm/node_modules/.bin/tsc" --noEmit --strict --module nodenext --target es2022 types.mts)
echo "node types: tsc --module nodenext --strict accepts types.mts against the installed cvm_password.d.ts"

for name in esbuild vite webpack; do
    step "$name: build"
    (cd "$work/$name" && npm run --silent build)
done

step "the builds and the Vite dev server in Chromium"
node wasm/js-tests/consumers/run.mjs "$work"

step "npm consumers passed: node, esbuild, vite build, webpack, vite dev"
