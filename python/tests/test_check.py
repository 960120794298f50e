"""check(): its defaults, its findings and their figures, its errors, and
what it never says."""

from __future__ import annotations

from typing import Any, List

import pytest

import cvm_password
from cvm_password import Finding, InputError, InputTypeError, InputValueError, Target


def codes(findings: List[Finding]) -> List[str]:
    return [f.code for f in findings]


def said(verdict: cvm_password.Verdict) -> Any:
    """All a verdict says, to compare two."""
    findings = [(repr(f), f.message) for f in verdict.violations + verdict.warnings]
    return (verdict.ok, verdict.api, verdict.policy, findings)


def test_targets_left_out_are_any_os_which_is_windows_for_the_default_api() -> None:
    # 11 characters: too short for Windows, a warning on Linux. Any OS may
    # be Windows, and one Windows instance makes it the Windows rules.
    assert not cvm_password.check("abc123ABC!@").ok
    assert cvm_password.check("abc123ABC!@", targets=["linux"]).ok
    assert codes(cvm_password.check("abc123ABC!@").violations) == ["too_short"]
    assert cvm_password.check("abc123ABC!@").policy == "windows"


def test_no_target_is_any_os_and_gets_the_strictest_rules() -> None:
    assert codes(cvm_password.check("Abcdef12!", targets=[]).violations) == ["too_short"]
    assert cvm_password.check("Abcdef12!", targets=["linux"]).ok


TARGETS_PASSWORDS = [
    "abc",
    "/ab d",
    "abc123ABC!@",
    "Abcdef12!",
    "abc123ABC_xyz",
    "Xk9#mP2$vL7!qR4z",
    "xAdministrator1!",
    "!Abcdef12xyz",
    "x" * 40,
]


@pytest.mark.parametrize(
    "api", ["cvm:ResetInstancesPassword", "cvm:RunInstances", "emr:CreateCluster", "batch:SubmitJob"]
)
@pytest.mark.parametrize("strict", [False, True])
def test_targets_left_out_empty_and_unknown_are_the_same(api: str, strict: bool) -> None:
    # docs/SPEC.md, section 11: no OS given means any OS, as ["unknown"] does.
    unknown: List[Target] = ["unknown"]
    for password in TARGETS_PASSWORDS:
        left_out = said(cvm_password.check(password, api=api, strict=strict))
        assert said(cvm_password.check(password, targets=None, api=api, strict=strict)) == left_out
        assert said(cvm_password.check(password, targets=[], api=api, strict=strict)) == left_out
        assert said(cvm_password.check(password, targets=(), api=api, strict=strict)) == left_out
        assert said(cvm_password.check(password, targets=unknown, api=api, strict=strict)) == left_out


def test_os_names_are_read_ignoring_ascii_case() -> None:
    # Typed as lowercase names; any letter case passes at run time.
    name: Any
    for name in ("Windows", "WINDOWS", "wInDoWs"):
        assert said(cvm_password.check("abc123ABC!@", targets=[name])) == said(
            cvm_password.check("abc123ABC!@", targets=["windows"])
        )
        assert cvm_password.rules(targets=[name]) == cvm_password.rules(targets=["windows"])
    for name in ("Linux", "LINUX", "Ubuntu"):
        verdict = cvm_password.check("Abcdef12", targets=[name])
        assert verdict.ok and verdict.policy == "linux"
        assert len(cvm_password.generate(targets=[name], length=8)) == 8
    batch: Any = ["Unknown", "UBUNTU"]
    assert said(cvm_password.check("x", targets=batch)) == said(
        cvm_password.check("x", targets=["unknown", "ubuntu"])
    )
    body = {"ImageId": "img-pmqg1cw7", "LoginSettings": {"Password": "Abcdef12!"}}
    assert cvm_password.preflight(body, api="cvm:RunInstances", os=name).os == "ubuntu"
    # A name that is no OS in any case stays an error: a space, a Cyrillic х.
    for name in ("Linux ", "linu\u0445"):
        with pytest.raises(InputValueError):
            cvm_password.check("x", targets=[name])
        with pytest.raises(InputValueError):
            cvm_password.preflight(body, api="cvm:RunInstances", os=name)


