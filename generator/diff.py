"""`python -m generator diff OLD [NEW]`: what a spec change does to SDK users.

Prints the changes (see diff_compare) as Markdown, breaking ones first and
ready to paste into a pull request, or as JSON. Exit code: 0, or 1 with
`--fail-on-breaking` when a change breaks code that calls the SDK; 2 when an
input cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys

from .diff_compare import Change, compare
from .diff_inputs import InputError, load_document

_SHOWN_ALSO = 3  # other operations named on a shared model's line before "and N more"


def _who(change: Change) -> str:
    if change.method and change.operation:
        return f"`{change.method}` (`{change.operation}`)"
    if change.operation:
        return f"`{change.operation}`"
    return "All operations"


def _also(change: Change) -> str:
    others = [op for op in change.operations if op != change.operation]
    if not others:
        return ""
    named = ", ".join(f"`{op}`" for op in others[:_SHOWN_ALSO])
    more = len(others) - _SHOWN_ALSO
    return f" (also {named}{f' and {more} more' if more > 0 else ''})"


def markdown(changes: list[Change], old: str, new: str) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"## SDK changes: `{old}` → `{new}`", ""]
    if not changes:
        return "\n".join(lines + ["No change for code that calls the SDK.", ""])
    lines += [f"{len(breaking)} breaking, {len(other)} not breaking.", ""]
    for title, group in (("Breaking", breaking), ("Not breaking", other)):
        if group:
            lines += [f"### {title}", ""]
            lines += [f"- {_who(c)}: {c.detail}{_also(c)}" for c in group]
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator diff",
        description=(
            "Report what changes between two OpenAPI documents for code that calls "
            "the SDK: methods, arguments, model fields, pagination, retries, webhook "
            "event types and error codes, each marked breaking or not. Operations are "
            "matched by HTTP method and path."
        ),
    )
    parser.add_argument(
        "old",
        metavar="OLD",
        help="root YAML of a split spec, a bundled JSON document, or git:REV "
        "(this repository's spec/ at REV, e.g. git:HEAD)",
    )
    parser.add_argument(
        "new",
        metavar="NEW",
        nargs="?",
        default="spec/openapi.yaml",
        help="as OLD (default: %(default)s)",
    )
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking"
    )
    args = parser.parse_args(argv)
    try:
        before = load_document(args.old)
        after = load_document(args.new)
    except InputError as exc:
        print(f"python -m generator diff: {exc}", file=sys.stderr)
        return 2
    changes = compare(before, after)
    if args.format == "json":
        print(json.dumps([c.as_json() for c in changes], indent=2, ensure_ascii=False))
    else:
        print(markdown(changes, args.old, args.new), end="")
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0
