#!/usr/bin/env bash
# Checks the crate's table of APIs against the vendor's metadata, the tccli
# package pinned in scripts/vendor-check.py (downloaded from PyPI into
# target/vendor-cache once): every cited fingerprint, and every OS-login
# password parameter mapped or listed as unmapped. Then shows that a
# one-character change of a cited rule text fails the check.
#
#     ./scripts/vendor-check.sh             # the pinned package, as CI runs it
#     ./scripts/vendor-check.sh --latest    # the newest tccli: a drift report
#
# Moving the pin: run with --latest, read the drift report, update the
# rules and fingerprints of the APIs it names in src/api/table.rs (and their
# model in tests/model/apis.rs), then set PINNED in scripts/vendor-check.py
# and in src/api/source.rs to the new version.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/vendor-check.py "$@"
if [ "$#" -eq 0 ]; then
    python3 scripts/vendor-check.py --selftest
fi
