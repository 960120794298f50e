"""generate(): passwords the rules accept, and its errors."""

from __future__ import annotations

from typing import Any

import pytest

import cvm_password
from cvm_password import GenerateError, InputError, InputTypeError, InputValueError

PORTABLE_FAMILIES = "ABCD"


def test_by_default_twenty_characters_for_windows_that_every_family_a_to_d_api_accepts() -> None:
    password = cvm_password.generate()
    assert len(password) == 20
    for api in cvm_password.apis():
        if api["family"] in PORTABLE_FAMILIES:
            assert cvm_password.check(password, api=api["name"], strict=True).ok, api["name"]


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
