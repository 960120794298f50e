#!/usr/bin/env bash
# The Python package (python/): builds the abi3 wheel and installs it with
# `pip install ./python` in a fresh virtualenv under target/, then runs
# pytest (every test: none may be skipped), mypy --strict on the tests and
# the bench, and the bench's check that check() is not slower than a
# pure-Python `re` check. Installs what it needs from PyPI, and tccli
# 3.1.189.1 for the skeleton test, in a virtualenv of its own.
# Usage: ./scripts/test-python.sh   (PYTHON picks the interpreter, 3.9 or newer)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }

python=${PYTHON:-python3}
venv=$root/target/python-venv
tccli_venv=$root/target/python-tccli
cache=$root/target/python-cache
wheels=$root/target/python-wheels
tccli_version=3.1.189.1

step "a fresh virtualenv, with the test tools"
rm -rf "$venv" "$wheels"
"$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip --disable-pip-version-check)
"${pip[@]}" install --quiet --upgrade pip
"${pip[@]}" install --quiet -r python/requirements-test.txt

step "the wheel: one abi3 wheel for CPython 3.9 and newer"
"${pip[@]}" wheel --quiet --no-deps --wheel-dir "$wheels" ./python
ls "$wheels"
ls "$wheels" | grep -q '^cvm_password-.*-cp39-abi3-.*\.whl$' || {
    echo "expected a cp39-abi3 wheel" >&2
    exit 1
}

step "pip install ./python, as from a clone"
"${pip[@]}" install --quiet ./python
"${pip[@]}" check

step "tccli $tccli_version, for its skeleton (its own virtualenv: only what its cvm commands load)"
mkdir -p "$cache"
[ -f "$cache/tccli-$tccli_version-py2.py3-none-any.whl" ] ||
    "${pip[@]}" download --quiet --no-deps --dest "$cache" "tccli==$tccli_version"
rm -rf "$tccli_venv"
"$python" -m venv "$tccli_venv"
# Not the whole tencentcloud-sdk-python it asks for: the CVM service's SDK
# and what tccli imports at start are enough to print a skeleton. Its
# dependencies first, so that pip has no missing one to warn about.
tccli_pip=("$tccli_venv/bin/python" -m pip install --quiet --disable-pip-version-check)
"${tccli_pip[@]}" -r python/requirements-tccli.txt
"${tccli_pip[@]}" --no-deps "$cache/tccli-$tccli_version-py2.py3-none-any.whl"

step "the CLI, for rules() and apis() against its --json"
cargo build --quiet -p cvm-password-cli

step "pytest"
cd python
CVM_PASSWORD_ALL_TESTS=1 \
    CVM_PASSWORD_CACHE="$cache" \
    CVM_PASSWORD_CLI="$root/target/debug/cvm-password" \
    TCCLI="$tccli_venv/bin/tccli" \
    "$venv/bin/pytest" -q tests

step "mypy --strict: the tests and the bench, against the stubs"
"$venv/bin/mypy" --strict --cache-dir "$root/target/python-mypy-cache" tests bench

step "bench: check() at most the pure-Python re time"
"$venv/bin/python" bench/bench_check.py --check
