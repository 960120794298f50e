#!/usr/bin/env python3
"""Writes the committed fuzz material: the seed corpus (seeds/check/,
seeds/merge/) and the dictionary (dict/password.dict).

Run from anywhere: python3 fuzz/seeds/generate.py. It rewrites its own files
and leaves the others (regression-* inputs) alone.

`check` takes UTF-8 text, so its seeds are passwords. `merge` takes bytes that
`arbitrary` decodes into its `Input` (fuzz_targets/merge.rs); the layout
below follows arbitrary 1.x and the crate's src/arbitrary.rs. Should either
change, these still seed the fuzzer, only as other policies.
"""

import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SPECIALS = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/"
LIMIT = 4096


def check_seeds():
    s = {}
    # Lengths around every bound: 7/8 (Linux), 11/12/13 (Windows, advice),
    # 30/31 (maximum). The target repeats each input past the inspection
    # limit itself, so the seeds stay short.
    for n in (7, 8, 11, 12, 13, 30, 31):
        s[f"length-{n}"] = ("aB3!efghijklmnopqrstuvwxyzABCDEFGH" * 2)[:n]
    s["empty"] = ""
    # Repeated, these cross the limit inside a multi-byte character, a
    # cluster, and the name.
    s["repeat-multibyte"] = "aé😀"
    s["repeat-cluster"] = "e\u0301\u0302"
    s["repeat-name"] = "Administrator#1"
    # The leading slash, and slashes elsewhere.
    s["slash-first"] = "/aB3!efghijk"
    s["slash-only"] = "/"
    s["slash-later"] = "aB3!efgh/ijk"
    s["slashes"] = "////aB3"
    # Every special, alone and among letters; each category alone and mixed.
    s["specials-all"] = SPECIALS
    s["specials-among-letters"] = "".join(f"a{c}B3" for c in SPECIALS)
    s["categories-1"] = "abcdefghijklm"
    s["categories-2"] = "abcdefABCDEF"
    s["categories-3"] = "abcABC123456"
    s["categories-4"] = "abcABC123!@#"
    # ASCII the vendor does not allow.
    s["ascii-space"] = "aB3! efghijk"
    s["ascii-quote-backslash"] = 'aB3!"efgh\\ijk'
    s["ascii-controls"] = "aB3!\t\n\r\0\x7fefgh"
    s["ascii-all"] = "".join(chr(i) for i in range(128))
    # Unicode traps: look-alikes, spaces, invisible and bidi characters,
    # combining marks, case mappings leaving ASCII, emoji, other scripts.
    s["fullwidth"] = "ａＢ３！ｅｆｇｈ／１"
    s["spaces"] = "aB3!\u00a0efgh\u3000ijk\u2007"
    s["invisible"] = "aB3!\u200befgh\u200d\ufeffijk\u00ad"
    s["bidi"] = "aB3!\u202eefgh\u2066ijk\u200f"
    s["combining"] = "aB3!e\u0301fgh\u0336ijk"
    s["combining-stack"] = "aB3!" + "a" + "\u0301" * 200
    s["case-folding"] = "aB3!\u212aİıßẞﬀΣς"
    s["emoji"] = "aB3!😀👍🏽👨\u200d👩\u200d👧🇨🇳efgh"
    s["scripts"] = "密码Ab3!аВ3!שלום"
    s["unicode-ends"] = "aB3!\ufffd\ufffe\uffff\ue000\U0010ffff"
    # The default administrator, planted, cut and misspelt; other defaults.
    s["name-planted"] = "xAdministrator1!"
    s["name-upper"] = "ADMINISTRATOR#1a"
    s["name-lower"] = "administrator"
    s["name-mixed"] = "aDmInIsTrAtOr!9"
    s["name-twice"] = "AdministratorAdministrator1!"
    s["name-near-miss"] = "Administrato!1x"
    s["name-spaced"] = "Adminis trator1!"
    s["name-root"] = "root#Root#1"
    s["name-ubuntu"] = "ubuntu#Ubuntu1"
    s["name-non-ascii"] = "Ädministrator1!"
    return {name: text.encode() for name, text in s.items()}


