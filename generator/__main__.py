"""Command line: `python -m generator [generate|lint|check] --spec --out --package`,
and `python -m generator diff OLD [NEW]` (see diff.py)."""

from __future__ import annotations

import argparse
import os
import sys
import time

from .problems import SpecError

# Exit statuses: 1 stale output (check), 2 problems in the spec, 3 a bug of ours.
INTERNAL_ERROR = 3


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:  # its own arguments: two documents, not one spec and an output
        from .diff import main as diff

        return diff(argv[1:])
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        return _run(args, started)
    except SpecError as exc:
        print(exc.report(), file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); {args.out}/ left untouched.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"interrupted; {args.out}/ left untouched.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours, not of the spec: one line, no traceback
        where = _origin(exc)
        print(
            f"internal error of the generator ({type(exc).__name__}{where}): {exc}; "
            f"{args.out}/ left untouched. Please report it with the spec that caused it.",
            file=sys.stderr,
        )
        return INTERNAL_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description=(
            "Generate a typed Python client from an OpenAPI 3.1 spec. The spec is "
            "bundled, validated (OpenAPI 3.1 and the house rules of spec/README.md, "
            "examples included), turned into models and resources, formatted, and "
            "written to OUT in one move: a failure leaves OUT as it was."
        ),
    )
    parser.add_argument(
        "command",
        nargs="?",
        default="generate",
        choices=("generate", "lint", "check"),
        help="generate (default): write OUT; lint: only check the spec; "
        "check: fail if OUT differs from what generate would write",
    )
    parser.add_argument(
        "--spec", default="spec/openapi.yaml", help="root YAML of the spec (default: %(default)s)"
    )
    parser.add_argument("--out", default="generated", help="output folder (default: %(default)s)")
    parser.add_argument(
        "--package",
        default="flashduty",
        help="name of the package folder and of its import; the client classes, errors and "
        "environment variables keep their Flashduty names (default: %(default)s)",
    )
    parser.add_argument(
        "--reference", default="", help="also write the API reference (Markdown) to this file"
    )
    parser.add_argument(
        "--cli-reference",
        default="",
        help="also write the command reference (Markdown) to this file",
    )
    parser.add_argument(
        "--cache",
        default=".cache/generator",
        help="folder of the caches (parsed YAML, validated spec parts, checked examples, "
        "models, the runtime's contract, compiled templates, formatted files, whole runs); "
        "'' disables them (default: %(default)s)",
    )
    return parser


def _run(args: argparse.Namespace, started: float) -> int:
    """The command asked for; its exit status (problems are raised)."""
    from .pipeline import check, generate, lint

    cache = args.cache or None
    if args.command == "lint":
        count = lint(args.spec, cache)
        print(f"spec ok: {count} operations ({time.perf_counter() - started:.2f}s)")
        return 0
    if args.command == "check":
        stale = check(
            args.spec,
            args.out,
            args.package,
            cache,
            args.reference or None,
            args.cli_reference or None,
        )
        if stale:
            print(f"{args.out}/ is stale; run `make regenerate`. Differing files:", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(f"{args.out}/ is up to date ({time.perf_counter() - started:.2f}s)")
        return 0
    summary = generate(
        args.spec,
        args.out,
        args.package,
        cache,
        args.reference or None,
        args.cli_reference or None,
    )
    print(f"{summary} ({time.perf_counter() - started:.2f}s)")
    return 0


def _origin(exc: BaseException) -> str:
    """` at file:line` of the generator's frame closest to where `exc` was raised."""
    tb, found = exc.__traceback__, ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if os.path.dirname(os.path.abspath(filename)) == os.path.dirname(os.path.abspath(__file__)):
            found = f" at {os.path.basename(filename)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


if __name__ == "__main__":
    sys.exit(main())
