"""Shared settings and helpers of the package's tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, NoReturn

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

ROOT = Path(__file__).resolve().parents[2]
"""The clone's root: the vector file is the core's."""

VECTORS = ROOT / "tests" / "vectors" / "interface.json"

# Nothing written beside the sources: Hypothesis keeps its caches in
# target/, and no example database; CI runs derandomized, so a failure it
# shows is one a developer can reproduce.
set_hypothesis_home_dir(str(ROOT / "target" / "python-hypothesis"))
settings.register_profile("default", database=None, deadline=None)
settings.register_profile("ci", database=None, deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


def vectors() -> Any:
    """The interface vector file, parsed."""
    return json.loads(VECTORS.read_text(encoding="utf-8"))


TCCLI_VERSION = "3.1.189.1"
"""The tccli release whose metadata the core cites."""

CACHE = Path(os.environ.get("CVM_PASSWORD_CACHE", ROOT / "target" / "python-cache"))
"""Downloads kept between runs, outside the sources."""

ALL_TESTS = bool(os.environ.get("CVM_PASSWORD_ALL_TESTS"))
"""Set by scripts/test-python.sh: a test that cannot run fails there
instead of being skipped."""


def unavailable(reason: str) -> NoReturn:
    """Skips the test, or fails it where every test must run."""
    if ALL_TESTS:
        pytest.fail(reason)
    pytest.skip(reason)


def tccli_wheel() -> Path:
    """tccli's wheel, downloaded at test time into the cache: its files are
    the vendor's, never copied into this repository."""
    wheels = sorted(CACHE.glob(f"tccli-{TCCLI_VERSION}-*.whl"))
    if not wheels:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet"]
        command += ["--dest", str(CACHE), f"tccli=={TCCLI_VERSION}"]
        if subprocess.run(command, check=False).returncode != 0:
            unavailable(f"pip could not download tccli {TCCLI_VERSION}")
        wheels = sorted(CACHE.glob(f"tccli-{TCCLI_VERSION}-*.whl"))
    return wheels[0]


@pytest.fixture(scope="session")
def cvm_examples() -> Any:
    """tccli's examples of the CVM API (2017-03-12): each action's example
    requests and outputs, as the vendor documents them."""
    with zipfile.ZipFile(tccli_wheel()) as wheel:
        return json.loads(wheel.read("tccli/services/cvm/v20170312/examples.json"))