def policy(windows=False, min_length=None, max_length=None, recommended=None,
           required=None, specials=None, space=False, slash=False, username=False):
    """Bytes for `Policy::arbitrary`: the preset, the change mask, then the
    drawn rules in mask order. Lengths are short (first byte 0) when given
    below 41, long (first byte 7, then two bytes) otherwise."""
    def length(n):
        return bytes([0, n]) if n <= 40 else bytes([7, n >> 8, n & 0xFF])
    mask, rest = 0, b""
    for bit, value, encode in (
        (0, min_length, length),
        (1, max_length, length),
        (2, recommended, length),
        (3, required, lambda n: bytes([n])),
        (4, specials, lambda chars: specials_bits(chars).to_bytes(8, "little")),
    ):
        if value is not None:
            mask |= 1 << bit
            rest += encode(value)
    for bit, toggled in ((5, space), (6, slash), (7, username)):
        if toggled:
            mask |= 1 << bit
    return bytes([int(windows), mask]) + rest


def specials_bits(chars):
    candidates = [chr(b) for b in range(0x20, 0x7F) if not chr(b).isalnum()]
    return sum(1 << candidates.index(c) for c in set(chars))


def targets(*oses):
    index = {"linux": 0, "ubuntu": 1, "windows": 2, "unknown": 3}
    return b"".join(bytes([1, index[os]]) for os in oses) + b"\0"


def username(kind, start=0, length=0, flips=0):
    """The `Username` variant (a u32 scaled to 3 variants), then its fields."""
    variant = {"default": 0, "cut": 0x60000000, "own": 0xC0000000}[kind]
    fields = bytes([start, length, flips]) if kind == "cut" else b""
    return variant.to_bytes(4, "little") + fields


def merge_seeds():
    linux, windows = policy(), policy(windows=True)
    default = username("default")
    s = {
        "presets-no-target": linux + windows + linux + targets() + default + b"aB3!efghijkl",
        "presets-mixed-batch": linux + windows + windows
        + targets("linux", "windows") + username("cut", 1, 13) + b"xAdministrator1!",
        "linux-only-batch": linux + linux + windows
        + targets("linux", "ubuntu", "linux") + default + b"aB3!efgh",
        "unknown-only": windows + linux + linux + targets("unknown") + default + b"aB3!efghijkl",
        "ubuntu-name": linux + windows + linux + targets("ubuntu") + username("cut", 0, 6) + b"ubuntu#Ubuntu1",
        "longer-minimum": policy(min_length=16) + windows + linux
        + targets("windows") + default + b"aB3!efghijklmnop",
        "shorter-maximum": policy(max_length=10) + policy(windows=True, max_length=14) + linux
        + targets() + default + b"aB3!efghij",
        "no-specials": policy(specials="") + linux + windows + targets("linux") + default + b"abcABC123",
        "few-specials": policy(specials="!/") + policy(specials="/#") + linux
        + targets() + default + b"/aB3#efghijk",
        "space-allowed": policy(space=True) + policy(windows=True, space=True) + linux
        + targets("windows") + default + b"correct horse 9 Battery",
        "slash-allowed": policy(slash=True) + linux + windows + targets() + default + b"/aB3!efgh",
        "username-banned-on-linux": policy(username=True) + linux + linux
        + targets("linux") + username("own") + b"Administrator",
        "username-allowed-on-windows": policy(windows=True, username=True) + windows + linux
        + targets("windows", "linux") + username("cut", 2, 5, 0b10101) + b"abrootXYZ12",
        "all-categories-required": policy(required=4) + policy(required=1) + policy(required=0)
        + targets() + default + b"aB3!efghijkl",
        "nothing-required": policy(required=0, min_length=0) + policy(min_length=0) + linux
        + targets() + default + b"",
        "lengths-past-limit": policy(max_length=LIMIT + 1, min_length=LIMIT) + linux + windows
        + targets() + default + b"aB3!" * 1100,
        "recommended-above": policy(recommended=40) + policy(windows=True, recommended=0) + linux
        + targets("ubuntu") + default + b"aB3!efghijklmnop",
        "everything-changed": policy(True, 3, 20, 25, 2, "!?", True, True, True)
        + policy(False, 10, 12, 11, 3, SPECIALS, False, False, False)
        + policy(True, 0, 40, 0, 5, "", True, False, True)
        + targets("windows", "unknown", "linux") + username("cut", 0, 8, 0xFF) + b"!a?B 3xyz",
        "unicode-password": linux + windows + linux + targets("linux")
        + default + "ａＢ３！e\u0301😀密码Ab3!".encode(),
        "many-targets": linux + windows + linux
        + targets(*(["linux", "ubuntu"] * 20)) + default + b"aB3!efghijkl",
    }
    return s


