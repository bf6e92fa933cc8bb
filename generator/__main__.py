"""Command line: `python -m generator [generate|lint|check] --spec --out --package`."""

from __future__ import annotations

import argparse
import sys
import time

from .problems import SpecError


def main(argv: list[str] | None = None) -> int:
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
    parser.add_argument("--spec", default="spec/openapi.yaml", help="root YAML of the spec (default: %(default)s)")
    parser.add_argument("--out", default="generated", help="output folder (default: %(default)s)")
    parser.add_argument("--package", default="flashduty", help="Python package name (default: %(default)s)")
    parser.add_argument(
        "--reference", default="", help="also write the API reference (Markdown) to this file"
    )
    parser.add_argument("--cache", default=".cache/generator", help="formatting cache folder; '' disables it")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    try:
        if args.command == "lint":
            from .load import bundle
            from .schemas import operations
            from .validate import validate

            spec = bundle(args.spec, args.cache or None)
            validate(spec, args.cache or None)
            count = sum(1 for _ in operations(spec.document))
            print(f"spec ok: {count} operations ({time.perf_counter() - started:.2f}s)")
            return 0
        from .pipeline import check, generate

        if args.command == "check":
            stale = check(args.spec, args.out, args.package, args.cache or None, args.reference or None)
            if stale:
                print("generated files are stale; run `make regenerate`. Differing files:", file=sys.stderr)
                for name in stale:
                    print(f"  {name}", file=sys.stderr)
                return 1
            print(f"{args.out}/ is up to date ({time.perf_counter() - started:.2f}s)")
            return 0
        summary = generate(args.spec, args.out, args.package, args.cache or None, args.reference or None)
        print(f"{summary} ({time.perf_counter() - started:.2f}s)")
        return 0
    except SpecError as exc:
        print(exc.report(), file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); {args.out}/ left untouched.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