def test_targets_take_any_iterable_and_each_os_once() -> None:
    linux: List[Target] = ["linux"]
    batch = linux * 1000 + ["windows"]
    windows = cvm_password.check("abc123ABC!@", targets=iter(batch))
    assert codes(windows.violations) == ["too_short"]
    assert cvm_password.check("abc123ABC!@", targets={"ubuntu"}).ok
    assert cvm_password.check("abc123ABC!@", targets=None).violations[0].min == 12


def test_a_refused_password_has_every_violation_with_its_figures() -> None:
    verdict = cvm_password.check("/ab d", targets=("linux",))
    assert not verdict.ok
    assert verdict.warnings == []
    too_short, slash, categories, disallowed = verdict.violations
    assert (too_short.code, too_short.length, too_short.min, too_short.max) == (
        "too_short",
        5,
        8,
        None,
    )
    assert too_short.figures == {"length": 5, "min": 8}
    assert too_short.severity == "error"
    assert too_short.api_error_code == "InvalidParameterValue.InvalidPassword"
    assert too_short.parameter is None
    assert str(too_short) == too_short.message == "password is too short: 5 characters, at least 8 required"
    assert slash.code == "leading_slash" and slash.figures == {}
    assert categories.present == ["lowercase", "special"]
    assert (categories.required, categories.out_of) == (3, 4)
    assert disallowed.count == 1


def test_an_accepted_password_has_warnings_and_no_error_code() -> None:
    verdict = cvm_password.check("Abcdef12", targets=["linux"], lang="zh-CN")
    assert verdict.ok and verdict.violations == []
    (warning,) = verdict.warnings
    assert warning.code == "shorter_than_recommended"
    assert warning.severity == "warning"
    assert warning.api_error_code is None
    assert (warning.length, warning.recommended) == (8, 12)
    assert warning.message == "密码短于建议长度：8 个字符，建议至少 12 个"


def test_disputed_rules_are_warnings_unless_strict() -> None:
    common = cvm_password.check("abc123ABC_xyz", targets=["linux"], api="cvm:RunInstances")
    assert common.ok
    (disputed,) = common.warnings
    assert disputed.code == "disputed_rule"
    assert disputed.rule == "disallowed_character"
    assert disputed.refused_by and disputed.accepted_by
    strict = cvm_password.check(
        "abc123ABC_xyz", targets=["linux"], api="cvm:RunInstances", strict=True
    )
    assert codes(strict.violations) == ["disallowed_character"]
    assert strict.api == "cvm:RunInstances"
    assert strict.policy == "custom"
    assert cvm_password.check("x", targets=["ubuntu"]).policy == "linux"
    assert cvm_password.check("x", targets=["ubuntu", "unknown"]).policy == "windows"


def test_the_username_rule_and_apis_without_a_username() -> None:
    assert codes(cvm_password.check("xAdministrator1!").violations) == ["contains_username"]
    assert codes(cvm_password.check("abcJohnDoe12!", username="johndoe").violations) == [
        "contains_username"
    ]
    # RunInstances sets the default administrator's password: a name is ignored.
    assert cvm_password.check("abcJohnDoe12!", username="johndoe", api="cvm:RunInstances").ok


def test_a_lone_surrogate_is_one_disallowed_character_and_stays_itself() -> None:
    verdict = cvm_password.check("Abcdef12!xy\ud800")
    assert [(f.code, f.count) for f in verdict.violations] == [("disallowed_character", 1)]
    # A lone surrogate and U+FFFD, what a lossy decoder would make of it, differ.
    named = cvm_password.check("xyzAbc\ufffd12!Qqqq", username="Abc\ud800")
    assert codes(named.violations) == ["disallowed_character"]
    same = cvm_password.check("xyzAbc\ud80012!Qqqq", username="abc\ud800")
    assert codes(same.violations) == ["disallowed_character", "contains_username"]