def dictionary():
    """libFuzzer dictionary entries: the specials, the names the username
    rule looks for, and characters that trip up ASCII-minded code, as
    escaped UTF-8."""
    entries = [(f"special_{i:02}", c) for i, c in enumerate(SPECIALS)]
    entries += [(f"name_{n}", n) for n in (
        "Administrator", "administrator", "ADMINISTRATOR", "aDmInIsTrAtOr",
        "root", "ubuntu", "Admin", "Administrato")]
    entries += [
        ("space", " "), ("quote", '"'), ("backslash", "\\"), ("tab", "\t"),
        ("newline", "\n"), ("nul", "\0"), ("del", "\x7f"),
        ("fullwidth_bang", "\uff01"), ("fullwidth_slash", "\uff0f"),
        ("fullwidth_one", "\uff11"), ("fullwidth_a", "\uff21"),
        ("cyrillic_a", "\u0430"), ("greek_alpha", "\u0391"),
        ("nbsp", "\u00a0"), ("ideographic_space", "\u3000"), ("figure_space", "\u2007"),
        ("zwsp", "\u200b"), ("zwnj", "\u200c"), ("zwj", "\u200d"), ("bom", "\ufeff"),
        ("soft_hyphen", "\u00ad"), ("rlo", "\u202e"), ("lri", "\u2066"), ("rlm", "\u200f"),
        ("acute", "\u0301"), ("e_acute", "e\u0301"), ("e_precomposed", "\u00e9"),
        ("kelvin", "\u212a"), ("dotted_i", "\u0130"), ("dotless_i", "\u0131"),
        ("sharp_s", "\u00df"), ("ligature_ff", "\ufb00"), ("emoji", "\U0001f600"),
        ("skin_tone", "\U0001f3fd"), ("vs16", "\ufe0f"), ("flag_c", "\U0001f1e8"),
        ("cjk", "\u5bc6\u7801"), ("replacement", "\ufffd"), ("nonchar", "\uffff"),
        ("private_use", "\ue000"), ("last_scalar", "\U0010ffff"),
    ]
    lines = ["# Specials, usernames and Unicode traps for the password targets.",
             "# Written by seeds/generate.py: libFuzzer syntax, UTF-8 bytes escaped."]
    for name, text in entries:
        escaped = "".join(chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\' else f"\\x{b:02x}"
                          for b in text.encode())
        lines.append(f'{name}="{escaped}"')
    return "\n".join(lines) + "\n"


def write(folder, seeds):
    # Files it does not write, such as regression-* inputs, stay.
    path = HERE / folder
    path.mkdir(exist_ok=True)
    for name, data in seeds.items():
        (path / name).write_bytes(data)


if __name__ == "__main__":
    write("check", check_seeds())
    write("merge", merge_seeds())
    (HERE.parent / "dict").mkdir(exist_ok=True)
    (HERE.parent / "dict" / "password.dict").write_text(dictionary())
