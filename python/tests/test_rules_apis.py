"""rules() and apis(): the core's descriptions, field for field what the
CLI's `rules --json` and `apis --json` print; and check() and preflight()
against the CLI's `check --json` and `preflight --json`."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest

import cvm_password
from cvm_password import ApiInfo, Dispute, Lang, Rules, Source, Target

CLI = os.environ.get("CVM_PASSWORD_CLI")
"""The built `cvm-password` binary; scripts/test-python.sh builds it."""

needs_cli = pytest.mark.skipif(not CLI, reason="CVM_PASSWORD_CLI names no CLI binary")

BATCHES: List[List[Target]] = [["linux"], ["windows"], ["ubuntu", "windows"], ["unknown"]]


def cli(*args: str, stdin: str = "") -> Any:
    assert CLI is not None
    # Exit status 1 is a refused password or request, still a report.
    run = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


def cli_shape(finding: cvm_password.Finding) -> Dict[str, Any]:
    """A finding as an item of the CLI's --json, its instance_index aside."""
    item: Dict[str, Any] = {
        "code": finding.code,
        "api_error_code": finding.api_error_code,
        "message": finding.message,
        **finding.figures,
    }
    if finding.parameter is not None:
        item["parameter"] = finding.parameter
    if finding.instance_id is not None:
        item["instance_id"] = finding.instance_id
    return item


def test_the_rules_default_to_any_os_which_is_windows_for_the_default_api() -> None:
    # No OS given: every OS may be in the batch, and one Windows instance
    # makes it the Windows rules for cvm:ResetInstancesPassword.
    rules = cvm_password.rules()
    assert rules["policy"] == "windows"
    assert (rules["min_length"], rules["max_length"]) == (12, 30)
    assert rules["default_username"] == "Administrator"
    assert cvm_password.rules(targets=["linux"])["min_length"] == 8


def test_rules_for_targets_left_out_empty_and_unknown_are_the_same() -> None:
    # docs/SPEC.md, section 11: no OS given means any OS, as ["unknown"] does.
    unknown: List[Target] = ["unknown"]
    for api in cvm_password.apis():
        for strict in (False, True):
            left_out = cvm_password.rules(api=api["name"], strict=strict)
            for targets in (None, [], (), unknown):
                given = cvm_password.rules(targets=targets, api=api["name"], strict=strict)
                assert given == left_out, (api["name"], targets)


def test_strict_rules_are_the_stricter() -> None:
    common = cvm_password.rules(targets=["linux"], api="cvm:RunInstances")
    strict = cvm_password.rules(targets=["linux"], api="cvm:RunInstances", strict=True)
    assert common["required_categories"] == 2
    assert strict["required_categories"] == 3


def test_every_api_with_its_family_and_cited_sources() -> None:
    apis = cvm_password.apis()
    assert len(apis) == 40
    assert apis[0]["name"] == "cvm:ResetInstancesPassword"
    families = sorted({(api["letter"], api["family"]) for api in apis})
    assert families == [
        ("A", "reset"),
        ("B", "lighthouse_login"),
        ("C", "cvm_login"),
        ("D", "auto_scaling"),
        ("E", "batch"),
        ("F", "ecm_reset"),
        ("G", "ecm_create"),
        ("H", "bare_metal"),
        ("I", "emr"),
    ]
    by_name = {api["name"]: api for api in apis}
    assert (by_name["cvm:RunInstances"]["family"], by_name["cvm:RunInstances"]["letter"]) == (
        "cvm_login",
        "C",
    )
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


def test_the_descriptions_have_the_typed_keys() -> None:
    # The stubs' TypedDicts are the core's JSON, key for key.
    apis = cvm_password.apis()
    for api in apis:
        assert set(api) == ApiInfo.__required_keys__, api["name"]
        for source in api["sources"]:
            assert set(source) == Source.__required_keys__
            assert set(source["linux"]) == set(source["windows"]) == Rules.__required_keys__
        for dispute in api["disputes"]:
            assert set(dispute) == Dispute.__required_keys__
    assert any(api["disputes"] for api in apis)
    assert set(cvm_password.rules()) == Rules.__required_keys__


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


CHECKED = ["abc", "/ab d", "abc123ABC!@#", "Abcdef12", "abc123ABC_xyz", "!Abcdef12", "x" * 40]


@needs_cli
@pytest.mark.parametrize("api", ["cvm:ResetInstancesPassword", "cvm:RunInstances", "emr:CreateCluster", "batch:SubmitJob"])
@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_check_is_the_cli_s_check_json(api: str, lang: Lang) -> None:
    for password in CHECKED:
        for batch in BATCHES:
            ours = cvm_password.check(password, targets=batch, api=api, lang=lang)
            args = ["--lang", lang, "check", "--json", "--os", ",".join(batch), "--api", api]
            expected = cli(*args, stdin=password + "\n")
            assert {
                "ok": ours.ok,
                "api": ours.api,
                "policy": ours.policy,
                "violations": [cli_shape(v) for v in ours.violations],
                "warnings": [cli_shape(w) for w in ours.warnings],
            } == expected, (password, batch)


@needs_cli
def test_preflight_is_the_cli_s_preflight_json(tmp_path: Path) -> None:
    body = {"InstanceIds": ["ins-r8hr2upy", "ins-5d8a23rs", "i-1"], "Password": "Abcdef12!xy"}
    instances = {
        "InstanceSet": [
            {"InstanceId": "ins-r8hr2upy", "OsName": "CentOS 7.4", "InstanceState": "RUNNING"},
            {"InstanceId": "ins-5d8a23rs", "OsName": "Ubuntu 22.04", "InstanceState": "STOPPED"},
        ]
    }
    (tmp_path / "request.json").write_text(json.dumps(body))
    (tmp_path / "instances.json").write_text(json.dumps(instances))
    for lang in ("en", "zh-CN"):
        ours = cvm_password.preflight(body, instances=instances, region="ap-guangzhou", lang=lang)
        expected = cli(
            "--lang", lang, "preflight", "--json", "--region", "ap-guangzhou",
            "--request", str(tmp_path / "request.json"),
            "--instances", str(tmp_path / "instances.json"),
        )
        for item in expected["violations"] + expected["warnings"]:
            item.pop("instance_index", None)
        assert {
            "ok": ours.ok,
            "api": ours.api,
            "policy": ours.policy,
            "violations": [cli_shape(p) for p in ours.errors],
            "warnings": [cli_shape(p) for p in ours.warnings],
        } == expected
