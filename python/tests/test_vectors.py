"""The interface vectors (tests/vectors/interface.json) through Python: the
same codes, API error codes, figures and messages, in both languages, as
the Rust API, the CLI and the JavaScript package give."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest

import cvm_password
from conftest import vectors

CASES: List[Any] = vectors()["check"]
RULES: List[Any] = vectors()["rules"]


def case_password(case: Any) -> str:
    """The case's password: `password` repeated, or its UTF-16 units, which
    Python decodes keeping a lone surrogate as one code point."""
    if "password" in case:
        return str(case["password"]) * int(case.get("repeat", 1))
    return utf16(case["password_utf16"])


def case_username(case: Any) -> Optional[str]:
    if "username" in case:
        return str(case["username"])
    if "username_utf16" in case:
        return utf16(case["username_utf16"])
    return None


def utf16(units: List[int]) -> str:
    data = b"".join(unit.to_bytes(2, "little") for unit in units)
    return data.decode("utf-16-le", "surrogatepass")


def item(en: cvm_password.Finding, zh: cvm_password.Finding) -> Dict[str, Any]:
    """A finding in the vector file's shape: a violation has an API error
    code, None where the API lists none; a warning has none at all."""
    assert (en.code, en.api_error_code, en.figures) == (zh.code, zh.api_error_code, zh.figures)
    assert en.severity == zh.severity
    shaped: Dict[str, Any] = {"code": en.code}
    if en.severity == "error":
        shaped["api_error_code"] = en.api_error_code
    else:
        assert en.api_error_code is None
    shaped["figures"] = en.figures
    shaped["message"] = {"en": en.message, "zh-CN": zh.message}
    return shaped


def verdict(case: Any) -> Dict[str, Any]:
    """What Python answers for the case, in the vector file's shape."""
    options: Dict[str, Any] = {
        "targets": case["targets"],
        "username": case_username(case),
        "api": case.get("api", "cvm:ResetInstancesPassword"),
        "strict": bool(case.get("strict", False)),
    }
    password = case_password(case)
    en = cvm_password.check(password, lang="en", **options)
    zh = cvm_password.check(password, lang="zh-CN", **options)
    assert en.ok == zh.ok
    return {
        "ok": en.ok,
        "violations": [item(e, z) for e, z in zip(en.violations, zh.violations)],
        "warnings": [item(e, z) for e, z in zip(en.warnings, zh.warnings)],
    }


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_every_vector_gives_its_verdict_through_python(case: Any) -> None:
    # Python holds every case: lone surrogates too, which Rust cannot.
    assert "python" not in case.get("skip", {})
    assert verdict(case) == case["expect"]


def test_the_vectors_reach_python_cases_rust_cannot_hold() -> None:
    lone = [c for c in CASES if "password_utf16" in c]
    assert len(lone) == 2
    assert len(CASES) > 80


@pytest.mark.parametrize("case", RULES, ids=[str(c["targets"]) for c in RULES])
def test_the_rules_description_is_the_one_every_front_end_gives(case: Any) -> None:
    described = cvm_password.rules(
        targets=case["targets"],
        api=case.get("api", "cvm:ResetInstancesPassword"),
        strict=bool(case.get("strict", False)),
    )
    assert described == case["expect"]
    # In the order of the core's fields, as `rules --json` writes them.
    assert list(described) == list(case["expect"])
