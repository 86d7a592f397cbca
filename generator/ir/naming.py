"""Every naming rule in one place: spec names in, Python identifiers out."""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

# Words for characters that carry meaning in real parameter names (Twilio has
# `StartTime<` beside `StartTime`): spelling them out keeps the names distinct.
_SYMBOL_WORDS = {
    "<=": " lte ",
    ">=": " gte ",
    "<": " lt ",
    ">": " gt ",
    "!=": " ne ",
    "=": " eq ",
    "+": " plus ",
    "@": " at ",
    "#": " hash ",
    "$": " dollar ",
    "%": " percent ",
    "&": " and ",
}
_SYMBOLS = re.compile("|".join(re.escape(s) for s in sorted(_SYMBOL_WORDS, key=len, reverse=True)))
# Besides camelCase humps: an acronym's plural is one word (`userIDs`: user, ids;
# `imageURLs`), so is an acronym with its version (`IPv4Address`: ipv4, address;
# `ProjectDTOv1`), and so are the mixed-case words everyone spells as one (`OAuth2`,
# `iOS`, `macOS`).
_WORD_BOUNDARY = re.compile(
    r"[A-Z]{2,}s(?![a-z])|[A-Z]{2,}v[0-9]+|OAuth[0-9]*|(?:iOS|macOS|tvOS|watchOS)(?![a-z])"
    r"|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*(?=[A-Z]|\b|_|$)|[0-9]+"
)

# Names a model field may not take: they would shadow the builtins and imports that
# annotations in the same class body refer to.
_CLASS_BODY_RESERVED = frozenset(
    {
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "object",
        "datetime",
        "date",
        "Literal",
        "Field",
        "BaseModel",
        "model_config",
        "model_fields",
        "model_extra",
        "copy",
        "json",
        "schema",
        "validate",
        "construct",
        "parse_obj",
        "parse_raw",
        "from_orm",
        "fields",
    }
)


def ascii_text(text: str) -> str:
    """Accents dropped (`Évil` -> `Evil`); other non-ASCII letters have no spelling here."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# Class names a schema may not take: generated modules import these names (or they are
# keywords), so a model called `Field`, `Page` or `None` would break its module.
RESERVED_CLASS_NAMES = frozenset(
    {
        "None",
        "True",
        "False",
        "BaseModel",
        "Field",
        "TypeAlias",
        "Literal",
        "Required",
        "TypedDict",
        "NoneType",
        "Sequence",
        "Mapping",
        "OpenEnum",
        "Omit",
        "Body",
        "Headers",
        "Query",
        "TimeoutTypes",
        "Page",
        "AsyncPage",
        "AsyncPager",
        "PageScheme",
        "SyncAPIClient",
        "AsyncAPIClient",
        "APIResponse",
        "Annotated",
        "TYPE_CHECKING",
    }
)


def words(text: str) -> list[str]:
    """Split any spelling (camelCase, kebab-case, page[number], `A B`) into lower words."""
    text = _SYMBOLS.sub(lambda m: _SYMBOL_WORDS[m.group(0)], ascii_text(text))
    text = text.replace("'", "")
    found: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", text):
        if chunk:
            found.extend(w.lower() for w in _WORD_BOUNDARY.findall(chunk))
    return found


@cache
def snake(text: str) -> str:
    joined = "_".join(words(text))
    if not joined:
        return "value"
    if joined[0].isdigit():
        joined = f"n{joined}"
    return joined


def pascal(text: str) -> str:
    """PascalCase, keeping existing capitals (`HTTPValidationError` stays as it is)."""
    spelled = _SYMBOLS.sub(lambda m: _SYMBOL_WORDS[m.group(0)], ascii_text(text))
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", spelled) if p]
    joined = "".join(p[0].upper() + p[1:] for p in parts)
    if not joined:
        return "Model"
    if joined[0].isdigit():
        joined = f"Model{joined}"
    if keyword.iskeyword(joined):  # `none` -> `None` is no class name
        joined = f"{joined}Model"
    return joined


def upper_snake(text: str) -> str:
    return snake(text).upper()


# The soft keywords of Python 3.10 and 3.11, a fixed list: `keyword.softkwlist` grew
# `type` in 3.12, and the same document must give the same names on every Python
# (`type` is a fine name for a field or an argument).
_SOFT_KEYWORDS = frozenset({"_", "case", "match"})


def safe_keyword(name: str) -> str:
    """A Python keyword (or soft keyword) gets a trailing underscore."""
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in ("self", "cls"):
        return f"{name}_"
    return name


def param_name(wire: str, reserved: Iterable[str] = ()) -> str:
    name = safe_keyword(snake(wire))
    return f"{name}_" if name in set(reserved) else name


def field_name(wire: str) -> str:
    """A model attribute: keywords and names the class body relies on get an underscore."""
    name = safe_keyword(snake(wire))
    if name in _CLASS_BODY_RESERVED or name.startswith("model_"):
        return f"{name}_"
    return name


def method_name(wire: str) -> str:
    return safe_keyword(snake(wire))


# Keywords that are nouns, in client paths the collection of them (`/blocks/import`:
# `blocks.imports`), where any other keyword takes an underscore (`global_`).
_KEYWORD_NOUNS = {
    "case": "cases",
    "class": "classes",
    "import": "imports",
    "match": "matches",
    "pass": "passes",
    "return": "returns",
    "type": "types",
}


def resource_name(wire: str) -> str:
    name = snake(wire)
    return _KEYWORD_NOUNS.get(name) or safe_keyword(name)


def unique(names: Iterable[str]) -> list[str]:
    """Resolve collisions in order: the second `x` becomes `x_2`, and so on (a fresh
    `Namespace`, the one allocator, hands them out).

    Callers pass names in an order that does not depend on the spec's key order
    (sorted by wire name), so the same spec always gives the same names.
    """
    from generator.ir.namespace import Namespace  # it uses the rules of this module

    space = Namespace()
    return [space.claim(name) for name in names]


def module_name(class_name: str) -> str:
    return safe_keyword(snake(class_name))
