"""Which operations return pages, and how they walk them.

With a `pagination:` block in codegen.yaml, its schemes are matched to operations: a
scheme takes every operation that has its trigger (its page, offset or cursor parameter;
for a URL scheme its `param`, else its next-URL field or a declared `Link` header), or
that `operations:` gives it. An operation it takes must have every piece the scheme
names, and every scheme must take some operation: anything else is an error that names
the scheme, since configuration that matches nothing must not pass in silence.

Without a block, each operation's scheme is inferred from its parameters and its
response schema, conservatively: a wrong paginator is worse than none. A case that
looks paginated but cannot be told for sure is left alone, with a warning (an error
under --strict).

`Paginator` is the entry the IR builder uses. The rooms behind it:

- `view.py`: what an operation offers (`Slot`, `Found`, `View`, read from the document)
  and the `Pagination` made of a choice;
- `declared.py`: codegen.yaml's schemes, matched, and their errors;
- `inferred.py`: the rules of inference; `names.py`: the names they recognise;
- `text.py`: the CLI's summary and each scheme's description for the README.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.config import NO_PAGINATION, PaginationConfig
from generator.ir.model import Body, Operation, PageScheme, Pagination, Param, TypeRef, Warning
from generator.ir.pagination.declared import Declared
from generator.ir.pagination.inferred import Inference
from generator.ir.pagination.text import describe, summary
from generator.ir.pagination.view import Reader
from generator.ir.types import TypeRegistry
from generator.load import Document

__all__ = ["Paginator", "describe", "summary"]


class Paginator:
    """Decides each operation's pagination while the IR is built, then the API's schemes."""

    def __init__(
        self,
        doc: Document,
        registry: TypeRegistry,
        warnings: list[Warning],
        config: PaginationConfig | None,
        config_path: Path | None,
    ) -> None:
        self.config = config
        self.reader = Reader(doc, registry)
        self.declared = (
            Declared(self.reader, config, config_path or Path("codegen.yaml"))
            if config is not None
            else None
        )
        self.inference = Inference(self.reader, warnings)
        self.op_ids: set[str] = set()

    def operation(
        self,
        *,
        op_id: str,
        pointer: str,
        method: str,
        spec: dict[str, Any],
        raw_params: list[dict[str, Any]],
        params: tuple[Param, ...],
        body: Body | None,
        returns: TypeRef | None,
    ) -> Pagination | None:
        self.op_ids.add(op_id)
        config = self.config
        if config is not None and not config.enabled:
            return None
        if config is not None and op_id and config.operations.get(op_id) == NO_PAGINATION:
            return None
        view = self.reader.view(op_id, pointer, method, spec, raw_params, params, body, returns)
        if self.declared is not None:
            return self.declared.pagination(view)
        return self.inference.pagination(view)

    def schemes(self, operations: list[Operation]) -> tuple[PageScheme, ...]:
        """Every scheme operations use; an error for a declared one that none uses."""
        if self.declared is not None:
            self.declared.check(self.op_ids)
        # One entry per way of paging: a scheme, and for inferred ones each layout of it.
        by_way: dict[tuple[str, str, bool, str], list[Operation]] = {}
        for op in sorted(operations, key=lambda o: o.spec_order):
            if op.pagination is not None:
                p = op.pagination
                way = (p.scheme, p.style, p.inferred, describe(p) if p.inferred else "")
                by_way.setdefault(way, []).append(op)
        return tuple(
            PageScheme(
                name,
                style,  # type: ignore[arg-type]
                inferred,
                tuple(op.call_path for op in ops),
                text or describe(ops[0].pagination),  # type: ignore[arg-type]
            )
            for (name, style, inferred, text), ops in by_way.items()
        )
