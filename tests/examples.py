"""The spec's own examples, read from the bundled contract in generated/."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "generated" / "openapi.json"


@lru_cache(maxsize=1)
def document() -> dict[str, Any]:
    return json.loads(OPENAPI.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document()["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "delete", "patch"):
                yield path, method, op


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, method, op in operations():
        if op["operationId"] == operation_id:
            return path, method, op
    raise KeyError(operation_id)


def response_example(operation_id: str) -> Any:
    _, _, op = operation(operation_id)
    content = op["responses"]["200"]["content"]
    media = content.get("application/json") or next(iter(content.values()))
    return media.get("example")


def request_example(operation_id: str) -> dict[str, Any]:
    _, _, op = operation(operation_id)
    body = op.get("requestBody")
    if body:
        for media in body["content"].values():
            if "example" in media:
                return dict(media["example"])
    params = {}
    for param in op.get("parameters") or []:
        if "example" in param:
            params[param["name"]] = param["example"]
        elif "example" in param.get("schema", {}):
            params[param["name"]] = param["schema"]["example"]
    return params
