"""Keeping keys out of everything a user might print or log."""

from __future__ import annotations

import re

SECRET_PARAMS = ("app_key", "integration_key")
_QUERY_SECRET = re.compile(
    r"((?:^|[?&;\s\"'])(?:%s)=)[^&#\s\"'<>]*" % "|".join(SECRET_PARAMS), re.IGNORECASE
)


def redact(text: object, *secrets: str | None) -> str:
    """`text` with secret query values and any of `secrets` replaced by ***."""
    out = _QUERY_SECRET.sub(r"\1***", str(text))
    for secret in secrets:
        if secret:
            out = out.replace(secret, "***")
    return out


def mask(secret: str | None) -> str:
    """How a key appears in a repr: present or not, never its value."""
    return "None" if not secret else "'***'"
