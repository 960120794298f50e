"""The package's surface: a docstring on every public name, and the
signatures other code relies on (issue 14)."""

from __future__ import annotations

import ast
import doctest
import inspect
from pathlib import Path
from typing import Any, Dict

import cvm_password


def test_every_public_name_is_documented() -> None:
    documented = 0
    for name in cvm_password.__all__:
        value = getattr(cvm_password, name)
        if inspect.isclass(value) or inspect.isroutine(value):
            assert value.__doc__ and value.__doc__.strip(), name
            documented += 1
        if inspect.isclass(value):
            for member, attr in vars(value).items():
                if not member.startswith("_"):
                    assert attr.__doc__ and attr.__doc__.strip(), f"{name}.{member}"
    assert documented >= 12
    assert cvm_password.__doc__


def test_every_type_alias_has_a_docstring_beside_it() -> None:
    source = Path(cvm_password.__file__).with_name("_types.py").read_text(encoding="utf-8")
    body = ast.parse(source).body
    aliases = 0
    for statement, following in zip(body, body[1:]):
        if isinstance(statement, ast.Assign):
            assert isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
            aliases += 1
    assert aliases == 4


def defaults(function: Any) -> Dict[str, Any]:
    signature = inspect.signature(function)
    return {name: p.default for name, p in signature.parameters.items()}


# `targets` left out is any OS (docs/SPEC.md, section 11): the signatures
# say `targets=()`, as the stubs do; `None` means the same.
def test_the_signatures_are_the_issue_s() -> None:
    assert defaults(cvm_password.check) == {
        "password": inspect.Parameter.empty,
        "targets": (),
        "username": None,
        "api": "cvm:ResetInstancesPassword",
        "strict": False,
        "lang": "en",
    }
    assert defaults(cvm_password.generate) == {
        "targets": (),
        "api": None,
        "username": None,
        "length": None,
    }
    assert defaults(cvm_password.rules) == {
        "targets": (),
        "api": "cvm:ResetInstancesPassword",
        "strict": False,
    }
    assert defaults(cvm_password.apis) == {}
    kinds = {p.kind for p in list(inspect.signature(cvm_password.check).parameters.values())[1:]}
    assert kinds == {inspect.Parameter.KEYWORD_ONLY}


def test_the_distribution_and_its_version() -> None:
    from importlib.metadata import version

    assert version("cvm-password") == cvm_password.__version__ == "0.1.0"


def test_the_readme_s_examples_run() -> None:
    readme = Path(__file__).resolve().parents[1] / "README.md"
    result = doctest.testfile(str(readme), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted >= 25


def test_the_package_docstring_s_example_runs() -> None:
    result = doctest.testmod(cvm_password)
    assert (result.failed, result.attempted) == (0, 4)


def test_the_stubs_defaults_are_the_signatures() -> None:
    stubs = Path(cvm_password.__file__).with_name("_native.pyi").read_text(encoding="utf-8")
    functions = [s for s in ast.parse(stubs).body if isinstance(s, ast.FunctionDef)]
    assert {f.name for f in functions} == {"check", "preflight", "generate", "rules", "apis"}
    for function in functions:
        arguments = function.args
        stubbed = {
            a.arg: inspect.Parameter.empty if d is None else ast.literal_eval(d)
            for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults)
        }
        positional = {a.arg: inspect.Parameter.empty for a in arguments.args}
        assert {**positional, **stubbed} == defaults(getattr(cvm_password, function.name))
