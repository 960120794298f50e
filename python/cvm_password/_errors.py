"""The exceptions of the package, raised by its native half.

Each is both an :class:`InputError` and a built-in ``TypeError`` or
``ValueError``, so that ``except ValueError`` and ``except InputError`` both
catch it. No message holds the password or the username: each names the
argument, and at most the type of what it was given.
"""

from __future__ import annotations


class InputError(Exception):
    """An argument the package cannot use: the base of its exceptions."""


class InputTypeError(InputError, TypeError):
    """An argument of the wrong type, such as ``targets="linux"``."""


class InputValueError(InputError, ValueError):
    """An argument of the right type and a wrong value, such as an unknown
    API or OS name."""


class GenerateError(InputValueError):
    """:func:`cvm_password.generate` cannot make a password with these
    options, such as a length the rules do not allow.

    ``code`` is stable: ``"length_out_of_range"``,
    ``"length_above_capacity"``, ``"categories_unavailable"`` or
    ``"first_character_unavailable"``.
    """

    code: str
    """Why, as a stable ``snake_case`` code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


# Shown as `cvm_password.InputTypeError` in tracebacks, where users import
# them from.
for _error in (InputError, InputTypeError, InputValueError, GenerateError):
    _error.__module__ = "cvm_password"
del _error
