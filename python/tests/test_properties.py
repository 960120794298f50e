"""Properties, with hypothesis: whatever generate() returns, check()
accepts; check() takes any string and answers consistently; and nothing
it says holds a piece of the password or the username."""

from __future__ import annotations

from typing import List, Optional

from hypothesis import given
from hypothesis import strategies as st

import cvm_password
from cvm_password import Lang, Target

API_NAMES: List[str] = [api["name"] for api in cvm_password.apis()]
PORTABLE_FAMILIES = {"reset", "lighthouse_login", "cvm_login", "auto_scaling"}
"""Families A to D: every API of them accepts what generate() makes without an api."""
PORTABLE: List[str] = [api["name"] for api in cvm_password.apis() if api["family"] in PORTABLE_FAMILIES]
OSES: List[Target] = ["linux", "ubuntu", "windows", "unknown"]
LANGS: List[Lang] = ["en", "zh-CN"]

batches = st.lists(st.sampled_from(OSES), max_size=4)
# Any code point, lone surrogates included: what a Python str can hold.
anything = st.text(st.characters(codec=None, categories=None), max_size=40)


# Short names of few letters, which a random password would often hold.
usernames = st.none() | st.text("abAB1", min_size=3, max_size=4)


@given(api=st.sampled_from(API_NAMES), batch=batches, username=usernames, data=st.data())
def test_whatever_generate_returns_check_accepts(
    api: str, batch: List[Target], username: Optional[str], data: st.DataObject
) -> None:
    rules = cvm_password.rules(targets=batch, api=api, strict=True)
    length = data.draw(st.integers(rules["min_length"], min(rules["max_length"], 128)))
    password = cvm_password.generate(targets=batch, api=api, username=username, length=length)
    assert len(password) == length
    for strict in (True, False):
        verdict = cvm_password.check(
            password, targets=batch, api=api, username=username, strict=strict
        )
        assert verdict.ok, (verdict, length)


@given(batch=batches, username=usernames)
def test_without_an_api_every_family_a_to_d_api_accepts_what_generate_returns(
    batch: List[Target], username: Optional[str]
) -> None:
    password = cvm_password.generate(targets=batch, username=username)
    for api in PORTABLE:
        verdict = cvm_password.check(
            password, targets=batch, api=api, username=username, strict=True
        )
        assert verdict.ok, (api, verdict)


@given(
    password=anything,
    username=st.none() | anything,
    api=st.sampled_from(API_NAMES),
    batch=batches,
    strict=st.booleans(),
)
def test_check_takes_any_string_and_answers_consistently(
    password: str, username: Optional[str], api: str, batch: List[Target], strict: bool
) -> None:
    en = cvm_password.check(password, targets=batch, username=username, api=api, strict=strict)
    zh = cvm_password.check(
        password, targets=batch, username=username, api=api, strict=strict, lang="zh-CN"
    )
    assert en.ok == (en.violations == [])
    assert en.ok or en.warnings == []
    for e, z in zip(en.violations + en.warnings, zh.violations + zh.warnings):
        assert (e.code, e.figures, e.severity) == (z.code, z.figures, z.severity)
        assert e.message and e.message[0].islower() and not e.message.endswith(".")
    assert len(en.violations) == len(zh.violations)
    # The strict reading refuses whatever the common one does.
    if strict:
        common = cvm_password.check(password, targets=batch, username=username, api=api)
        assert en.ok <= common.ok


# Characters no message, in either language, and no repr uses: every run of
# 4 characters of a password with one at least every third position holds
# one, so finding such a run in a text can only be an echo.
CANARIES = "~^`|#$%&*+=@!?\u00e9\U0001f600\uff01\x00\t\u202e\u0301\u3000QJX\ud800"
canaried = st.lists(
    st.tuples(st.sampled_from(CANARIES), st.characters(), st.characters()), max_size=12
).map(lambda triples: "".join("".join(t) for t in triples))


def windows_of(text: str) -> List[str]:
    return [text[i : i + 4] for i in range(len(text) - 3)]


@given(
    password=canaried,
    username=st.none() | canaried,
    api=st.sampled_from(API_NAMES),
    batch=batches,
    lang=st.sampled_from(LANGS),
)
def test_nothing_said_holds_a_piece_of_the_password_or_the_username(
    password: str, username: Optional[str], api: str, batch: List[Target], lang: Lang
) -> None:
    verdict = cvm_password.check(password, targets=batch, username=username, api=api, lang=lang)
    said = [repr(verdict), str(verdict)]
    for finding in verdict.violations + verdict.warnings:
        said += [repr(finding), str(finding), finding.message, repr(finding.figures)]
        # The characters the rules ban first are the rules', not an echo.
        if finding.banned:
            said = [s.replace(finding.banned, "") for s in said]
    pieces = windows_of(password) + windows_of(username or "")
    for text in said:
        for piece in pieces:
            assert piece not in text


@given(seed=st.text(min_size=1, max_size=8), tail=anything)
def test_nothing_past_the_limit_changes_the_verdict(seed: str, tail: str) -> None:
    # 4097 characters: all a check reads.
    head = (seed * 4097)[:4097]
    whole = cvm_password.check(head + tail)
    alone = cvm_password.check(head)
    assert [repr(f) for f in whole.violations] == [repr(f) for f in alone.violations]


@given(
    password=canaried,
    username=st.none() | canaried,
    ids=st.lists(st.sampled_from(["ins-r8hr2upy", "ins-5d8a23rs"]) | canaried, max_size=3),
    lang=st.sampled_from(LANGS),
)
def test_no_preflight_says_a_piece_of_the_password_or_the_username(
    password: str, username: Optional[str], ids: List[str], lang: Lang
) -> None:
    body = {"InstanceIds": ids, "Password": password, "UserName": username}
    result = cvm_password.preflight(body, lang=lang)
    said = [repr(result)]
    for problem in result.problems:
        said += [repr(problem), problem.message, repr(problem.figures)]
        said += [str(problem.parameter), str(problem.instance_id)]
    for text in said:
        for piece in windows_of(password) + windows_of(username or ""):
            assert piece not in text
