"""Shared helpers of the benchmarks: paths, the spec's example bodies, statistics."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV_PY = ROOT / ".venv" / "bin" / "python"
BUNDLED = ROOT / "generated" / "openapi.json"

BASE_URL = "https://api.flashcat.cloud"
INCIDENT_ID = "69da451ef77b1b51f40e83ee"
START_TIME, END_TIME = 1775900000, 1775990000
LIST_ITEMS = 20


def _example(document: dict, path: str) -> dict:
    op = document["paths"][path]["post"]
    return op["responses"]["200"]["content"]["application/json"]["example"]


def bodies() -> dict[str, bytes]:
    """Response bodies the mock transport answers with: the spec's example of
    /incident/info, and a 20-item /incident/list page built from that incident."""
    document = json.loads(BUNDLED.read_text(encoding="utf-8"))
    info = _example(document, "/incident/info")
    page = _example(document, "/incident/list")
    items = []
    for i in range(LIST_ITEMS):
        item = json.loads(json.dumps(info["data"]))
        item["incident_id"] = f"{INCIDENT_ID[:-4]}{i:04x}"
        item["title"] = f"{item['title']} #{i}"
        items.append(item)
    listing = {
        "request_id": page["request_id"],
        "data": {**page["data"], "items": items},
    }
    return {
        "info": json.dumps(info, separators=(",", ":")).encode(),
        "list": json.dumps(listing, separators=(",", ":")).encode(),
    }


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    """min–max of the runs, for judging noise."""
    return f"{min(values):.3g}–{max(values):.3g}"
