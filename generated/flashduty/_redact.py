"""Keeping keys out of everything a user might print or log."""

from __future__ import annotations

import re

SECRET_PARAMS = ("app_key", "integration_key", "access_token")
# A key as a query parameter (app_key=...) or a JSON/YAML-ish field ("app_key": "...").
_PATTERN = r"((?:^|[?&;\s\"'{,])(?:%s)(?:=|[\"']?\s*:\s*[\"']?))[^&#\s\"'<>,}]*" % "|".join(
    SECRET_PARAMS
)
_QUERY_SECRET = re.compile(_PATTERN, re.IGNORECASE)
_QUERY_SECRET_BYTES = re.compile(_PATTERN.encode(), re.IGNORECASE)
# A token as an Authorization header shows it, wherever a server echoes one.
_BEARER = r"(\bBearer\s+)[^\s\"'<>,;}]+"
_BEARER_TEXT = re.compile(_BEARER)  # as servers write it: "the bearer of" stays readable
_BEARER_BYTES = re.compile(_BEARER.encode())
# A quick look first: the full pattern tries a match at every character, ~0.2 s
# a pass over a 50 MB message a server may send; a plain search is ~100x faster.
_MENTION = re.compile("|".join(SECRET_PARAMS), re.IGNORECASE)
_MENTION_BYTES = re.compile("|".join(SECRET_PARAMS).encode(), re.IGNORECASE)
_SHORTEST_PART = 4  # the shortest tail of a cut-off key worth hiding


_SHORT_KEY = 8  # shorter "keys" (tests, mocks) are hidden as whole words only


def redact(text: object, *secrets: str | None) -> str:
    """`text` with secret query values and any of `secrets` replaced by ***."""
    out = str(text)
    if _MENTION.search(out):
        out = _QUERY_SECRET.sub(r"\1***", out)
    if "Bearer" in out:
        out = _BEARER_TEXT.sub(r"\1***", out)
    for secret in filter(None, secrets):
        for form in _forms(secret):
            if form not in out:
                continue
            out = (
                _word(form).sub("***", out)
                if len(secret) < _SHORT_KEY
                else out.replace(form, "***")
            )
    return out


def _forms(secret: str) -> set[str]:
    """A key as text may show it: as is, and URL-encoded (a key with `+`, `/`
    or `&` is sent, and echoed back, percent-encoded)."""
    from urllib.parse import quote, quote_plus

    encoded = {quote(secret, safe=""), quote_plus(secret)}
    lower = {re.sub("%[0-9A-F]{2}", lambda m: m[0].lower(), e) for e in encoded}
    return {secret, *encoded, *lower}


def _word(secret: str) -> re.Pattern[str]:
    """A short key as a word of its own: `any` must not turn "many" into "m***"."""
    return re.compile(r"(?<![\w-])" + re.escape(secret) + r"(?![\w-])")


def redact_bytes(data: bytes, *secrets: str) -> bytes:
    """`redact` for a body, which may have been cut off inside a key: a tail
    that starts a secret is hidden too."""
    out = _QUERY_SECRET_BYTES.sub(rb"\1***", data) if _MENTION_BYTES.search(data) else data
    if b"Bearer" in out:
        out = _BEARER_BYTES.sub(rb"\1***", out)
    for secret in secrets:
        if len(secret) < _SHORT_KEY:
            for form in _forms(secret):
                if form.encode() not in out:
                    continue
                out = re.sub(_word(form).pattern.encode(), b"***", out)
            continue
        for form in _forms(secret):
            out = out.replace(form.encode(), b"***")
        raw = secret.encode()
        for size in range(len(raw) - 1, _SHORTEST_PART - 1, -1):
            if out.endswith(raw[:size]):
                out = out[:-size] + b"***"
                break
    return out


def scrub(error: BaseException, *secrets: str) -> None:
    """Redact, in place, every text an exception carries (its message and
    its attributes: the server's message, body, request id...)."""
    error.args = tuple(redact(a, *secrets) if isinstance(a, str) else a for a in error.args)
    for name, value in list(vars(error).items()):
        if isinstance(value, str):
            setattr(error, name, redact(value, *secrets))
        elif isinstance(value, bytes):
            setattr(error, name, redact_bytes(value, *secrets))


def mask(secret: str | None) -> str:
    """How a key appears in a repr: present or not, never its value."""
    return "None" if not secret else "'***'"