def test_past_the_limit_a_password_is_read_no_further() -> None:
    verdict = cvm_password.check("aB1!" * 2_621_440)
    assert [(f.code, f.length, f.max) for f in verdict.violations] == [("too_long", 4097, 30)]
    assert verdict.violations[0].message == (
        "password is too long: more than 4096 characters, at most 30 allowed"
    )
    # What lies past the limit changes nothing, a lone surrogate included.
    head = "aB1!" * 1024
    assert codes(cvm_password.check(head + "x" + "\ud800 " * 10).violations) == ["too_long"]
    assert codes(cvm_password.check(head + "\ud800").violations) == ["too_long"]
    # The 4096th character is still read.
    assert codes(cvm_password.check(head[:-1] + "\ud800" + "x").violations) == [
        "too_long",
        "disallowed_character",
    ]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"targets": "linux"}, InputTypeError),
        ({"targets": 7}, InputTypeError),
        ({"targets": ["linux", 7]}, InputTypeError),
        ({"targets": ["Linux2"]}, InputValueError),
        ({"targets": ["secret-Hunter2!"]}, InputValueError),
        ({"username": b"root"}, InputTypeError),
        ({"api": "cvm:NoSuchAction"}, InputValueError),
        ({"api": 3}, InputTypeError),
        ({"strict": "false"}, InputTypeError),
        ({"strict": 1}, InputTypeError),
        ({"lang": "fr"}, InputValueError),
        ({"lang": "zh-TW"}, InputValueError),
        ({"lang": 1}, InputTypeError),
    ],
)
def test_bad_arguments_raise_input_errors_that_quote_nothing(
    kwargs: Any, error: type[InputError]
) -> None:
    with pytest.raises(error) as raised:
        cvm_password.check("Hunter2!Hunter2!", **kwargs)
    assert isinstance(raised.value, InputError)
    assert isinstance(raised.value, TypeError if error is InputTypeError else ValueError)
    text = str(raised.value) + repr(raised.value)
    for secret in ("Hunter2", "secret", "NoSuch", "Linux", "root", "zh-TW"):
        assert secret not in text
    message = str(raised.value)
    assert message[0].islower() and not message.endswith(".")


@pytest.mark.parametrize("password", [None, b"Hunter2!Hunter2!", 12345678, ["a"]])
def test_a_password_that_is_not_a_str_is_a_type_error(password: Any) -> None:
    with pytest.raises(InputTypeError, match="^password must be a str, not "):
        cvm_password.check(password)


def test_none_stands_for_every_default() -> None:
    verdict = cvm_password.check(
        "abc123ABC!@", targets=None, username=None, api=None, strict=None, lang=None
    )
    assert verdict.api == "cvm:ResetInstancesPassword"
    assert verdict.violations[0].message.startswith("password is too short")


def test_lang_takes_the_tags_of_both_languages() -> None:
    # Typed as "en" or "zh-CN"; other tags of the two languages pass too.
    tag: Any
    for tag in ("en", "EN-us"):
        assert cvm_password.check("abc", lang=tag).violations[0].message.startswith("password")
    for tag in ("zh-CN", "zh", "zh-Hans"):
        assert cvm_password.check("abc", lang=tag).violations[0].message.startswith("密码")


def test_repr_and_str_show_codes_and_figures_never_the_secret() -> None:
    password, username = "Xq~Hunter2Zebra!\u00e9", "Hunter2Zebra"
    verdict = cvm_password.check(password, username=username, targets=["windows"])
    said = [repr(verdict), str(verdict)]
    for finding in verdict.violations + verdict.warnings:
        said += [repr(finding), str(finding), finding.message, repr(finding.figures)]
    assert "contains_username" in said[0]
    for text in said:
        for secret in (password, username, "Hunter", "Zebra"):
            assert secret not in text
    assert repr(verdict.violations[0]).startswith("Finding(code='disallowed_character'")


def test_findings_are_made_when_read_and_agree_each_time() -> None:
    verdict = cvm_password.check("abc", targets=["linux"])
    first, again = verdict.violations, verdict.violations
    assert first is not again
    assert [repr(f) for f in first] == [repr(f) for f in again]
