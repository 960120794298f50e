"""rules() and apis(): the core's descriptions, field for field what the
CLI's `rules --json` and `apis --json` print."""

from __future__ import annotations

import json
import os
import re
import subprocess
from typing import Any, List

import pytest

import cvm_password
from cvm_password import Target

CLI = os.environ.get("CVM_PASSWORD_CLI")
"""The built `cvm-password` binary; scripts/test-python.sh builds it."""

needs_cli = pytest.mark.skipif(not CLI, reason="CVM_PASSWORD_CLI names no CLI binary")

BATCHES: List[List[Target]] = [["linux"], ["windows"], ["ubuntu", "windows"], ["unknown"]]


def cli(*args: str) -> Any:
    assert CLI is not None
    out = subprocess.run([CLI, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def test_the_rules_default_to_the_windows_rules_of_the_default_api() -> None:
    rules = cvm_password.rules()
    assert rules["policy"] == "windows"
    assert (rules["min_length"], rules["max_length"]) == (12, 30)
    assert rules["default_username"] == "Administrator"
    assert cvm_password.rules(targets=["linux"])["min_length"] == 8


def test_strict_rules_are_the_stricter() -> None:
    common = cvm_password.rules(targets=["linux"], api="cvm:RunInstances")
    strict = cvm_password.rules(targets=["linux"], api="cvm:RunInstances", strict=True)
    assert common["required_categories"] == 2
    assert strict["required_categories"] == 3


def test_every_api_with_its_family_and_cited_sources() -> None:
    apis = cvm_password.apis()
    assert len(apis) == 40
    assert apis[0]["name"] == "cvm:ResetInstancesPassword"
    assert sorted({api["family"] for api in apis}) == list("ABCDEFGHI")
    codes = {api["name"]: api["password_error_code"] for api in apis}
    assert codes["ecm:RunInstances"] == "InvalidParameterValue.InvaildPassword"
    assert codes["batch:SubmitJob"] is None
    assert apis[0]["parameters"] == ["InstanceIds", "Password", "UserName", "ForceStop"]
    for api in apis:
        refused = cvm_password.check("/", api=api["name"])
        assert refused.api == api["name"]
        assert {v.api_error_code for v in refused.violations} == {api["password_error_code"]}
        assert api["mix"] in ("windows", "strictest")
        for source in api["sources"]:
            if source["fingerprint"] is not None:
                assert re.fullmatch("[0-9a-f]{64}", source["fingerprint"])
                assert source["package"] == "tccli 3.1.189.1"
            assert source["linux"]["min_length"] <= source["linux"]["max_length"]


@needs_cli
def test_apis_is_the_cli_s_apis_json() -> None:
    assert cvm_password.apis() == cli("apis", "--json")["apis"]


@needs_cli
@pytest.mark.parametrize("batch", BATCHES, ids=",".join)
@pytest.mark.parametrize("strict", [False, True])
def test_rules_is_the_cli_s_rules_json_for_every_api(batch: List[Target], strict: bool) -> None:
    for api in cvm_password.apis():
        args = ["rules", "--json", "--os", ",".join(batch), "--api", api["name"]]
        expected = cli(*args, *(["--strict"] if strict else []))
        assert cvm_password.rules(targets=batch, api=api["name"], strict=strict) == expected
