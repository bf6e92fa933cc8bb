"""The vendor's documented answers and webhook payloads, read verbatim from
../shared/reference at test time: evidence of what the server sends. They
are never copied into the repository nor edited to fit our schema."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Iterator

from .examples import ROOT, operations

DOCS = ROOT.parent / "shared" / "reference" / "flashduty-docs"
WEBHOOK_PAGES = ("incident-webhook.mdx", "alert-webhook.mdx", "custom-actions.mdx")


def available() -> bool:
    return (DOCS / "openapi.en.json").is_file()


@lru_cache(maxsize=1)
def vendor_document() -> dict[str, Any]:
    return json.loads((DOCS / "openapi.en.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def documented_answers() -> Iterator[tuple[str, str, Any]]:
    """(METHOD, path, body) of every 200 answer the vendor documents as JSON."""
    for path, item in vendor_document()["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            content = (op.get("responses", {}).get("200") or {}).get("content") or {}
            for media, entry in content.items():
                if "json" not in media:
                    continue
                if "example" in entry:
                    yield method.upper(), path, entry["example"]
                for example in (entry.get("examples") or {}).values():
                    if "value" in example:
                        yield method.upper(), path, example["value"]


def replayable() -> list[tuple[str, str, str, dict[str, Any], Any]]:
    """(operationId, METHOD, path, our operation, the vendor's body) for every
    documented answer of an operation this package has."""
    ours = {(method.upper(), path): op for path, method, op in operations()}
    found = []
    for method, path, body in documented_answers():
        op = ours.get((method, path))
        if op is not None:
            found.append((op["operationId"], method, path, op, body))
    return sorted(found, key=lambda f: f[0])


def webhook_payloads() -> list[tuple[str, str]]:
    """(page, body) of every payload the webhook pages show being delivered
    (the `-d '...'` of their curl examples), as the raw text."""
    found = []
    for page in WEBHOOK_PAGES:
        text = (DOCS / page).read_text(encoding="utf-8")
        found += [(page, m[1]) for m in re.finditer(r"-d '(\{.*?\})'", text, re.S)]
    return found
