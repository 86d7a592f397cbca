"""What is said about pagination: the CLI's summary of the API's schemes, and how each
scheme pages, in Markdown, for the generated README."""

from __future__ import annotations

from generator.ir.model import PageScheme, Pagination, Warning

# How a warning of inference begins: it looks paginated but cannot be told for sure.
AMBIGUOUS = "looks paginated"


def summary(schemes: tuple[PageScheme, ...], warnings: tuple[Warning, ...]) -> list[str]:
    """One line per scheme, for the generator's output: how many operations use it."""
    lines = []
    by_scheme: dict[tuple[str, str, bool], list[str]] = {}
    for s in schemes:
        by_scheme.setdefault((s.name, s.style, s.inferred), []).extend(s.operations)
    for (name, style, inferred), paths in by_scheme.items():
        n = len(paths)
        what = f"{style} (inferred)" if inferred else f"scheme {name!r} ({style})"
        lines.append(f"pagination: {what} on {n} operation{'s' if n != 1 else ''}, e.g. {paths[0]}")
    left = sum(1 for w in warnings if w.message.startswith(AMBIGUOUS))
    if left:
        lines.append(
            f"pagination: {left} operation{'s look' if left != 1 else ' looks'} paginated but "
            "cannot be told for sure: left unpaginated (see the warnings)"
        )
    return lines


def describe(p: Pagination) -> str:
    """How `p` pages, in Markdown, for the README: what asks for the next page, and
    what says a page is the last."""

    def code(path: str) -> str:
        return f"`{path}`"

    given = dict(p.fields)
    param = code(p.param.wire) if p.param else ""
    size = f"a page shorter than {code(p.size.wire)} asks for is the last" if p.size else ""
    if p.style == "page_number":
        text = f"Each page is asked for by its number in {param}, from {p.first}"
        if "next_page" in given:
            end = f"the response gives the next page's number in {code(given['next_page'])}, and none on the last"
        elif "total_pages" in given:
            end = f"the last page is the one {code(given['total_pages'])} gives"
        elif "total_count" in given and p.size:
            end = f"the last page is the one that reaches {code(given['total_count'])} items"
        else:
            end = size
    elif p.style == "offset":
        text = f"Each page is asked for by {param}, the number of items before it"
        end = (
            f"the last page reaches {code(given['total_count'])} items"
            if "total_count" in given
            else size
        )
    elif p.style == "cursor":
        if "item_id" in given:
            text = f"The last item's {code(given['item_id'])} is passed back as {param}"
            end = f"the last page has {code(given.get('has_more', 'has_more'))} false"
        else:
            text = f"The response's {code(given['next_cursor'])} is passed back as {param}"
            end = "the last page has none"
            if "has_more" in given:
                end += f", or {code(given['has_more'])} false"
            if "done" in given:
                end += f", or {code(given['done'])} true"
    elif p.style == "next_url":
        text = f"Each response gives the next page's URL in {code(given['next_url'])}"
        end = "the last page gives none"
    else:
        text = "Each response's `Link` header gives the next page's URL (`rel=\"next\"`)"
        end = "the last page has none"
    ends = "; ".join(e for e in (end, "an empty page is always the last") if e)
    attrs = ", ".join(f"`page.{a}`" for a in p.position)
    return f"{text}; {ends}. A page is a `{p.page_class}` ({attrs})."
