"""`python -m generator diff OLD... [NEW]`: what a spec change does to SDK users.

Prints the changes (see diff_compare; each names a rule of diff_rules) as
Markdown, counts per rule first, then breaking changes, then the others, by
area, ready to paste into a pull request; or as JSON. Several OLD documents
are read as one API (the vendor publishes one document per product).

Exit code: 0; 1 with `--fail-on-breaking` when a change breaks code that
calls the SDK; 2 when an input cannot be read (or the command line is
wrong); 3 for a bug of ours, in one line, so CI never reads a crash as a
verdict on the spec.
"""

from __future__ import annotations

import argparse
import sys

from .diff_compare import compare
from .diff_inputs import InputError, load_documents
from .diff_report import as_json, label, markdown
from .diff_rules import rules_markdown

DEFAULT_NEW = "spec/openapi.yaml"
INTERNAL_ERROR = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator diff",
        description=(
            "Report what changes between OpenAPI documents for code that calls the SDK: "
            "methods, arguments, model fields, pagination, retries, webhook event types "
            "and error codes, each naming a rule that says whether it is breaking "
            "(--rules lists them). Operations are matched by HTTP method and path."
        ),
        epilog=(
            "With one document, it is OLD and NEW is %s. With several, the last is NEW "
            "and the others are OLD, read as one API (the vendor's per-product documents): "
            "a path in two of them is an error. A document is the root YAML of a split "
            "spec, a bundled JSON document, or git:REV (this repository's spec/ at REV, "
            "e.g. git:HEAD)." % DEFAULT_NEW
        ),
    )
    parser.add_argument("documents", metavar="DOCUMENT", nargs="*", help="OLD... [NEW]")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking"
    )
    parser.add_argument(
        "--rules", action="store_true", help="print the rules (Markdown, as docs/diff-rules.md)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.rules:
        print(rules_markdown(), end="")
        return 0
    if not args.documents:
        parser.error("name at least the OLD document")
    olds, new = (args.documents[:-1], args.documents[-1])
    if len(args.documents) == 1:
        olds, new = args.documents, DEFAULT_NEW
    try:
        return _run(olds, new, args.format, args.fail_on_breaking)
    except InputError as exc:
        print(f"python -m generator diff: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("python -m generator diff: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours, not a verdict: one line, no traceback
        from .__main__ import _origin

        print(
            f"internal error of the diff ({type(exc).__name__}{_origin(exc)}): {exc}. "
            "Please report it with the documents that caused it.",
            file=sys.stderr,
        )
        return INTERNAL_ERROR


def _run(olds: list[str], new: str, form: str, fail_on_breaking: bool) -> int:
    changes = compare(load_documents(olds), load_documents([new]))
    if form == "json":
        print(as_json(changes))
    else:
        print(markdown(changes, label(olds), label([new])), end="")
    return 1 if fail_on_breaking and any(c.breaking for c in changes) else 0
