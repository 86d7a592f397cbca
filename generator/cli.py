"""Stage 6: the command line. `generate` writes a client, `check` reports drift."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator.errors import SpecError
from generator.format import FormatError, default_cache_dir
from generator.pipeline import generate
from generator.write import check, write

EXIT_OK, EXIT_DRIFT, EXIT_BAD_INPUT = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed Python client package from an OpenAPI 3 document.",
        epilog="Exit codes: 0 success (check: up to date), 1 check found drift, 2 bad input.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (
        ("generate", "render SPEC into the folder OUT (replacing what the spec no longer makes)"),
        ("check", "compare what SPEC would generate with OUT; print a diff and exit 1 if stale"),
    ):
        c = sub.add_parser(name, help=text, description=text)
        c.add_argument(
            "spec", type=Path, metavar="SPEC", help="the OpenAPI document (YAML or JSON)"
        )
        c.add_argument("--out", type=Path, required=True, metavar="OUT", help="the output folder")
        c.add_argument(
            "--config",
            type=Path,
            metavar="FILE",
            help="generator settings (default: codegen.yaml beside SPEC, if present)",
        )
        c.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 2)")
        c.add_argument(
            "--no-validate",
            action="store_true",
            help="skip openapi-spec-validator (its findings are warnings anyway)",
        )
        c.add_argument(
            "--no-cache",
            action="store_true",
            help="do all the work again: ignore the caches of formatted files, compiled templates "
            "and validator reports (in $XDG_CACHE_HOME/openapi-pyclient, else ~/.cache/openapi-pyclient)",
        )
        c.add_argument("--quiet", "-q", action="store_true", help="print only the summary line")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    started = time.perf_counter()
    try:
        result = generate(
            args.spec,
            config=args.config,
            cache_dir=None if args.no_cache else default_cache_dir(),
            validate=not args.no_validate,
        )
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    except FormatError as exc:
        print(
            f"error: {exc} (a template or generator bug: please report it with the spec)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if not args.quiet:
        for warning in result.warnings:
            print(
                f"warning: {args.spec}: at {warning.pointer or '/'}: {warning.message}",
                file=sys.stderr,
            )
    if args.strict and result.warnings:
        print(
            f"error: {len(result.warnings)} warning(s) and --strict is set; nothing written",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    n_warn = len(result.warnings)
    if args.command == "generate":
        changed = write(args.out, result.files)
        seconds = time.perf_counter() - started
        print(
            f"generated {len(result.files)} files into {args.out} ({changed} changed), "
            f"{n_warn} warning(s), {seconds:.2f}s"
        )
        return EXIT_OK
    drift = check(args.out, result.files)
    seconds = time.perf_counter() - started
    if drift.clean:
        print(
            f"{args.out} is up to date ({len(result.files)} files), {n_warn} warning(s), {seconds:.2f}s"
        )
        return EXIT_OK
    if not args.quiet:
        sys.stdout.write(drift.diff)
        for label, paths in (
            ("added", drift.added),
            ("removed", drift.removed),
            ("changed", drift.changed),
        ):
            for path in paths:
                print(f"{label}: {path}")
    print(
        f"{args.out} is stale: {len(drift.changed)} changed, {len(drift.added)} added, "
        f"{len(drift.removed)} removed; run `make regenerate`. {n_warn} warning(s), {seconds:.2f}s"
    )
    return EXIT_DRIFT
