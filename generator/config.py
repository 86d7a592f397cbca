"""Per-API settings: a `codegen.yaml` beside the spec, with defaults from the spec itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.ir import naming
from generator.load import parse

_KNOWN = {"package", "client", "pagination", "retries", "names", "docs", "templates"}


# The settings each pagination style takes (wire names; dotted for a nested field), and
# which of them it needs. `param` picks the operations of a URL scheme by a parameter
# they take; without it, a next_url scheme picks those whose response has its field and
# a link_header scheme those that declare a Link header.
PAGE_STYLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "page_number": (
        frozenset({"page", "items"}),
        frozenset({"size", "first", "current_page", "total_pages", "total_count", "next_page"}),
    ),
    "offset": (frozenset({"offset", "items"}), frozenset({"size", "total_count"})),
    "cursor": (
        frozenset({"cursor", "items"}),
        frozenset({"next_cursor", "item_id", "has_more", "done"}),
    ),
    "next_url": (frozenset({"next_url", "items"}), frozenset({"param"})),
    "link_header": (frozenset({"items"}), frozenset({"param"})),
}
NO_PAGINATION = "none"  # in `operations:`, an operation that is not paginated


@dataclass(frozen=True)
class PageSchemeConfig:
    """One declared pagination scheme: its name, its style, and where each piece lives."""

    name: str
    style: str
    settings: dict[str, str]  # setting -> wire name or dotted path, as written
    pointer: str  # where it is declared, for error messages


@dataclass(frozen=True)
class PaginationConfig:
    """`pagination:` in codegen.yaml: the API's schemes, and per-operation choices
    (operationId -> a scheme's name, or "none"). `enabled` False turns inference off."""

    schemes: tuple[PageSchemeConfig, ...] = ()
    operations: dict[str, str] = field(default_factory=dict)
    enabled: bool = True


@dataclass(frozen=True)
class RetryConfig:
    """Which error statuses the client retries, and the header that makes a retried
    non-GET request safe to repeat."""

    # Status codes and ranges ("5XX"); None: the runtime's default policy.
    statuses: tuple[int | str, ...] | None = None
    idempotency_header: str | None = None


@dataclass(frozen=True)
class Config:
    distribution: str | None = None
    package: str | None = None
    version: str = "0.1.0"
    sync_class: str | None = None
    async_class: str | None = None
    env_prefix: str | None = None
    error_class: str | None = None  # the root exception (default: <Client name>Error)
    request_id_header: str = "x-request-id"
    pagination: PaginationConfig | None = None
    retries: RetryConfig = field(default_factory=RetryConfig)
    # operationId -> dotted "resource.path.method" and schema name -> class name
    operation_names: dict[str, str] = field(default_factory=dict)
    model_names: dict[str, str] = field(default_factory=dict)
    # README tour: steps of {text, call, args, result, show}; checked against the IR
    tour: tuple[dict[str, Any], ...] = ()
    # a folder of template overrides, relative to this file (see generator/overrides.py)
    templates: str | None = None
    path: Path | None = None  # where the settings came from, for error messages


def load_config(path: Path | None) -> Config:
    if path is None or not path.exists():
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(path, "", f"cannot read the file: {exc}") from None
    data = parse(path, text) or {}
    if not isinstance(data, dict):
        raise SpecError(path, "", "the config must be a mapping")
    unknown = set(data) - _KNOWN
    if unknown:
        raise SpecError(
            path, f"/{sorted(unknown)[0]}", f"unknown setting; expected one of {sorted(_KNOWN)}"
        )
    package = _section(path, data, "package")
    client = _section(path, data, "client")
    names = _section(path, data, "names")
    docs = _section(path, data, "docs")
    tour = docs.get("tour") or []
    if not isinstance(tour, list) or not all(isinstance(step, dict) for step in tour):
        raise SpecError(path, "/docs/tour", "must be a list of steps (mappings)")
    pagination = _pagination(path, data["pagination"]) if "pagination" in data else None
    retries = _retries(path, _section(path, data, "retries"))
    package_name = package.get("name")
    if package_name is not None and not str(package_name).isidentifier():
        raise SpecError(
            path, "/package/name", f"{package_name!r} is not a valid Python package name"
        )
    templates = data.get("templates")
    if templates is not None and not isinstance(templates, str):
        raise SpecError(path, "/templates", "must be the path of a folder, relative to this file")
    return Config(
        distribution=package.get("distribution"),
        package=package_name,
        version=str(package.get("version", "0.1.0")),
        sync_class=client.get("sync_class"),
        async_class=client.get("async_class"),
        env_prefix=client.get("env_prefix"),
        error_class=_identifier(path, "/client/error_class", client.get("error_class")),
        request_id_header=str(client.get("request_id_header") or "x-request-id"),
        pagination=pagination,
        retries=retries,
        operation_names={str(k): str(v) for k, v in (names.get("operations") or {}).items()},
        model_names={str(k): str(v) for k, v in (names.get("models") or {}).items()},
        tour=tuple(tour),
        templates=templates,
        path=path,
    )


def _pagination(path: Path, value: Any) -> PaginationConfig:
    """The `pagination:` block: `false`, named schemes with per-operation choices, or the
    short form of one page-number scheme (`page_param`, `items`, `current_page`, ...)."""
    if value is False:
        return PaginationConfig(enabled=False)
    if not isinstance(value, dict):
        raise SpecError(path, "/pagination", "must be a mapping of schemes, or false")
    if "page_param" in value:  # the short form, beside which `operations:` may stand
        short = {("page" if k == "page_param" else k): v for k, v in value.items()}
        operations = short.pop("operations", None)
        value = {"schemes": {"pagination": {"style": "page_number", **short}}}
        if operations is not None:
            value["operations"] = operations
        base = "/pagination"
    else:
        base = "/pagination/schemes/{}"
    unknown = set(value) - {"schemes", "operations"}
    if unknown:
        raise SpecError(
            path,
            f"/pagination/{sorted(unknown)[0]}",
            "unknown setting; expected schemes, operations",
        )
    schemes = value.get("schemes") or {}
    if not isinstance(schemes, dict) or not all(isinstance(s, dict) for s in schemes.values()):
        raise SpecError(path, "/pagination/schemes", "must map each scheme's name to its settings")
    found = []
    for name, spec in schemes.items():
        pointer = base.format(name)
        style = spec.get("style")
        if style not in PAGE_STYLES:
            raise SpecError(
                path, f"{pointer}/style", f"must be one of {', '.join(PAGE_STYLES)}, not {style!r}"
            )
        required, optional = PAGE_STYLES[style]
        settings = {k: "" if v is None else str(v) for k, v in spec.items() if k != "style"}
        for key in sorted(set(settings) - required - optional):
            raise SpecError(
                path,
                f"{pointer}/{key}",
                f"not a setting of a {style} scheme; it takes {', '.join(sorted(required | optional))}",
            )
        for key in sorted(required - set(settings)):
            raise SpecError(path, f"{pointer}/{key}", "required setting is missing")
        if style == "cursor" and not ({"next_cursor", "item_id"} & set(settings)):
            raise SpecError(
                path,
                f"{pointer}/next_cursor",
                "a cursor scheme needs next_cursor (where the response gives it) or item_id "
                "(the last item's field that is the cursor)",
            )
        found.append(PageSchemeConfig(str(name), style, settings, pointer))
    operations = value.get("operations") or {}
    if not isinstance(operations, dict):
        raise SpecError(path, "/pagination/operations", "must map operationIds to scheme names")
    names = {s.name for s in found} | {NO_PAGINATION}
    for op_id, choice in operations.items():
        if choice not in names:
            raise SpecError(
                path,
                f"/pagination/operations/{op_id}",
                f"{choice!r} is no scheme declared here; expected one of {sorted(names)}",
            )
    return PaginationConfig(tuple(found), {str(k): str(v) for k, v in operations.items()})


def _retries(path: Path, section: dict[str, Any]) -> RetryConfig:
    unknown = set(section) - {"statuses", "idempotency_header"}
    if unknown:
        raise SpecError(path, f"/retries/{sorted(unknown)[0]}", "unknown setting")
    statuses: tuple[int | str, ...] | None = None
    if "statuses" in section:
        given = section["statuses"]
        if not isinstance(given, list):
            raise SpecError(path, "/retries/statuses", "must be a list of statuses")
        found: list[int | str] = []
        for i, status in enumerate(given):
            text = str(status).upper()
            if isinstance(status, int) and not isinstance(status, bool) and 100 <= status <= 599:
                found.append(status)
            elif len(text) == 3 and text[0] in "12345" and text[1:] == "XX":
                found.append(text)
            else:
                raise SpecError(
                    path,
                    f"/retries/statuses/{i}",
                    f"{status!r} is not a status code or a range like 5XX",
                )
        statuses = tuple(found)
    header = section.get("idempotency_header")
    if header is not None and (not isinstance(header, str) or not header.strip()):
        raise SpecError(path, "/retries/idempotency_header", "must be a header name")
    return RetryConfig(statuses, header.strip() if header else None)


def _identifier(path: Path, pointer: str, value: Any) -> str | None:
    if value is not None and not (isinstance(value, str) and value.isidentifier()):
        raise SpecError(path, pointer, f"{value!r} is not a valid Python class name")
    return value


def _section(path: Path, data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise SpecError(path, f"/{key}", "must be a mapping")
    return value


# Words a title ends with that say what any API document is, not which API it is.
_GENERIC_TITLE_WORDS = frozenset(
    {"api", "apis", "rest", "restful", "openapi", "http", "documentation", "docs", "reference"}
)


def _title_words(title: str) -> list[str]:
    """The title's words up to a possessive or a separator, without the generic ones at
    their end (`Mistral AI API` -> `Mistral`, `AI`), so the package is not
    `mistral_ai_api` and its key not read from `MISTRAL_AI_API_API_KEY`. A title of
    nothing but such words is kept whole."""
    # `GitHub's official OpenAPI spec + Octokit extension`, `Twilio - Api`: the name is
    # what comes before a possessive or a separator.
    head = re.split(r"['\u2019]s\b|\s[-\u2013\u2014|:+(]|[:|+(]", title)[0]
    words = re.findall(r"[A-Za-z0-9]+", head) or re.findall(r"[A-Za-z0-9]+", title)
    if all(w.lower() in _GENERIC_TITLE_WORDS for w in words):
        return words  # `API Reference` says nothing else: keep it whole
    while words[-1].lower() in _GENERIC_TITLE_WORDS:
        words.pop()
    return words


def derived_package(title: str) -> str:
    """The package name from the title, each word of it one word (`GitHub`: github)."""
    return naming.snake(" ".join(w.lower() for w in _title_words(title))) or "api_client"


def importable_package(name: str) -> str:
    """`name`, or `name_client` where a package of that name would shadow, or be shadowed
    by, a module of Python's standard library or of what the client imports (`Numbers
    API`: numbers_client, not a `numbers` that breaks `import decimal`)."""
    return f"{name}_client" if name.lower() in _TAKEN_TOP_LEVEL else name


# Top-level modules a client's package must not be named: the standard library's of
# Python 3.10 to 3.14 (a fixed list, so output does not depend on the Python that
# generates it; `sys.stdlib_module_names` without private names), and the modules the
# generated client and its dependencies import.
_TAKEN_TOP_LEVEL = frozenset("""
    abc aifc annotationlib antigravity argparse array ast asynchat asyncio asyncore atexit
    audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath
    cmd code codecs codeop collections colorsys compileall compression concurrent
    configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses
    datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno
    faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath
    getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib
    imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3
    linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder
    msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode
    operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform
    plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc
    pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy
    sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr
    socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics
    string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile
    telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize
    tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata
    unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref
    xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo
    annotated_types anyio certifi h11 httpcore httpx idna pydantic pydantic_core sniffio
    typing_extensions typing_inspection
    """.split())


def derived_class_base(title: str) -> str:
    """The client's class name, less `Client`, from the title, keeping the casing a word
    is written with (`Mistral AI API` -> `MistralAI`, `USPTO Data Set API` ->
    `USPTODataSet`): a word that starts in upper case keeps it, others are capitalised."""
    base = "".join(w if w[0].isupper() else w[0].upper() + w[1:] for w in _title_words(title))
    return base if base.isidentifier() else naming.pascal(derived_package(title))
