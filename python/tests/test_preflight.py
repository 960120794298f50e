"""preflight(): a whole request from the vendor's JSON, in every form a
Python caller holds it, and its errors."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

import cvm_password
from cvm_password import InputTypeError, InputValueError

RUNNING_LINUX = {
    "InstanceSet": [
        {"InstanceId": "ins-r8hr2upy", "OsName": "CentOS 7.4 64bit", "InstanceState": "RUNNING"},
        {"InstanceId": "ins-5d8a23rs", "OsName": "Windows Server 2022", "InstanceState": "STOPPED"},
    ]
}


def codes(findings: List[cvm_password.Finding]) -> List[str]:
    return [f.code for f in findings]


def test_a_dict_a_json_str_and_a_model_are_the_same_request() -> None:
    body: Dict[str, Any] = {"InstanceIds": ["ins-r8hr2upy"], "Password": "abc", "Region": "ap-guangzhou"}

    class Model:
        def to_json_string(self) -> str:
            return json.dumps(body)

    seen = [
        [repr(f) for f in cvm_password.preflight(form).problems]
        for form in (body, json.dumps(body), Model())
    ]
    assert seen[0] == seen[1] == seen[2]
    assert "too_short" in seen[0][0]


def test_problems_errors_and_warnings_with_their_parameters() -> None:
    result = cvm_password.preflight(
        {"InstanceIds": ["ins-r8hr2upy", "ins-5d8a23rs", "i-123"], "Password": "Abcdef12"},
        instances=RUNNING_LINUX,
        region="ap-guangzhou",
    )
    assert not result.ok
    assert result.region_checked and result.os is None
    assert result.api == "cvm:ResetInstancesPassword"
    assert result.problems == result.errors + result.warnings or codes(result.problems)
    by_code = {f.code: f for f in result.problems}
    running = by_code["instance_running"]
    assert (running.parameter, running.instance_id) == ("InstanceIds.0", "ins-r8hr2upy")
    assert running.api_error_code == "UnsupportedOperation.InstanceStateRunning"
    assert running.severity == "error"
    malformed = by_code["malformed_instance_id"]
    # A malformed id may be anything: it is named by position only.
    assert (malformed.parameter, malformed.instance_id) == ("InstanceIds.2", None)
    assert all(f.severity == "error" for f in result.errors)
    assert all(f.severity == "warning" and f.api_error_code is None for f in result.warnings)
    # A Windows instance in the batch: the Windows rules.
    assert by_code["too_short"].min == 12 and result.policy == "windows"


def test_the_region_given_beside_the_body() -> None:
    unsupported = cvm_password.preflight(
        {"InstanceIds": ["ins-r8hr2upy"], "Password": "abc123ABC!@#"}, region="xx-nowhere-1"
    )
    assert codes(unsupported.errors) == ["unsupported_region"]
    with pytest.raises(InputValueError, match="^region: the region given differs"):
        cvm_password.preflight(
            {"InstanceIds": ["ins-r8hr2upy"], "Password": "abc123ABC!@#", "Region": "ap-guangzhou"},
            region="ap-beijing",
        )


def test_login_settings_of_other_apis_for_the_os_given() -> None:
    body = {"ImageId": "img-pmqg1cw7", "LoginSettings": {"Password": "abc123ABC_xyz"}}
    linux = cvm_password.preflight(body, api="cvm:RunInstances", os="linux")
    assert linux.ok and linux.os == "linux"
    (disputed,) = linux.warnings
    assert (disputed.code, disputed.parameter) == ("disputed_rule", "LoginSettings.Password")
    strict = cvm_password.preflight(body, api="cvm:RunInstances", os="linux", strict=True)
    assert codes(strict.errors) == ["disallowed_character"]
    images = {"ImageSet": [{"ImageId": "img-pmqg1cw7", "OsName": "TencentOS Server 3.1"}]}
    assert cvm_password.preflight(body, api="cvm:RunInstances", images=images).os == "linux"
    assert cvm_password.preflight(body, api="cvm:RunInstances").os == "unknown"


def test_messages_in_chinese() -> None:
    result = cvm_password.preflight({"InstanceIds": ["ins-r8hr2upy"]}, lang="zh-CN")
    assert result.errors[0].code == "missing_password"
    assert not result.errors[0].message.isascii()


@pytest.mark.parametrize(
    ("request_", "kwargs", "error", "start"),
    [
        (42, {}, InputTypeError, "request must be a dict, a JSON str or a tencentcloud SDK model"),
        ({1, 2}, {}, InputTypeError, "request must be"),
        ('{"Password": "Hunter2!Hunter2!"', {}, InputValueError, "request body: malformed JSON"),
        ('{"Password": "x", "Pasword": "Hunter2!Hunter2!"}', {}, InputValueError, "request body:"),
        (
            '{"InstanceIds": ["ins-r8hr2upy"], "Password": "x", "Password": "Hunter2!Hunter2!"}',
            {},
            InputValueError,
            "request body: repeated key Password: a key may be given once in an object",
        ),
        (
            '{"LoginSettings": {"Password": "x"}, "LoginSettings": {"Password": "Hunter2!Hunter2!"}}',
            {"api": "cvm:RunInstances"},
            InputValueError,
            "request body: repeated key LoginSettings: a key may be given once in an object",
        ),
        (
            '{"LoginSettings": {"Password": "x", "Password": "Hunter2!Hunter2!"}}',
            {"api": "cvm:RunInstances"},
            InputValueError,
            "request body: repeated key LoginSettings.Password: a key may be given once in an object",
        ),
        (
            {"Password": "Hunter2!Hunter2!"},
            {"instances": '[{"InstanceId": "ins-r8hr2upy", "OsName": "x", "OsName": "Hunter2!"}]'},
            InputValueError,
            "DescribeInstances output: repeated key [0].OsName",
        ),
        (
            {"Password": "Hunter2!Hunter2!"},
            {"instances": '{"InstanceSet": [{"InstanceState": "RUNNING", "InstanceState": "Hunter2!"}]}'},
            InputValueError,
            "DescribeInstances output: repeated key InstanceSet[0].InstanceState: a key may be given",
        ),
        (
            {"Password": "Hunter2!Hunter2!"},
            {"regions": '{"RegionSet": [{"Region": "ap-guangzhou", "Region": "Hunter2!"}]}'},
            InputValueError,
            "DescribeRegions output: repeated key RegionSet[0].Region: a key may be given",
        ),
        (
            {"ImageId": "img-pmqg1cw7", "LoginSettings": {"Password": "Hunter2!Hunter2!"}},
            {
                "api": "cvm:RunInstances",
                "images": '{"ImageSet": [{"ImageId": "img-pmqg1cw7", "OsName": "a", "OsName": "Hunter2!"}]}',
            },
            InputValueError,
            "DescribeImages output: repeated key ImageSet[0].OsName: a key may be given",
        ),
        ({"Password": "Hunter2!Hunter2!"}, {"instances": 3}, InputTypeError, "instances must be"),
        ({"Password": "Hunter2!Hunter2!"}, {"instances": "[1"}, InputValueError, "DescribeInstances output"),
        ({"Password": "Hunter2!Hunter2!"}, {"api": "emr:CreateCluster"}, InputValueError, "api: the pre-flight reads"),
        ({"Password": "Hunter2!Hunter2!"}, {"os": "Hunter2!"}, InputValueError, "unknown os"),
        ({"Password": "Hunter2!Hunter2!"}, {"region": 7}, InputTypeError, "region must be a str"),
    ],
)
def test_inputs_it_cannot_read_raise_errors_that_quote_nothing(
    request_: Any, kwargs: Any, error: type[Exception], start: str
) -> None:
    with pytest.raises(error) as raised:
        cvm_password.preflight(request_, **kwargs)
    assert str(raised.value).startswith(start)
    assert "Hunter2" not in str(raised.value) + repr(raised.value)


def test_a_model_whose_to_json_string_fails() -> None:
    class Broken:
        def to_json_string(self) -> str:
            raise RuntimeError("Hunter2!Hunter2!")

    with pytest.raises(InputTypeError, match=r"^request: to_json_string\(\) failed$"):
        cvm_password.preflight(Broken())


def test_a_lone_surrogate_in_a_dict_is_a_disallowed_character() -> None:
    result = cvm_password.preflight({"InstanceIds": ["ins-r8hr2upy"], "Password": "abc123ABC!@#\ud800"})
    assert [(f.code, f.count) for f in result.errors] == [("disallowed_character", 1)]


def test_repr_shows_codes_never_the_password() -> None:
    result = cvm_password.preflight({"InstanceIds": ["ins-r8hr2upy"], "Password": "/Hunter2"})
    said = repr(result) + "".join(repr(f) + str(f) for f in result.problems)
    assert "leading_slash" in said and "Hunter2" not in said
