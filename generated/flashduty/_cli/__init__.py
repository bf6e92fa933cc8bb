"""The `flashduty` command line, generated from the same spec as the SDK.

Its libraries are the `cli` extra (`pip install 'flashduty[cli]'`); the SDK
itself never imports this package. Commands are data modules loaded only
when one of their group's commands runs, so start-up stays small."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    try:
        from ._app import run
    except ImportError as exc:  # click, the extra's library, is missing
        if exc.name != "click":
            raise
        print(
            "error: the command line needs its extra: pip install 'flashduty[cli]'",
            file=sys.stderr,
        )
        sys.exit(2)
    run(argv)
