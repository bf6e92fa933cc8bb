"""Text the other side chose, made fit for a log line or an exception message.

A server (or whoever posts to a webhook) picks request IDs, error messages,
header values and JSON keys. Written as they are, a line break forges a
whole log line of its own, an escape sequence rewrites the terminal, a lone
surrogate breaks the log handler's encoding, and a megabyte of text makes a
megabyte log line. `shown()` escapes all of those and keeps at most `limit`
characters of the value, saying how many more there were.

Only what is shown is bounded: attributes keep the whole value where a
caller asks for it (`APIError.message`), or a bounded prefix where the value
is raw bytes (`APIResponseError.body`)."""

from __future__ import annotations

import re

# Characters of one server-chosen value in a log line or an exception text.
SHOWN = 500
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    if char in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object, limit: int = SHOWN) -> str:
    """`value` as text fit to show: control characters, line and paragraph
    separators and lone surrogates escaped (`\\n`, `\\x1b`, `\\ud800`), cut
    to `limit` characters with the number left out."""
    text = value if isinstance(value, str) else str(value)
    more = len(text) - limit
    if more > 0:
        text = text[:limit]
    text = _UNSAFE.sub(_escape, text)
    return f"{text}... ({more:,} more characters)" if more > 0 else text
