"""The vendor's documented answers and webhook payloads, read verbatim from
../shared/reference at test time: evidence of what the server sends. They
are never copied into the repository nor edited to fit our schema."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from .examples import ROOT, operations

# A git worktree sits one level deeper than the main checkout: point
# FLASHDUTY_REFERENCE at the reference folder there.
DOCS = Path(os.environ.get("FLASHDUTY_REFERENCE") or ROOT.parent / "shared" / "reference")
DOCS = DOCS / "flashduty-docs"
WEBHOOK_PAGES = ("incident-webhook.mdx", "alert-webhook.mdx", "custom-actions.mdx")


# The May 2026 document and the vendor's five newer ones (on-call, monitors,
# platform, rum, AI SRE): an operation documented in both is replayed from each.
DOCUMENTS = (
    "openapi.en.json",
    "current/on-call.openapi.en.json",
    "current/monitors.openapi.en.json",
    "current/platform.openapi.en.json",
    "current/rum.openapi.en.json",
    "current/safari.openapi.en.json",
)


def available() -> bool:
    return all((DOCS / name).is_file() for name in DOCUMENTS)


@lru_cache(maxsize=None)
def vendor_document(name: str = "openapi.en.json") -> dict[str, Any]:
    return json.loads((DOCS / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def documented_answers() -> Iterator[tuple[str, str, str, Any]]:
    """(document, METHOD, path, body) of every 200 answer the vendor documents
    as JSON (NDJSON and other streams are not JSON documents: left out)."""
    for name in DOCUMENTS:
        for path, item in vendor_document(name)["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict):
                    continue
                content = (op.get("responses", {}).get("200") or {}).get("content") or {}
                for media, entry in content.items():
                    if "json" not in media or "ndjson" in media:
                        continue
                    if "example" in entry:
                        yield name, method.upper(), path, entry["example"]
                    for example in (entry.get("examples") or {}).values():
                        if "value" in example:
                            yield name, method.upper(), path, example["value"]


def replayable() -> list[tuple[str, str, str, dict[str, Any], Any]]:
    """(case id, METHOD, path, our operation, the vendor's body) for every
    documented answer of an operation this package has; the case id is the
    operationId, then the document (and a number when it shows several)."""
    ours = {(method.upper(), path): op for path, method, op in operations()}
    found = []
    seen: dict[str, int] = {}
    for name, method, path, body in documented_answers():
        op = ours.get((method, path))
        if op is not None:
            case = f"{op['operationId']}@{name.removeprefix('current/').split('.')[0]}"
            seen[case] = seen.get(case, 0) + 1
            if seen[case] > 1:
                case += f"#{seen[case]}"
            found.append((case, method, path, op, body))
    return sorted(found, key=lambda f: f[0])


def webhook_payloads() -> list[tuple[str, str]]:
    """(page, body) of every payload the webhook pages show being delivered
    (the `-d '...'` of their curl examples), as the raw text."""
    found = []
    for page in WEBHOOK_PAGES:
        text = (DOCS / page).read_text(encoding="utf-8")
        found += [(page, m[1]) for m in re.finditer(r"-d '(\{.*?\})'", text, re.S)]
    return found
