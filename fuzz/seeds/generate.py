#!/usr/bin/env python3
"""Writes the committed fuzz material: the seed corpus (seeds/<target>/) and
the dictionary (dict/password.dict).

Run from anywhere: python3 fuzz/seeds/generate.py. It rewrites its own files
and leaves the others (regression-* inputs) alone.

`check` takes UTF-8 text, so its seeds are passwords. `merge`, `preflight`,
`generate` and `api` take bytes that `arbitrary` decodes into their `Input`
(fuzz_targets/<target>.rs); the layout below follows arbitrary 1.x and the
crate's src/arbitrary.rs. Should either change, these still seed the fuzzer,
only as other inputs.
"""

import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SPECIALS = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/"
LIMIT = 4096


class Arb:
    """Bytes that `arbitrary` 1.x decodes into the values written, in order.

    Fixed-size values come from the front: a bool or u8 is one byte, an
    integer its little-endian bytes, an enum a u32 scaled to its variants
    (`variant`). A `Vec` that is not last has a byte 1 before each element
    and a 0 after them. A string that is not last takes its bytes from the
    front and its length from the back of the input (`string`); `rest`
    puts the last field's bytes between the two."""

    def __init__(self):
        self.front = bytearray()
        self.sizes = []

    def u8(self, n):
        self.front.append(n & 0xFF)
        return self

    def bool(self, b):
        return self.u8(int(b))

    def u64(self, n):
        self.front += n.to_bytes(8, "little")
        return self

    def variant(self, index, count):
        # The smallest u32 that `(u32 * count) >> 32` maps to `index`.
        self.front += (((index << 32) + count - 1) // count).to_bytes(4, "little")
        return self

    def raw(self, data):
        self.front += data
        return self

    def string(self, text):
        data = text.encode()
        self.sizes.append(len(data))
        self.front += data
        return self

    def rest(self, data=b""):
        out = bytes(self.front) + data + bytes(reversed(self.sizes))
        # Up to 256 bytes a length takes one byte, as written here.
        assert not self.sizes or len(out) <= 256, len(out)
        return out


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


# fuzz_targets/api.rs: `Api::ALL` in the crate's order, by name; an index
# past the end wraps around, so a reordered table still seeds the fuzzer.
API_NAMES = ["cvm:ResetInstancesPassword", "bdrc:CreateInstanceCopyPair",
             "bdrc:CreateInstanceDrillPairs", "hai:ResetInstancesPassword",
             "lighthouse:ResetInstancesPassword", "lighthouse:CreateInstances",
             "lighthouse:ResetInstance", "cvm:CreateLaunchTemplate"]


def api_input(index, oses, strict, user, password):
    """Bytes for the `Input` of fuzz_targets/api.rs: the API's index, the
    batch, the reading, a username or none, then the password."""
    arb = Arb().u8(index).raw(targets(*oses)).bool(strict)
    if user is None:
        arb.bool(False)
    else:
        arb.bool(True).string(user)
    return arb.rest(password.encode())


def api_seeds():
    s = {}
    # Every API of the table (40 today, 48 indices cover them and wrap),
    # each with passwords at the edges its family moves: lengths 8, 12, 16
    # and 30, classes, a disputed special, a banned first character.
    passwords = {
        "valid": "abc123ABC!@#",
        "short-linux": "aB3!efgh",
        "sixteen": "aB3!efghijklmnop",
        "seventeen": "aB3!efghijklmnopq",
        "thirty-one": "aB3!" + "x" * 27,
        "two-classes": "abcdefgh1234",
        "letters-only-cases": "abcdEFGHijkl",
        "underscore": "abc123ABC_xyz",
        "angle": "abc123ABC<xyz",
        "leading-slash": "/abc123ABC!@#",
        "leading-bang": "!Abcdef12",
        "emr-all-four": "Abcdef12!@",
        "backtick": "abc123ABC`xyz",
        "star": "abc123ABC*xyz",
        "pipe": "abc123ABC|xyz",
        "administrator": "xAdministrator1!",
        "space": "abc123 ABC!@#",
    }
    batches = [("linux",), ("windows",), ("linux", "windows"), (), ("unknown",), ("ubuntu",)]
    for index in range(48):
        for i, (name, password) in enumerate(passwords.items()):
            if (index + i) % 4:
                continue
            oses = batches[(index + i) % len(batches)]
            strict = (index + i) % 8 == 4
            s[f"api{index:02}-{name}"] = api_input(index, oses, strict, None, password)
    s["username-given"] = api_input(0, ("windows",), False, "Admin", "xadMIN12345!")
    s["username-ignored"] = api_input(API_NAMES.index("lighthouse:CreateInstances"), ("windows",),
                                      False, "root", "root123ABC!@#")
    s["disputed-strict"] = api_input(API_NAMES.index("cvm:CreateLaunchTemplate"), ("linux",),
                                     True, None, "abc123ABC_xyz")
    s["unicode"] = api_input(3, ("linux",), False, None, "ａＢ３！e\u0301😀密码Ab3!")
    return s


# fuzz_targets/preflight.rs: variant positions of its enums, by name.
REGIONS = ["ap-bangkok", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-guangzhou",
           "ap-hongkong", "ap-jakarta", "ap-nanjing", "ap-seoul", "ap-shanghai",
           "ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-singapore", "ap-tokyo",
           "eu-frankfurt", "na-ashburn", "na-siliconvalley", "sa-saopaulo"]
STATES = ["PENDING", "LAUNCH_FAILED", "RUNNING", "STOPPED", "STARTING", "STOPPING",
          "REBOOTING", "SHUTDOWN", "TERMINATING", "ENTER_RESCUE_MODE", "RESCUE_MODE",
          "EXIT_RESCUE_MODE", "ENTER_SERVICE_LIVE_MIGRATE", "SERVICE_LIVE_MIGRATE",
          "EXIT_SERVICE_LIVE_MIGRATE"]
FLAWS = ["short", "long", "capital", "prefix", "spaced", "look-alike", "punctuation",
         "empty", "prefix-only"]
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def well_formed(a, suffix):
    """`Id::WellFormed`: the bytes that pick `suffix`'s characters."""
    return a.variant(0, 4).raw(bytes(ALNUM.index(c) for c in suffix))


def preflight(region=None, ids=(), pad=0, username=None, force_stop=False, facts=None,
              password=("missing",)):
    """Bytes for the `Input` of fuzz_targets/preflight.rs. `region` is
    ("listed", i), ("near", i, kind) or ("own", text); each id ("well", suffix),
    ("flaw", name, at, suffix), ("repeat", i) or ("own", text); `username`
    ("cut", start, len, flips), ("long", count, wide), ("empty",) or
    ("own", text); each fact (of, os, state) with of ("requested", i) or
    ("other", id), os (kind, i) or ("own", text), state (kind, i) or
    ("own", text); `password` ("missing",), ("valid", length, bytes) or
    ("own", text)."""
    a = Arb()
    if region is None:
        a.bool(False)
    else:
        a.bool(True)
        kind = region[0]
        a.variant(["listed", "near", "own"].index(kind), 3)
        if kind == "listed":
            a.u8(region[1])
        elif kind == "near":
            a.u8(region[1]).variant(["upper", "spaced", "suffixed", "unlisted"].index(region[2]), 4)
        else:
            a.string(region[1])

    def id_(i):
        kind = i[0]
        if kind == "well":
            well_formed(a, i[1])
        elif kind == "flaw":
            a.variant(1, 4).variant(FLAWS.index(i[1]), len(FLAWS)).u8(i[2])
            a.raw(bytes(ALNUM.index(c) for c in i[3]))
        elif kind == "repeat":
            a.variant(2, 4).u8(i[1])
        else:
            a.variant(3, 4).string(i[1])

    for i in ids:
        a.bool(True)
        id_(i)
    a.bool(False)
    a.u8(pad)
    if username is None:
        a.bool(False)
    else:
        a.bool(True)
        kind = username[0]
        a.variant(["cut", "long", "empty", "own"].index(kind), 4)
        if kind == "cut":
            a.u8(username[1]).u8(username[2]).u8(username[3])
        elif kind == "long":
            a.u8(username[1]).bool(username[2])
        elif kind == "own":
            a.string(username[1])
    a.bool(force_stop)
    if facts is None:
        a.bool(False)
    else:
        a.bool(True)
        for of, os, state in facts:
            a.bool(True)
            if of[0] == "requested":
                a.variant(0, 2).u8(of[1])
            else:
                a.variant(1, 2)
                id_(of[1])
            os_kinds = ["windows", "ubuntu", "other", "empty", "blank", "own"]
            a.variant(os_kinds.index(os[0]), len(os_kinds))
            if os[0] == "own":
                a.string(os[1])
            elif os[0] != "empty":
                a.u8(os[1])
            state_kinds = ["api", "lowercase", "spaced", "own"]
            a.variant(state_kinds.index(state[0]), len(state_kinds))
            if state[0] == "own":
                a.string(state[1])
            else:
                a.u8(STATES.index(state[1]) if isinstance(state[1], str) else state[1])
        a.bool(False)
    kind = password[0]
    a.variant(["missing", "valid", "own"].index(kind), 3)
    if kind == "valid":
        a.u8(password[1]).raw(bytes(password[2]).ljust(27, b"\0"))
        return a.rest()
    if kind == "own":
        return a.rest(password[1].encode())
    return a.rest()


def preflight_seeds():
    one = [("well", "r8hr2upy")]
    valid = ("valid", 9, b"efghijklmnopqrstuvwxyz")
    valid8 = ("valid", 0, b"efghijklm")
    linux = ("other", 1)
    windows = ("windows", 0)
    ubuntu = ("ubuntu", 0)
    stopped = ("api", "STOPPED")
    running = ("api", "RUNNING")
    s = {
        "empty": b"",
        "one-id-no-password": preflight(ids=one),
        "one-id-valid-password": preflight(ids=one, password=valid),
        "empty-password": preflight(ids=one, password=("own", "")),
        "unicode-password": preflight(ids=one, password=("own", "ａＢ３！e\u0301😀密码Ab3!")),
        "region-listed": preflight(region=("listed", 4), ids=one, password=valid),
        "region-upper": preflight(region=("near", 9, "upper"), ids=one, password=valid),
        "region-spaced": preflight(region=("near", 13, "spaced"), ids=one, password=valid),
        "region-suffixed": preflight(region=("near", 10, "suffixed"), ids=one, password=valid),
        "region-unlisted": preflight(region=("near", 0, "unlisted"), ids=one, password=valid),
        "region-own": preflight(region=("own", "ap-shanghai-fsi\u200b"), ids=one, password=valid),
        "repeated-ids": preflight(ids=one + [("repeat", 0), ("well", "5d8a23rs"), ("repeat", 1)],
                                  password=valid),
        "own-id-look-alike": preflight(ids=[("own", "ins-r8hr2upу")], password=valid),
        "own-id-uppercase": preflight(ids=[("own", "INS-R8HR2UPY")], password=valid),
        "ids-100": preflight(ids=[("well", f"{i:08}") for i in range(100)], password=valid),
        "ids-101": preflight(ids=[("well", f"{i:08}") for i in range(101)], password=valid),
        "ids-at-limit-linux": preflight(ids=one, pad=254, facts=[(("requested", 0), linux, stopped)],
                                        password=valid),
        "ids-past-limit-linux": preflight(ids=one, pad=255, facts=[(("requested", 0), linux, stopped)],
                                          password=valid),
        "linux-short-password": preflight(ids=one, facts=[(("requested", 0), linux, stopped)],
                                          password=valid8),
        "ubuntu-name-cut": preflight(ids=one, username=("cut", 0, 6, 0),
                                     facts=[(("requested", 0), ubuntu, stopped)],
                                     password=("own", "ubuntu#Ubuntu1")),
        "windows-running": preflight(ids=one, facts=[(("requested", 0), windows, running)],
                                     password=valid),
        "windows-running-forced": preflight(ids=one, force_stop=True,
                                            facts=[(("requested", 0), windows, running)],
                                            password=valid),
        "mixed-os": preflight(ids=one + [("well", "5d8a23rs")],
                              facts=[(("requested", 0), linux, stopped),
                                     (("requested", 1), windows, stopped)],
                              password=valid),
        "every-state": preflight(ids=[("well", f"s{i:07}") for i in range(15)],
                                 facts=[(("requested", i), linux, ("api", i)) for i in range(15)],
                                 password=valid),
        "every-state-forced": preflight(ids=[("well", f"s{i:07}") for i in range(15)], force_stop=True,
                                        facts=[(("requested", i), ubuntu, ("api", i))
                                               for i in range(15)],
                                        password=valid),
        "state-lowercase": preflight(ids=one, facts=[(("requested", 0), linux, ("lowercase", "RUNNING"))],
                                     password=valid),
        "state-spaced": preflight(ids=one, facts=[(("requested", 0), linux, ("spaced", "STOPPED"))],
                                  password=valid),
        "state-own": preflight(ids=one, facts=[(("requested", 0), linux, ("own", "HIBERNATING"))],
                               password=valid),
        "os-empty": preflight(ids=one, facts=[(("requested", 0), ("empty",), stopped)], password=valid),
        "os-blank": preflight(ids=one, facts=[(("requested", 0), ("blank", 4), stopped)], password=valid),
        "os-own": preflight(ids=one, facts=[(("requested", 0), ("own", " \u3000WINDOWS 2022"), stopped)],
                            password=valid),
        "undescribed": preflight(ids=one + [("well", "5d8a23rs")],
                                 facts=[(("requested", 0), linux, stopped)], password=valid),
        "facts-about-others": preflight(ids=one, facts=[(("other", ("well", "zzzzzzzz")), windows, running),
                                                        (("requested", 0), linux, stopped)],
                                        password=valid),
        "facts-twice": preflight(ids=one, facts=[(("requested", 0), windows, running),
                                                 (("requested", 0), linux, stopped)],
                                 password=valid),
        "username-long": preflight(ids=one, username=("long", 4, False), password=valid),
        "username-long-wide": preflight(ids=one, username=("long", 5, True), password=valid),
        "username-empty": preflight(ids=one, username=("empty",),
                                    password=("own", "xAdministrator1!")),
        "username-own": preflight(ids=one, username=("own", "Zé-Admin"),
                                  password=("own", "aB3!zé-adminxyz")),
        "everything-wrong": preflight(region=("near", 0, "unlisted"),
                                      ids=[("flaw", "short", 3, "r8hr2upy"), ("well", "5d8a23rs"),
                                           ("repeat", 1), ("well", "k3q8d1zw")],
                                      username=("long", 9, True), force_stop=True,
                                      facts=[(("requested", 1), windows, running)],
                                      password=("own", "/ab")),
    }
    for at, flaw in enumerate(FLAWS):
        s[f"malformed-{flaw}"] = preflight(ids=[("flaw", flaw, at, "r8hr2upy")], password=valid)
    return s


def generate(policy_bytes, length=None, username=None, then=("random",), source=b""):
    """Bytes for the `Input` of fuzz_targets/generate.rs. `length` is None
    (the default), ("near", n) or ("any", n); `username` None, ("known", i)
    or ("own", text); `then` ("random",), ("fail",) or ("constant", b);
    `source` the bytes the random source plays first."""
    a = Arb().raw(policy_bytes)
    if length is None:
        a.variant(0, 3)
    elif length[0] == "near":
        a.variant(1, 3).u8(length[1])
    else:
        a.variant(2, 3).u64(length[1])
    if username is None:
        a.bool(False)
    elif username[0] == "known":
        a.bool(True).variant(0, 2).u8(username[1])
    else:
        a.bool(True).variant(1, 2).string(username[1])
    a.variant(["random", "fail", "constant"].index(then[0]), 3)
    if then[0] == "constant":
        a.u8(then[1])
    return a.rest(source)


def generate_seeds():
    linux, windows = policy(), policy(windows=True)
    noise = bytes((i * 73 + 41) % 256 for i in range(64))
    s = {
        "linux-default": generate(linux, source=noise),
        "windows-default": generate(windows, source=noise),
        "windows-administrator": generate(windows, username=("known", 0), source=noise),
        "windows-short-name": generate(windows, username=("known", 8), source=noise),
        "windows-own-name": generate(windows, username=("own", "aBc"), source=noise),
        "windows-unicode-name": generate(windows, username=("own", "Ädmin\u212a"), source=noise),
        "linux-name-not-checked": generate(linux, username=("known", 2), source=noise),
        "nothing-drawn": generate(linux),
        "length-below": generate(linux, ("near", 7)),
        "length-minimum": generate(linux, ("near", 8)),
        "length-maximum": generate(windows, ("near", 30)),
        "length-above": generate(windows, ("near", 31)),
        "length-zero": generate(policy(min_length=0, required=0), ("near", 0)),
        "length-huge": generate(linux, ("any", 2**64 - 1)),
        "length-capacity": generate(policy(max_length=4096), ("near", 128)),
        "length-above-capacity": generate(policy(max_length=4096), ("near", 129)),
        "default-above-capacity": generate(policy(min_length=200, max_length=4096)),
        "default-recommended": generate(policy(recommended=27), source=noise),
        "default-maximum": generate(policy(max_length=10), source=noise),
        "bounds-crossed": generate(policy(min_length=20, max_length=10)),
        "no-specials-four-required": generate(policy(specials="", required=4)),
        "more-required-than-length": generate(policy(min_length=2), ("near", 2)),
        "slash-only-special": generate(policy(specials="/", required=4, min_length=4), ("near", 4),
                                       source=noise),
        "slash-allowed-first": generate(policy(specials="/", slash=True, required=4, min_length=4),
                                        ("near", 4), source=noise),
        "space-only-special": generate(policy(specials="", space=True, required=4), source=noise),
        "every-special": generate(policy(specials="".join(chr(b) for b in range(0x20, 0x7F)
                                                          if not chr(b).isalnum())),
                                  source=noise),
        "fail-at-once": generate(linux, then=("fail",)),
        "fail-after-one-fill": generate(linux, then=("fail",), source=b"\0" * 64 + noise[:10]),
        "constant-zero": generate(linux, then=("constant", 0)),
        "constant-high": generate(linux, then=("constant", 0xFF)),
        "constant-after-noise": generate(windows, then=("constant", 7), source=noise),
        "unusable-run": generate(linux, source=b"\xff" * 120),
        "unusable-run-short": generate(linux, source=b"\xfe" * 30 + noise),
    }
    return s


def dictionary():
    """libFuzzer dictionary entries: the specials, the names the username
    rule looks for, the regions, instance ids, states and OS names of a
    request, and characters that trip up ASCII-minded code, as escaped
    UTF-8."""
    entries = [(f"special_{i:02}", c) for i, c in enumerate(SPECIALS)]
    entries += [(f"name_{n}", n) for n in (
        "Administrator", "administrator", "ADMINISTRATOR", "aDmInIsTrAtOr",
        "root", "ubuntu", "Admin", "Administrato")]
    entries += [(f"region_{r}", r) for r in REGIONS]
    entries += [("ins", "ins-"), ("id", "ins-r8hr2upy")]
    entries += [(f"state_{n}", n) for n in STATES]
    entries += [(f"os_{name}", text) for name, text in (
        ("windows", "Windows Server 2019 DataCenter 64bit"), ("windows_upper", "WINDOWS"),
        ("ubuntu", "Ubuntu Server 22.04 LTS 64bit"), ("tencentos", "TencentOS Server 3.1 (TK4)"),
        ("centos", "CentOS 7.9 64bit"))]
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
    lines = ["# Specials, usernames, request words and Unicode traps for every target.",
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
    write("preflight", preflight_seeds())
    write("generate", generate_seeds())
    write("api", api_seeds())
    (HERE.parent / "dict").mkdir(exist_ok=True)
    (HERE.parent / "dict" / "password.dict").write_text(dictionary())
