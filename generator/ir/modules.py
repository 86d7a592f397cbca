"""Which module under types/ defines which models: one each, except for cycles.

Models that refer to each other (A has a B, B has an A) cannot sit in modules that
import each other, so each cycle lives in one module (the first by name) and the
other members' modules re-export from it. Everything else gets a module of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.model import Alias, Api, Model


@dataclass(frozen=True)
class TypeModule:
    module: str
    models: tuple[Model, ...]
    aliases: tuple[Alias, ...]  # after the models, each after the aliases it uses


@dataclass(frozen=True)
class ReExport:
    module: str  # the module a name would normally live in
    home: str  # the module that defines it
    names: tuple[str, ...]


def type_modules(api: Api) -> tuple[tuple[TypeModule, ...], tuple[ReExport, ...]]:
    models = {m.name: m for m in api.models if m.as_model}
    aliases = {a.name: a for a in api.aliases}
    edges: dict[str, list[str]] = {}
    for name, model in models.items():
        edges[name] = sorted(
            {n for t in model.types for _, n in t.named() if n in models or n in aliases}
        )
    for name, alias in aliases.items():
        edges[name] = sorted({n for _, n in alias.type.named() if n in models or n in aliases})
    modules: list[TypeModule] = []
    exports: list[ReExport] = []
    for group in _strongly_connected(edges):
        members = sorted(
            group, key=lambda n: (models[n].module if n in models else aliases[n].module)
        )
        home = models[members[0]].module if members[0] in models else aliases[members[0]].module
        group_models = tuple(models[n] for n in sorted(group) if n in models)
        group_aliases = _alias_order([aliases[n] for n in group if n in aliases], edges)
        modules.append(TypeModule(home, group_models, group_aliases))
        for name in members[1:]:
            module = models[name].module if name in models else aliases[name].module
            exports.append(ReExport(module, home, (name,)))
    return tuple(sorted(modules, key=lambda m: m.module)), tuple(
        sorted(exports, key=lambda e: e.module)
    )


def _alias_order(group: list[Alias], edges: dict[str, list[str]]) -> tuple[Alias, ...]:
    """Aliases are evaluated when the module runs, so each must follow those it uses."""
    by_name = {a.name: a for a in group}
    done: list[Alias] = []
    seen: set[str] = set()
    for alias in sorted(group, key=lambda a: a.name):
        stack = [(alias.name, iter(edges[alias.name]))]
        seen.add(alias.name)
        while stack:
            name, deps = stack[-1]
            dep = next((d for d in deps if d in by_name and d not in seen), None)
            if dep is None:
                stack.pop()
                done.append(by_name[name])
            else:
                seen.add(dep)
                stack.append((dep, iter(edges[dep])))
    return tuple(done)


def _strongly_connected(edges: dict[str, list[str]]) -> list[set[str]]:
    """Tarjan's algorithm without recursion (schemas can nest deeper than the stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[set[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if i < len(targets):
                work.append((node, i + 1))
                target = targets[i]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                group: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return groups
