"""check() per call, side by side with a pure-Python `re` implementation of
the same Windows rules (cvm:ResetInstancesPassword), on a valid
16-character password and on `/ab d`. check() is called with its defaults:
no targets is any OS, which for cvm:ResetInstancesPassword is the Windows
rules (`agree()` holds the two to the same answers).

Run it from an environment where the package is installed (the wheel, an
optimized build); `--check` exits 1 unless check() takes at most the
pure-Python time on both passwords, `--markdown` prints the table of
RESULTS.md.

Three races, since a Verdict makes its findings only when they are read:
the verdict alone, check() against a function returning the codes (the
issue's race); the verdict with every violation's code read, against the
same function; and with every code and message read, against one returning
codes and messages. `--check` holds the first two to the bar; the third,
where both sides format strings, is reported.
"""

from __future__ import annotations

import argparse
import functools
import platform
import re
import sys
import timeit
from typing import Callable, Dict, List, Optional, Tuple

import cvm_password

SPECIALS = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/"
ALLOWED = re.compile("[A-Za-z0-9" + re.escape(SPECIALS) + "]*")
CATEGORIES = [
    ("lowercase letters", re.compile("[a-z]")),
    ("uppercase letters", re.compile("[A-Z]")),
    ("digits", re.compile("[0-9]")),
    ("special characters", re.compile("[" + re.escape(SPECIALS) + "]")),
]
ADMINISTRATOR = "Administrator"


def pure_codes(password: str, username: Optional[str] = None) -> List[str]:
    """The Windows rules as a Python programmer writes them with `re`: the
    codes of the broken rules, in the crate's order."""
    codes = []
    length = len(password)
    if length < 12:
        codes.append("too_short")
    elif length > 30:
        codes.append("too_long")
    if password.startswith("/"):
        codes.append("leading_slash")
    if sum(1 for _, pattern in CATEGORIES if pattern.search(password)) < 3:
        codes.append("too_few_categories")
    if not ALLOWED.fullmatch(password):
        codes.append("disallowed_character")
    name = username or ADMINISTRATOR
    if len(name) >= 3 and name.lower() in password.lower():
        codes.append("contains_username")
    return codes


def pure_messages(password: str, username: Optional[str] = None) -> List[Tuple[str, str]]:
    """The same rules, with each broken rule's message, worded as the
    crate words it."""
    found = []
    length = len(password)
    if length < 12:
        found.append(
            ("too_short", f"password is too short: {length} characters, at least 12 required")
        )
    elif length > 30:
        found.append(
            ("too_long", f"password is too long: {length} characters, at most 30 allowed")
        )
    if password.startswith("/"):
        found.append(("leading_slash", "password must not start with '/'"))
    present = [label for label, pattern in CATEGORIES if pattern.search(password)]
    if len(present) < 3:
        found.append(
            (
                "too_few_categories",
                f"password has too few character categories: {len(present)} "
                f"({', '.join(present)}), at least 3 of 4 required",
            )
        )
    if not ALLOWED.fullmatch(password):
        count = sum(1 for c in password if not ALLOWED.fullmatch(c))
        noun = "character" if count == 1 else "characters"
        found.append(
            (
                "disallowed_character",
                f"password contains {count} disallowed {noun}: only ASCII letters, digits "
                "and the allowed special characters can be used",
            )
        )
    name = username or ADMINISTRATOR
    if len(name) >= 3 and name.lower() in password.lower():
        found.append(
            ("contains_username", "password must not contain the username, in any letter case")
        )
    return found


def ours_codes(password: str) -> List[str]:
    verdict = cvm_password.check(password)
    return [] if verdict.ok else [v.code for v in verdict.violations]


def ours_messages(password: str) -> List[Tuple[str, str]]:
    return [(v.code, v.message) for v in cvm_password.check(password).violations]


PASSWORDS = {"valid, 16 characters": "Xk9#mP2$vL7!qR4z", "`/ab d`": "/ab d"}

CORPUS = [
    *PASSWORDS.values(),
    "abc123ABC!@#",
    "abc123ABC!@",
    "Abcdef12!x y",
    "/Abcdef12!xyz",
    "xAdministrator1!",
    "aaaaaaaaaaaaaaa",
    "Abcdef12!xyz" * 3,
    "ABCdef!!xyz~",
    "abc\\123ABC!@#",
]


def agree() -> None:
    """The pure-Python rules are the crate's on the corpus, or the race is
    not fair."""
    for password in CORPUS:
        assert pure_codes(password) == ours_codes(password), password
        assert pure_messages(password) == ours_messages(password), password


def per_call(
    ours: Callable[[str], object], pure: Callable[[str], object], password: str
) -> Tuple[float, float]:
    """Nanoseconds per call of each: the best of 9 rounds of about 0.2 s,
    the two taking turns, so that both see the same load of the machine."""
    timers = [timeit.Timer(functools.partial(f, password)) for f in (ours, pure)]
    numbers = [timer.autorange()[0] for timer in timers]
    best = [float("inf"), float("inf")]
    for _ in range(9):
        for i, (timer, number) in enumerate(zip(timers, numbers)):
            best[i] = min(best[i], timer.timeit(number) / number * 1e9)
    return best[0], best[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail unless ours is not slower")
    parser.add_argument("--markdown", action="store_true", help="print RESULTS.md's table")
    args = parser.parse_args()
    agree()

    rows: List[Tuple[str, str, float, float]] = []
    races: Dict[str, Tuple[Callable[[str], object], Callable[[str], object], bool]] = {
        "verdict": (cvm_password.check, pure_codes, True),
        "verdict, codes read": (ours_codes, pure_codes, False),
        "verdict, codes and messages read": (ours_messages, pure_messages, False),
    }
    gated = []
    for race, (ours, pure, gate) in races.items():
        for label, password in PASSWORDS.items():
            rows.append((race, label, *per_call(ours, pure, password)))
            if gate:
                gated.append(rows[-1])

    if args.markdown:
        print(f"Python {platform.python_version()}, {platform.machine()}, "
              f"cvm-password {cvm_password.__version__}\n")
        print("| what | password | `check()` | pure-Python `re` | ratio |")
        print("| --- | --- | ---: | ---: | ---: |")
        for race, label, ours_ns, pure_ns in rows:
            print(f"| {race} | {label} | {ours_ns:,.0f} ns | {pure_ns:,.0f} ns | "
                  f"{ours_ns / pure_ns:.2f} |")
    else:
        for race, label, ours_ns, pure_ns in rows:
            print(f"{race:34} {label:22} check() {ours_ns:8,.0f} ns   "
                  f"pure re {pure_ns:8,.0f} ns   ratio {ours_ns / pure_ns:.2f}")

    slower = [(race, label) for race, label, ours_ns, pure_ns in gated if ours_ns > pure_ns]
    if args.check and slower:
        print(f"check() slower than pure-Python re: {slower}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
