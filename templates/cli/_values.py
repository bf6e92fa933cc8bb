"""Option text to argument values: scalars, lists, JSON or @file, times."""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

_AGE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MS_FROM = 10**11  # a Unix time this large is in milliseconds (seconds would be year 5138)


class BadValue(ValueError):
    """A value that does not fit its option; the message says what was expected."""


def read_text(value: str, what: str) -> str:
    """`@path` is the file's text, `-` standard input, anything else itself."""
    if value == "-":
        return sys.stdin.read()
    if value.startswith("@"):
        try:
            return Path(value[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise BadValue(f"cannot read {value[1:]!r} for {what}: {exc.strerror}") from None
    return value


def parse_json(value: str, what: str) -> Any:
    text = read_text(value, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadValue(f"{what}: not valid JSON ({exc.msg} at position {exc.pos})") from None


def parse_time(value: str, unit: str, now: float | None = None) -> int:
    """A point in time as Unix `unit` ("seconds" or "milliseconds"): a Unix
    number (of either unit, told apart by size), RFC3339, a date (UTC
    midnight), `now`, or an age like `24h` / `7d` / `1h30m` (that long ago)."""
    text = value.strip()
    scale = 1000 if unit == "milliseconds" else 1
    current = time.time() if now is None else now
    if re.fullmatch(r"-?\d+", text):
        number = int(text)
        seconds = number / 1000 if abs(number) >= MS_FROM else number
        return round(seconds * scale)
    if text.lower() == "now":
        return round(current * scale)
    ages = _AGE.findall(text.lower())
    if ages and "".join(f"{n}{u}" for n, u in ages) == re.sub(r"\s+", "", text.lower()):
        seconds = sum(float(n) * _UNITS[u] for n, u in ages)
        return round((current - seconds) * scale)
    try:
        if _DATE.fullmatch(text):
            moment = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
            if moment.tzinfo is None:
                raise BadValue(f"{value!r} has no time zone (add Z or +08:00)")
    except ValueError as exc:
        if isinstance(exc, BadValue):
            raise
        raise BadValue(
            f"{value!r} is not a time: use Unix seconds or milliseconds, RFC3339 "
            "(2026-04-01T08:00:00Z), a date (2026-04-01), now, or an age (30m, 24h, 7d)"
        ) from None
    return round(moment.timestamp() * scale)


def scalar(value: str, spec: dict[str, Any]) -> Any:
    """One value of an option of type str/int/float, checked against its enum."""
    kind = spec["type"]
    if spec.get("time"):
        return parse_time(value, spec["time"])
    try:
        out: Any = int(value) if kind == "int" else float(value) if kind == "float" else value
    except ValueError:
        raise BadValue(
            f"{value!r} is not {'an integer' if kind == 'int' else 'a number'}"
        ) from None
    enum = spec.get("enum")
    if enum and out not in enum:
        raise BadValue(f"{value!r} is not one of {', '.join(map(str, enum))}")
    return out


def convert(raw: Any, spec: dict[str, Any]) -> Any:
    """The argument value of an option as click collected it."""
    kind = spec["type"]
    if kind == "bool":
        return bool(raw)
    if kind == "json":
        if spec.get("any") and raw[:1] not in ("{", "[", "@", "-", '"'):
            try:
                return json.loads(raw)
            except json.JSONDecodeError:
                return raw  # a value of any type: text that is not JSON is that text
        return parse_json(raw, "--" + spec["opt"])
    if kind == "file":
        path = Path(raw)
        if not path.is_file():
            raise BadValue(f"{raw!r} is not a file")
        return path
    if spec.get("list"):
        items: list[Any] = []
        for value in raw:
            if value.lstrip().startswith("["):
                items += [
                    scalar(v if isinstance(v, str) else json.dumps(v), spec)
                    for v in parse_json(value, "--" + spec["opt"])
                ]
            else:
                items += [scalar(v.strip(), spec) for v in value.split(",") if v.strip()]
        return items
    return scalar(raw, spec)
