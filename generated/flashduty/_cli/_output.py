"""Results to text: table, JSON, JSONL, CSV or YAML, with `--fields`."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from datetime import datetime, timezone
from typing import IO, Any, Iterable, Iterator

FORMATS = ("table", "json", "jsonl", "csv", "yaml")
CELL_WIDTH = 48
# Unix times between 2001 and 2286, in seconds or milliseconds, in a field
# named like a point in time, read as one in tables and CSV.
_TIME_NAME = re.compile(r"(^|_)(time|at|timestamp)$|_time_|^(created|updated)")
_SECONDS = (10**9, 10**10)


def plain(value: Any) -> Any:
    """JSON-ready data of a result: models as the API sends them."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def pick(row: Any, fields: list[str] | None) -> Any:
    """The `fields` of a row (dotted paths into objects, numbers into lists),
    keyed by the path as given; the row itself without `fields`."""
    if not fields:
        return row
    out = {}
    for path in fields:
        value: Any = row
        for part in path.split("."):
            if isinstance(value, dict):
                value = value.get(part)
            elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            else:
                value = None
        out[path] = value
    return out


def is_time(key: str, value: Any) -> bool:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        return False
    name = key.rsplit(".", 1)[-1]
    if not _TIME_NAME.search(name):
        return False
    seconds = value / 1000 if value >= _SECONDS[1] * 10 else value
    return _SECONDS[0] <= seconds < _SECONDS[1]


def cell(key: str, value: Any, width: int | None) -> str:
    """A table or CSV cell: times as RFC3339, objects as compact JSON."""
    if value is None:
        text = ""
    elif is_time(key, value):
        seconds = value / 1000 if value >= _SECONDS[1] * 10 else value
        text = datetime.fromtimestamp(seconds, timezone.utc).isoformat().replace("+00:00", "Z")
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    else:
        text = str(value)
    text = "".join(c if c.isprintable() else " " for c in text)
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def columns(rows: list[Any], fields: list[str] | None) -> list[str]:
    if fields:
        return list(fields)
    seen: dict[str, None] = {}
    for row in rows:
        if isinstance(row, dict):
            seen.update(dict.fromkeys(row))
    return list(seen) or ["value"]


def _row(row: Any) -> dict[str, Any]:
    return row if isinstance(row, dict) else {"value": row}


def color(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never under NO_COLOR."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def table(rows: list[Any], fields: list[str] | None, trunc: bool, stream: IO[str]) -> None:
    width = CELL_WIDTH if trunc else None
    if len(rows) == 1 and isinstance(rows[0], dict) and not fields and len(rows[0]) > 6:
        # One object with many fields reads better as field / value lines.
        rows = [{"field": k, "value": cell(k, v, width)} for k, v in rows[0].items()]
    cols = columns(rows, fields)
    grid = [[cell(c, _row(r).get(c), width) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(line[i]) for line in grid]) for i, c in enumerate(cols)]
    if trunc and stream.isatty():
        widths = fit(widths, shutil.get_terminal_size().columns)
        grid = [[_cut(v, w) for v, w in zip(line, widths)] for line in grid]
        cols = [_cut(c, w) for c, w in zip(cols, widths)]
    head = "  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip()
    if color(stream):
        head = f"\x1b[1m{head}\x1b[0m"
    stream.write(head + "\n")
    for line in grid:
        stream.write("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n")


def fit(widths: list[int], total: int, floor: int = 8) -> list[int]:
    """Column widths narrowed, widest first, until the row fits `total`."""
    out = list(widths)
    while sum(out) + 2 * (len(out) - 1) > total:
        widest = max(range(len(out)), key=lambda i: out[i])
        if out[widest] <= floor:
            break
        out[widest] -= 1
    return out


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def write(
    rows: Iterable[Any],
    fmt: str,
    fields: list[str] | None,
    trunc: bool,
    single: bool,
    stream: IO[str] | None = None,
) -> None:
    """Print `rows` (items as they arrive; `single`: one object, not a list)."""
    stream = stream or sys.stdout
    picked: Iterator[Any] = (pick(plain(r), fields) for r in rows)
    if fmt == "jsonl":
        for row in picked:
            stream.write(dumps(row) + "\n")
            stream.flush()
    elif fmt == "csv":
        import csv

        writer: Any = None
        for row in picked:
            if writer is None:
                cols = columns([row], fields)
                writer = csv.writer(stream, lineterminator="\n")
                writer.writerow(cols)
            writer.writerow([cell(c, _row(row).get(c), None) for c in cols])
            stream.flush()
    elif fmt == "json":
        items = list(picked)
        stream.write(json.dumps(items[0] if single else items, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "yaml":
        import yaml  # type: ignore[import-untyped,unused-ignore]

        items = list(picked)
        stream.write(
            yaml.safe_dump(items[0] if single else items, sort_keys=False, allow_unicode=True)
        )
    else:
        table(list(picked), fields, trunc, stream)


def write_file(result: Any, out: str | None) -> None:
    """A download or a stream as sent: `bytes`, or a streaming answer
    (`write_to()` for a file, `iter_bytes()` for stdout); never a repr."""
    chunks: Iterable[bytes]
    if out and out != "-" and hasattr(result, "write_to"):
        result.write_to(out)  # chunk by chunk, into a file renamed when complete
        return
    if isinstance(result, (bytes, bytearray)):
        chunks = [bytes(result)]
    elif hasattr(result, "iter_bytes"):
        chunks = result.iter_bytes()
    else:
        chunks = [str(result).encode("utf-8")]
    if out and out != "-":
        with open(out, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        return
    for chunk in chunks:
        sys.stdout.buffer.write(chunk)
    sys.stdout.buffer.flush()
