"""The password rules of every Tencent Cloud API that sets an instance
login password, checked before the call, with every reason at once.

The server answers a password that breaks its rules with one opaque error
code, after the call; :func:`check` answers before it::

    >>> import cvm_password
    >>> verdict = cvm_password.check("/ab d", targets=("linux",))
    >>> verdict.ok
    False
    >>> [v.code for v in verdict.violations]
    ['too_short', 'leading_slash', 'too_few_categories', 'disallowed_character']

:func:`preflight` checks a whole ``ResetInstancesPassword`` request against
``DescribeInstances`` output, :func:`generate` makes a password the rules
accept, :func:`rules` describes them and :func:`apis` lists every API with
where its rules come from. The engine is the Rust crate ``cvm-password``,
the same as the CLI's and the JavaScript package's.
"""

from __future__ import annotations

from ._errors import GenerateError, InputError, InputTypeError, InputValueError
from ._native import (
    Finding,
    Preflight,
    Verdict,
    __version__,
    apis,
    check,
    generate,
    preflight,
    rules,
)
from ._types import ApiInfo, Dispute, Figure, Lang, Rules, Severity, Source, Target

__all__ = [
    "ApiInfo",
    "Dispute",
    "Figure",
    "Finding",
    "GenerateError",
    "InputError",
    "InputTypeError",
    "InputValueError",
    "Lang",
    "Preflight",
    "Rules",
    "Severity",
    "Source",
    "Target",
    "Verdict",
    "__version__",
    "apis",
    "check",
    "generate",
    "preflight",
    "rules",
]
