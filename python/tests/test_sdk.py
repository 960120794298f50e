"""The vendor's own SDK and CLI: a ResetInstancesPasswordRequest built with
tencentcloud-sdk-python-cvm, instances from the DescribeInstancesResponse
the SDK builds from the vendor's example output, and tccli's
--generate-cli-skeleton, filled in."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import cvm_password
from conftest import unavailable

try:
    from tencentcloud.cvm.v20170312 import models  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - the script installs it
    models = None


@pytest.fixture()
def sdk() -> Any:
    if models is None:
        unavailable("tencentcloud-sdk-python-cvm is not installed")
    return models


@pytest.fixture()
def described(sdk: Any, cvm_examples: Any) -> Any:
    """The SDK's DescribeInstancesResponse of the vendor's first example:
    one CentOS instance, ins-xlsyru2j, running."""
    output = json.loads(cvm_examples["actions"]["DescribeInstances"][0]["output"])
    response = sdk.DescribeInstancesResponse()
    # As the SDK's client builds a response from the API's answer.
    response._deserialize(output["Response"])
    assert [i.InstanceId for i in response.InstanceSet] == ["ins-xlsyru2j"]
    return response


def test_an_sdk_request_and_the_sdk_s_describe_instances_response(sdk: Any, described: Any) -> None:
    request = sdk.ResetInstancesPasswordRequest()
    request.InstanceIds = ["ins-xlsyru2j", "ins-r8hr2upy"]
    # Long enough for Linux, too short for Windows: the facts decide.
    request.Password = "Abcdef12!xy"
    result = cvm_password.preflight(request, instances=described, region="ap-guangzhou")
    assert [(f.code, f.parameter) for f in result.problems] == [
        ("too_short", "Password"),
        ("instance_running", "InstanceIds.0"),
        ("undescribed_instance", "InstanceIds.1"),
    ]
    assert result.errors[1].instance_id == "ins-xlsyru2j"

    # Only the described Linux instance, stopped first: accepted, the
    # Linux rules' recommendation aside.
    request.InstanceIds = ["ins-xlsyru2j"]
    request.ForceStop = True
    result = cvm_password.preflight(request, instances=described, region="ap-guangzhou")
    assert result.ok and result.policy == "linux"
    assert [f.code for f in result.warnings] == ["shorter_than_recommended", "forced_shutdown"]


def test_the_vendor_s_example_request(cvm_examples: Any, described: Any) -> None:
    example = cvm_examples["actions"]["ResetInstancesPassword"][0]["input"]
    body = example.split("\n\n", 1)[1]
    result = cvm_password.preflight(body)
    assert result.ok, result
    # Against the example instances: ins-r8hr2upy is not among them.
    result = cvm_password.preflight(body, instances=described)
    assert [f.code for f in result.problems] == ["undescribed_instance"]


def tccli() -> str:
    found = os.environ.get("TCCLI") or shutil.which("tccli")
    if not found:
        unavailable("no tccli: scripts/test-python.sh installs it")
    assert found is not None
    return found


def test_tccli_s_skeleton_filled_in(tmp_path: Path) -> None:
    command = [tccli(), "cvm", "ResetInstancesPassword", "--generate-cli-skeleton"]
    # tccli keeps its logs in the home directory.
    env = {**os.environ, "HOME": str(tmp_path)}
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    skeleton = json.loads(out)
    assert skeleton == {
        "InstanceIds": ["String"],
        "Password": "String",
        "UserName": "String",
        "ForceStop": "Boolean",
    }
    # As the skeleton stands, "Boolean" is no boolean: not a request body.
    with pytest.raises(cvm_password.InputValueError, match="expected `ForceStop` as true or false"):
        cvm_password.preflight(out)
    del skeleton["ForceStop"]
    placeholders = cvm_password.preflight(skeleton)
    assert [(f.code, f.parameter) for f in placeholders.errors] == [
        ("too_short", "Password"),
        ("too_few_categories", "Password"),
        # The placeholder "String" is in the placeholder UserName "String".
        ("contains_username", "Password"),
        ("malformed_instance_id", "InstanceIds.0"),
    ]

    skeleton.update(
        InstanceIds=["ins-r8hr2upy"], Password="abc123ABC!@#", UserName="Admin", ForceStop=False
    )
    assert cvm_password.preflight(skeleton, region="ap-guangzhou").ok
    skeleton["Password"] = "xadmin123ABC!"
    refused = cvm_password.preflight(json.dumps(skeleton))
    assert [f.code for f in refused.errors] == ["contains_username"]
