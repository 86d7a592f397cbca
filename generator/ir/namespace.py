"""The one place identifiers are handed out: no two things in a namespace get one name.

A `Namespace` is a set of names in use (a module's globals, a class's attributes, a
method's arguments). `TypeNames` is the namespace of the generated `types/` package,
where every schema gets a family of names at once: its class, its module, and its
request form's class and module (`Pet`, `pet`, `PetParam`, `pet_param`), so that a
schema the spec itself calls `PetParam` can never be overwritten by a generated name.

Spec names are claimed before any name the generator makes up, in sorted order, so
the spec's own names win and the result never depends on the order of keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.ir import naming
from generator.ir.model import Warning


class Namespace:
    """Names in use in one scope; `claim` returns the wanted name or the first free
    numbered form of it (`x`, `x_2`, ...)."""

    def __init__(
        self, reserved: Iterable[str] = (), *, numbered: Callable[[str, int], str] | None = None
    ) -> None:
        self.taken: set[str] = set(reserved)
        # `class_` and `class` -> `class_2`: the number replaces a keyword's underscore.
        self._numbered = numbered or (lambda name, n: f"{name.rstrip('_')}_{n}")

    def __contains__(self, name: object) -> bool:
        return name in self.taken

    def free(self, name: str) -> bool:
        return name not in self.taken

    def claim(self, wanted: str) -> str:
        candidate, n = wanted, 2
        while candidate in self.taken:
            candidate = self._numbered(wanted, n)
            n += 1
        self.taken.add(candidate)
        return candidate

    def add(self, name: str) -> None:
        self.taken.add(name)


@dataclass(frozen=True)
class TypeFamily:
    """The names one schema's generated code uses."""

    name: str  # the class (or alias, or enum)
    module: str  # its module under types/
    twin: str  # the request form: `<name>Param` for models and aliases, `<name>Literal` for enums
    twin_module: str  # the module of the request form (enums keep theirs in `module`)


# Names the generated `types/` modules import or rely on: no schema may take them.
_RESERVED_CLASSES = naming.RESERVED_CLASS_NAMES | {"PreferExact", "Tagged", "UUID"}
_RESERVED_MODULES = frozenset({"__init__"})


class TypeNames:
    """The `types/` namespace: class names and module names, handed out in families."""

    def __init__(self, warnings: list[Warning]) -> None:
        self.warnings = warnings
        self.classes = Namespace(_RESERVED_CLASSES, numbered=lambda name, n: f"{name}{n}")
        self.modules = Namespace(_RESERVED_MODULES)

    def _fits(self, name: str) -> bool:
        return self.classes.free(name) and self.modules.free(naming.module_name(name))

    def claim_class(self, wanted: str, pointer: str, *, spec_name: bool) -> str:
        """A class name and its module; a spec name that must change is reported."""
        if wanted in _RESERVED_CLASSES:
            wanted = f"{wanted}Model"
        candidate, n = wanted, 2
        while not self._fits(candidate):
            candidate, n = f"{wanted}{n}", n + 1
        if spec_name and candidate != wanted:
            self.warnings.append(
                Warning(
                    pointer, f"named {candidate}: {wanted} is already the name of another schema"
                )
            )
        self.classes.add(candidate)
        self.modules.add(naming.module_name(candidate))
        return candidate

    def claim_twin(self, name: str, kind: str, pointer: str, *, spec_name: bool) -> TypeFamily:
        """The request form's names for the class `name`, once every spec name is in.

        `XParam` (or `XLiteral` for an enum) where it is free; where the spec already has a
        schema of that name, `XInput` (`XValues`), then numbered forms, with a warning."""
        module = naming.module_name(name)
        enum = kind == "enum"
        # An enum's literal form lives in the enum's own module; the others get one each.
        fits = self.classes.free if enum else self._fits
        suffixes = ("Literal", "Values") if enum else ("Param", "Input")
        for suffix in suffixes:
            if fits(name + suffix):
                twin = name + suffix
                break
        else:
            base, n = name + suffixes[0], 2
            while not fits(f"{base}{n}"):
                n += 1
            twin = f"{base}{n}"
        if spec_name and twin != name + suffixes[0]:
            self.warnings.append(
                Warning(
                    pointer,
                    f"its request form is named {twin}: {name}{suffixes[0]} is already "
                    "the name of another schema",
                )
            )
        self.classes.add(twin)
        if enum:
            return TypeFamily(name, module, twin, module)
        twin_module = naming.module_name(twin)
        self.modules.add(twin_module)
        return TypeFamily(name, module, twin, twin_module)

    def family(self, wanted: str, kind: str, pointer: str) -> TypeFamily:
        """Names for a schema the spec does not name (an inline object or enum)."""
        name = self.claim_class(wanted, pointer, spec_name=False)
        return self.claim_twin(name, kind, pointer, spec_name=False)
