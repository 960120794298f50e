"""generate(): passwords the rules accept, and its errors."""

from __future__ import annotations

from typing import Any, List, Optional

import pytest

import cvm_password
from cvm_password import GenerateError, InputError, InputTypeError, InputValueError, Target

PORTABLE_FAMILIES = {"reset", "lighthouse_login", "cvm_login", "auto_scaling"}
"""Families A to D, whose APIs all accept what generate() makes without an api."""


def test_by_default_twenty_characters_for_any_os_that_every_family_a_to_d_api_accepts() -> None:
    password = cvm_password.generate()
    assert len(password) == 20
    portable = [api for api in cvm_password.apis() if api["family"] in PORTABLE_FAMILIES]
    assert sorted({api["letter"] for api in portable}) == list("ABCD")
    batches: List[List[Target]] = [[], ["unknown"], ["linux"], ["windows"]]
    for api in portable:
        for targets in batches:
            verdict = cvm_password.check(password, targets=targets, api=api["name"], strict=True)
            assert verdict.ok, (api["name"], targets)


GENERATE_APIS = [None, "cvm:ResetInstancesPassword", "cvm:RunInstances", "emr:CreateCluster", "bm:ReloadDeviceOs"]


@pytest.mark.parametrize("api", GENERATE_APIS)
def test_targets_left_out_empty_and_unknown_follow_the_same_policy(api: Optional[str]) -> None:
    # docs/SPEC.md, section 11: no OS given means any OS, as ["unknown"] does:
    # the same default length, the same lengths accepted or refused, and
    # passwords the any-OS rules accept.
    every: List[Optional[List[Target]]] = [None, [], ["unknown"]]
    rules = cvm_password.rules(api=api, strict=True) if api else None

    def outcome(targets: Optional[List[Target]], length: int) -> Optional[str]:
        try:
            password = cvm_password.generate(targets=targets, api=api, length=length)
        except GenerateError as error:
            return error.code
        assert len(password) == length
        for strict in (True, False):
            if api:
                assert cvm_password.check(password, api=api, strict=strict).ok
            assert cvm_password.check(password, targets=targets, api=api, strict=strict).ok
        return None

    defaults = {len(cvm_password.generate(targets=targets, api=api)) for targets in every}
    assert len(defaults) == 1
    if rules is not None:
        assert defaults == {rules["generated_length"]}
    for length in range(0, 34):
        outcomes = {outcome(targets, length) for targets in every}
        assert len(outcomes) == 1, (api, length, outcomes)
        if rules is not None:
            accepted = rules["min_length"] <= length <= rules["max_length"]
            assert outcomes == ({None} if accepted else {"length_out_of_range"}), length


def test_passwords_differ() -> None:
    assert len({cvm_password.generate() for _ in range(50)}) == 50


def test_an_api_s_strict_rules_and_its_length() -> None:
    for _ in range(20):
        password = cvm_password.generate(targets=["linux"], api="emr:CreateCluster", length=16)
        assert len(password) == 16
        assert password[0].isalnum()
        assert cvm_password.check(password, targets=["linux"], api="emr:CreateCluster", strict=True).ok


def test_the_username_is_never_inside() -> None:
    # A three-letter name from a small alphabet: found often in a random
    # password, unless the generator throws those away.
    for _ in range(200):
        password = cvm_password.generate(username="aaa", length=30)
        assert "aaa" not in password.lower()


@pytest.mark.parametrize(
    ("length", "code"),
    [(11, "length_out_of_range"), (31, "length_out_of_range"), (0, "length_out_of_range")],
)
def test_a_length_the_rules_refuse_is_a_generate_error(length: int, code: str) -> None:
    with pytest.raises(GenerateError) as raised:
        cvm_password.generate(length=length)
    assert raised.value.code == code
    assert isinstance(raised.value, InputValueError)
    assert isinstance(raised.value, ValueError)
    assert str(raised.value) == (
        f"cannot generate a password of {length} characters: the policy accepts 12 to 30"
    )


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"length": True}, InputTypeError),
        ({"length": 12.0}, InputTypeError),
        ({"length": "16"}, InputTypeError),
        ({"length": -1}, InputValueError),
        ({"length": 2**80}, InputValueError),
        ({"api": "nope:Nothing"}, InputValueError),
        ({"targets": "windows"}, InputTypeError),
        ({"username": 0}, InputTypeError),
    ],
)
def test_bad_arguments(kwargs: Any, error: type[InputError]) -> None:
    with pytest.raises(error):
        cvm_password.generate(**kwargs)
