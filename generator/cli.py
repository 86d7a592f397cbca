"""Stage 6: the command line. `generate` writes a client, `check` reports drift, `diff`
says what a spec change does to the client's users."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator import TEMPLATES, __version__, default_config_path
from generator.cache import default_cache_dir
from generator.errors import FormatError, SpecError

EXIT_OK, EXIT_DRIFT, EXIT_BAD_INPUT, EXIT_FAIL_ON = 0, 1, 2, 3


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        # The same program whether run as the `openapi-pyclient` script or `python -m generator`.
        prog="openapi-pyclient",
        description="Generate a typed Python client package from an OpenAPI 3 document.",
        epilog="Exit codes: 0 success (check: up to date), 1 check found drift, 2 bad input, "
        "3 diff or check --against found a change of the kind --fail-on names.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (
        ("generate", "render SPEC into the folder OUT (replacing what the spec no longer makes)"),
        (
            "check",
            "compare what SPEC would generate with OUT; print a diff and exit 1 if stale "
            "(answered from OUT's manifest when it matches every input and file)",
        ),
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
        c.add_argument(
            "--templates",
            type=Path,
            metavar="DIR",
            help="a folder whose files shadow the built-in templates one by one "
            "(default: codegen.yaml's `templates:`, if set)",
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
            help="do all the work again: ignore the caches of black's results and validator "
            "reports (in $XDG_CACHE_HOME/openapi-pyclient, else ~/.cache/openapi-pyclient) and, "
            "for check, the output folder's manifest (compiled templates are kept, like .pyc files)",
        )
        c.add_argument("--quiet", "-q", action="store_true", help="print only the summary line")
        if name == "check":
            c.add_argument(
                "--against",
                type=Path,
                metavar="OLD_SPEC",
                help="also print what changed for Python code since OLD_SPEC (as `diff` does)",
            )
            _fail_on(c)
    text = (
        "compare the Python clients two specs make: a Markdown changelog grouped by kind "
        "(breaking for callers, breaking for response readers, additive, docs only) and the "
        "semantic-version bump it implies"
    )
    d = sub.add_parser("diff", help=text, description=text)
    d.add_argument("old", type=Path, metavar="OLD_SPEC", help="the earlier document")
    d.add_argument("new", type=Path, metavar="NEW_SPEC", help="the later document")
    d.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="generator settings for both (default: codegen.yaml beside each spec; OLD_SPEC "
        "falls back to NEW_SPEC's)",
    )
    d.add_argument("--json", action="store_true", help="print the changes as JSON instead")
    _fail_on(d)
    return p


def _fail_on(p: argparse.ArgumentParser) -> None:
    from generator.diff import FAIL_LEVELS

    p.add_argument(
        "--fail-on",
        choices=sorted(FAIL_LEVELS),
        metavar="KIND",
        help="exit 3 when there is a change of KIND or a more severe one: breaking (callers "
        "or readers), callers, readers, additive, docs",
    )


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "diff":
        return _diff(args.old, args.new, args.config, args.config, args)
    code = _generate_or_check(args)
    if args.command == "check" and args.against is not None and code in (EXIT_OK, EXIT_DRIFT):
        config = args.config or default_config_path(args.spec)
        against = _diff(args.against, args.spec, None, config, args)
        return code if code != EXIT_OK else against
    return code


def _diff(
    old: Path, new: Path, old_config: Path | None, new_config: Path | None, args: argparse.Namespace
) -> int:
    """Print what changed from `old` to `new` for Python code; the exit code."""
    import dataclasses
    import json

    from generator.diff import compare, next_version
    from generator.pipeline import build_api

    new_config = new_config or default_config_path(new)
    if old_config is None and not default_config_path(old).exists():
        old_config = new_config  # e.g. an old version taken out of git, alone in a folder
    try:
        before, after = build_api(old, config=old_config), build_api(new, config=new_config)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    report = compare(before, after)
    version = after.config.version
    if getattr(args, "json", False):
        data = {
            "bump": report.bump,
            "version": {"from": version, "to": next_version(version, report.bump)},
            "counts": report.counts(),
            "changes": [dataclasses.asdict(change) for change in report.changes],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(report.markdown(str(old), str(new), version))
    if args.fail_on is not None and report.fails(args.fail_on):
        return EXIT_FAIL_ON
    return EXIT_OK


def _generate_or_check(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.command == "check" and not args.no_cache:
        # The CI case: when the folder's manifest was made from exactly these inputs and
        # the folder holds exactly what it lists, nothing needs regenerating.
        from generator.fingerprint import recorded

        config = args.config or default_config_path(args.spec)
        found = recorded(
            args.spec,
            args.out,
            config=config,
            templates=TEMPLATES,
            validate=not args.no_validate,
            overrides=args.templates,
        )
        if found is not None:
            warnings, n_files = found
            if (code := _report(args, warnings)) is not None:
                return code
            print(
                f"{args.out} is up to date ({n_files} files; its manifest matches every "
                f"input and file), {len(warnings)} warning(s), {time.perf_counter() - started:.2f}s"
            )
            return EXIT_OK
    validator = None
    if not args.no_validate:
        # Before importing the pipeline, so that the validator's imports overlap it.
        from generator.validator import Validator

        validator = Validator()
    from generator.pipeline import generate

    try:
        result = generate(
            args.spec,
            config=args.config,
            overrides=args.templates,
            cache_dir=None if args.no_cache else default_cache_dir(),
            validate=not args.no_validate,
            validator=validator,
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
    if (code := _report(args, [(w.pointer, w.message) for w in result.warnings])) is not None:
        return code
    n_warn = len(result.warnings)
    from generator.write import check, write

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


def _report(args: argparse.Namespace, warnings: list[tuple[str, str]]) -> int | None:
    """Show the warnings (pointer, message); the exit code if they end the run (--strict)."""
    if not args.quiet:
        for pointer, message in warnings:
            print(f"warning: {args.spec}: at {pointer or '/'}: {message}", file=sys.stderr)
    if args.strict and warnings:
        print(
            f"error: {len(warnings)} warning(s) and --strict is set; nothing written",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return None
