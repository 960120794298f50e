#!/usr/bin/env bash
# Checks the crate against the vendor's metadata: the tccli package and the
# tencentcloud-sdk-python package pinned in scripts/vendor-check.py,
# downloaded from PyPI into target/vendor-cache once (with tccli itself
# installed in a virtual environment there, for its --generate-cli-skeleton).
# Four checks, each naming the API when it fails:
#
# 1. every cited fingerprint of a rule text;
# 2. every OS-login password parameter mapped or listed as unmapped;
# 3. every API error code the crate can emit in the SDK's codes for the
#    API's service, or a common code;
# 4. the JSON pre-flight's parameters of each API equal to its documented
#    input members, and every vendor example, output and tccli skeleton of
#    those APIs read by the library and the CLI (cli/tests/vendor_examples.rs,
#    which this runs with the cache's paths: a plain `cargo test` skips it).
#
# Then the self-test shows that a one-character change of a cited rule text,
# a code the SDK drops and a parameter the metadata adds each fail the check.
#
#     ./scripts/vendor-check.sh             # the pinned packages, as CI runs it
#     ./scripts/vendor-check.sh --latest    # the newest ones: a drift report
#
# Moving the pin:
#
# 1. Run with --latest and read the drift report: which APIs' rule texts
#    changed (old and new fingerprints), which codes or parameters differ,
#    which examples no longer read.
# 2. Update the rules and fingerprints of the APIs it names in
#    src/api/table.rs (and their model in tests/model/apis.rs), the codes
#    and parameters in src/, until `--latest` passes.
# 3. Set PINNED (tccli) and SDK_PINNED (the SDK release that tccli's
#    METADATA requires) in scripts/vendor-check.py, and the version in
#    src/api/source.rs; regenerate the json fuzz dictionary
#    (python3 fuzz/seeds/json.py target/vendor-cache/tccli-<version>).
# 4. Run ./scripts/vendor-check.sh: the pinned run must pass.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/vendor-check.py "$@"
if [ "$#" -eq 0 ]; then
    python3 scripts/vendor-check.py --selftest
fi
