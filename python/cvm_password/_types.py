"""The shapes of the plain data :func:`cvm_password.rules` and
:func:`cvm_password.apis` return, for type checkers: at run time they are
dicts and lists."""

from __future__ import annotations

# `typing`'s List and Optional, not `list` and `X | None`: these are
# evaluated at run time, on Python 3.9 too.
from typing import List, Literal, Optional, TypedDict, Union

Target = Literal["linux", "ubuntu", "windows", "unknown"]
"""An OS of a request's instances: ``"linux"`` and ``"ubuntu"`` follow the
Linux rules, ``"windows"`` the Windows rules, ``"unknown"`` may be either,
as no OS given at all. At run time a name is read ignoring ASCII case."""

Lang = Literal["en", "zh-CN"]
"""The language of messages."""

Severity = Literal["error", "warning"]
"""Whether the server would refuse (``"error"``) or only the caller should
know (``"warning"``)."""

Figure = Union[int, str, List[str]]
"""A figure of a finding: a number, a string of the rules' characters or a
code, or a list of category names."""


class Rules(TypedDict):
    """The rules of an API for a batch of instances: the fields of the
    CLI's ``rules --json``."""

    policy: str
    min_length: int
    max_length: int
    recommended_min_length: int
    required_categories: int
    letters_as_one: bool
    categories: List[str]
    specials: str
    space_allowed: bool
    bans_leading_slash: bool
    banned_first: str
    bans_username: bool
    default_username: Optional[str]
    username_min_checked: int
    inspection_limit: int
    generated_length: int


class Source(TypedDict):
    """Where an API's rules come from, and the rules it states per OS."""

    label: str
    package: Optional[str]
    file: str
    parameter: Optional[str]
    fingerprint: Optional[str]
    linux: Rules
    windows: Rules


class Dispute(TypedDict):
    """A rule an API's sources disagree on, and who says what."""

    rule: str
    refused_by: str
    accepted_by: str


class ApiInfo(TypedDict):
    """An API whose rules the package knows: an entry of the CLI's
    ``apis --json``. ``family`` is the name of the APIs with the same rules
    (``"reset"``, ``"cvm_login"``, ``"emr"``...), ``letter`` its label in
    the specification (``"A"`` to ``"I"``)."""

    name: str
    family: str
    letter: str
    mix: Literal["windows", "strictest"]
    takes_username: bool
    password_error_code: Optional[str]
    error_codes: List[str]
    parameters: Optional[List[str]]
    sources: List[Source]
    disputes: List[Dispute]
