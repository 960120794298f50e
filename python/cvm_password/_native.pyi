"""Types of the native module, which ``cvm_password`` re-exports."""

from typing import Any, Dict, Iterable, List, Optional, Protocol, Union

from ._types import ApiInfo, Figure, Lang, Rules, Severity, Target

class _SdkModel(Protocol):
    """A tencentcloud SDK model: a request, or a response such as
    ``DescribeInstancesResponse``."""

    def to_json_string(self, *args: Any, **kwargs: Any) -> str: ...

JsonInput = Union[str, Dict[str, Any], List[Any], _SdkModel]
"""JSON text, a dict or list ``json.dumps`` takes, or an SDK model."""

__version__: str

class Finding:
    """A reason the server would refuse a password or a request, or
    something worth knowing about one it accepts, with its figures."""

    @property
    def code(self) -> str:
        """The stable ``snake_case`` code."""
    @property
    def severity(self) -> Severity:
        """``"error"`` or ``"warning"``."""
    @property
    def api_error_code(self) -> Optional[str]:
        """The server's error code; ``None`` for a warning, and for an error
        whose API documents no code."""
    @property
    def message(self) -> str:
        """For people, in the language asked for."""
    @property
    def parameter(self) -> Optional[str]:
        """The request parameter a pre-flight problem is about."""
    @property
    def instance_id(self) -> Optional[str]:
        """The well-formed id of the instance a pre-flight problem is about."""
    @property
    def figures(self) -> dict[str, Figure]:
        """Every figure by name."""
    @property
    def length(self) -> Optional[int]:
        """The password's or the field's length, in characters."""
    @property
    def min(self) -> Optional[int]:
        """The fewest characters accepted."""
    @property
    def max(self) -> Optional[int]:
        """The most characters, or items, accepted."""
    @property
    def recommended(self) -> Optional[int]:
        """The recommended least length."""
    @property
    def banned(self) -> Optional[str]:
        """The characters a password may not start with, ``/`` aside."""
    @property
    def present(self) -> Optional[List[str]]:
        """The categories the password draws from."""
    @property
    def required(self) -> Optional[int]:
        """How many character classes are required."""
    @property
    def out_of(self) -> Optional[int]:
        """How many character classes there are."""
    @property
    def count(self) -> Optional[int]:
        """How many: disallowed characters, or instance ids."""
    @property
    def first(self) -> Optional[int]:
        """The position of a repeated item's first occurrence."""
    @property
    def rule(self) -> Optional[str]:
        """For ``disputed_rule``: the code of the disputed rule."""
    @property
    def refused_by(self) -> Optional[str]:
        """For ``disputed_rule``: the sources that refuse it."""
    @property
    def accepted_by(self) -> Optional[str]:
        """For ``disputed_rule``: the sources that accept it."""

class Verdict:
    """The verdict of :func:`check`."""

    @property
    def ok(self) -> bool:
        """Whether the API would accept the password; warnings do not count."""
    @property
    def violations(self) -> List[Finding]:
        """Every reason the API would refuse the password."""
    @property
    def warnings(self) -> List[Finding]:
        """What is worth knowing about an accepted password."""
    @property
    def api(self) -> str:
        """The API whose rules were checked."""
    @property
    def policy(self) -> str:
        """The rules that applied: "linux", "windows" or "custom"."""

def check(
    password: str,
    *,
    targets: Optional[Iterable[Target]] = (),
    username: Optional[str] = None,
    api: Optional[str] = "cvm:ResetInstancesPassword",
    strict: Optional[bool] = False,
    lang: Optional[Lang] = "en",
) -> Verdict:
    """Checks ``password`` against the rules of ``api`` for ``targets``.

    ``targets`` left out, ``None`` or empty stands for any OS, as
    ``["unknown"]`` does: the rules of every OS, combined as the API's mix
    rule says. OS names are read ignoring ASCII case."""

class Preflight:
    """The outcome of :func:`preflight`."""

    @property
    def ok(self) -> bool:
        """Whether the server would accept the request; warnings do not count."""
    @property
    def problems(self) -> List[Finding]:
        """Every problem, errors and warnings."""
    @property
    def errors(self) -> List[Finding]:
        """The problems the server would refuse the request for."""
    @property
    def warnings(self) -> List[Finding]:
        """The problems worth knowing that the server lets through."""
    @property
    def api(self) -> str:
        """The API whose request was checked."""
    @property
    def policy(self) -> str:
        """The password rules that applied: "linux", "windows" or "custom"."""
    @property
    def region_checked(self) -> bool:
        """Whether the region was checked."""
    @property
    def os(self) -> Optional[Target]:
        """The OS an API with login settings was checked for."""

def preflight(
    request: JsonInput,
    *,
    instances: Optional[JsonInput] = None,
    region: Optional[str] = None,
    api: Optional[str] = "cvm:ResetInstancesPassword",
    strict: Optional[bool] = False,
    lang: Optional[Lang] = "en",
    regions: Optional[JsonInput] = None,
    images: Optional[JsonInput] = None,
    os: Optional[Target] = None,
) -> Preflight:
    """Checks a whole request of ``api`` before it is sent.

    ``os`` is the OS of the instances of an API with login settings, where
    no image or instance described tells it, its name read ignoring ASCII
    case; where nothing tells it, any OS."""

def generate(
    *,
    targets: Optional[Iterable[Target]] = (),
    api: Optional[str] = None,
    username: Optional[str] = None,
    length: Optional[int] = None,
) -> str:
    """A password the rules accept, from the OS's secure random numbers.

    ``targets`` left out, ``None`` or empty stands for any OS; with
    ``api``, the API's strict reading, without, what every API of the
    portable families (``reset``, ``lighthouse_login``, ``cvm_login``,
    ``auto_scaling``) accepts."""

def rules(
    *,
    targets: Optional[Iterable[Target]] = (),
    api: Optional[str] = "cvm:ResetInstancesPassword",
    strict: Optional[bool] = False,
) -> Rules:
    """The rules of ``api`` for ``targets``, as the core describes them
    (the CLI's ``rules --json``); ``targets`` left out, ``None`` or empty
    stands for any OS."""

def apis() -> List[ApiInfo]:
    """Every API whose rules the package knows, as the core describes it
    (the CLI's ``apis --json``): its family's name and letter, error codes,
    parameters, sources and disputes."""
