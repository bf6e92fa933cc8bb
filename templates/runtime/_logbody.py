"""What a debug log line may show of a request or an answer: bounded, on one
line, and with every credential hidden, including keys the API hands out in
its answers (a new app key, a rotated integration key)."""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

from ._redact import redact
from ._sanitize import shown

LOG_BODY_LIMIT = 2000  # characters of a body a log line shows
LOG_HEADERS_LIMIT = 40  # headers an error keeps
LOG_HEADER_VALUE_LIMIT = 256

# Field names whose values are credentials wherever they appear in a body:
# `key` (a new app key), `integration_key`, `*_token`, `secret`, ...
_SECRET_FIELD = re.compile(
    r"^(key|secret|password|token|authorization|cookie)$|(_key|_token|_secret|_password)$",
    re.IGNORECASE,
)
_NOT_SECRET = frozenset({"alert_key", "change_key", "dedup_key"})  # identifiers, not credentials
_BINARY_KINDS = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = frozenset(
    {"application/octet-stream", "application/zip", "application/gzip", "application/pdf"}
)
_SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})


def _hidden(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: "***" if _secret_field(k) and v not in (None, "") else _hidden(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_hidden(v) for v in value]
    return value


def _secret_field(name: object) -> bool:
    return isinstance(name, str) and name not in _NOT_SECRET and bool(_SECRET_FIELD.search(name))


def one_line(text: str, limit: int = LOG_BODY_LIMIT) -> str:
    """`text` fit for one log line: control characters, line separators and
    lone surrogates escaped (so that no value starts a line of its own, nor
    rewrites a terminal), at most `limit` characters and a count of the rest."""
    return shown(text, limit)


def describe_body(content: bytes, content_type: str, secrets: tuple[str, ...]) -> str:
    """A body as a log line shows it: JSON with credential fields hidden,
    other text escaped, a binary file by its size; never more than
    LOG_BODY_LIMIT characters."""
    if not content:
        return "(empty)"
    # The server chose it: a line's worth at most.
    kind = content_type.split(";")[0].strip().lower()[:100] or "unknown type"
    looks_json = "json" in kind or content.lstrip()[:1] in (b"{", b"[")
    if looks_json and len(content) <= 4 * 1024 * 1024:  # larger: not worth parsing to log
        try:
            value = json.loads(content)
        except (ValueError, RecursionError):
            pass
        else:
            text = json.dumps(_hidden(value), ensure_ascii=False, separators=(",", ":"))
            # (json.dumps leaves U+2028, C1 controls and lone surrogates as they are)
            return one_line(redact(text, *secrets))
    if not kind.startswith(_BINARY_KINDS) and kind not in _BINARY_TYPES:
        head = content[: LOG_BODY_LIMIT * 4].decode("utf-8", "replace")
        text = one_line(redact(head, *secrets))
        return text if len(content) <= LOG_BODY_LIMIT * 4 else f"{text} ({len(content):,} bytes)"
    return f"({len(content):,} bytes of {one_line(redact(kind, *secrets), 100)})"


def kept_headers(headers: Mapping[str, str], secrets: tuple[str, ...]) -> dict[str, str]:
    """An answer's headers as an error keeps them: at most LOG_HEADERS_LIMIT,
    values cut to LOG_HEADER_VALUE_LIMIT characters, credentials hidden."""
    kept: dict[str, str] = {}
    for name, value in headers.items():
        if len(kept) >= LOG_HEADERS_LIMIT:
            break
        # Cut, then escaped: a header keeps a plain prefix (a trace ID reads as one).
        name = shown(name.lower()[:LOG_HEADER_VALUE_LIMIT])
        if name in _SECRET_HEADERS:
            value = "***"
        kept[name] = shown(redact(value, *secrets)[:LOG_HEADER_VALUE_LIMIT])
    return kept
