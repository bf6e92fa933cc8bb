"""The spec's own examples, read from the bundled contract in generated/."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, RootModel

from generator.ir import argument_name, py_name

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


def method_of(client: Any, operation_id: str) -> Any:
    """The client method of an operation: "incidents.info" -> client.incidents.info."""
    target = client
    for segment in operation_id.split("."):
        target = getattr(target, py_name(segment))
    return target


TRIGGER_TOKEN = "trigger-token-0123456789"  # a fake one, for operations that take it


def arguments(op: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(keyword arguments for the method, what the server should receive)."""
    wire: dict[str, Any] = {}
    names: dict[str, str] = {}
    for param in op.get("parameters") or []:
        value = param.get("example", param.get("schema", {}).get("example"))
        if value is not None:
            wire[param["name"]] = value
            names[param["name"]] = argument_name(param)
    content = (op.get("requestBody") or {}).get("content") or {}
    if op.get("x-body-name"):  # the body is an array carried by one argument
        example = content["application/json"]["example"]
        return {py_name(op["x-body-name"]): example}, {"": example}
    for media, entry in content.items():
        wire.update(entry.get("example") or {})
        if media == "multipart/form-data":
            for name, prop in (entry.get("schema", {}).get("properties") or {}).items():
                if prop.get("format") == "binary" and name not in wire:
                    wire[name] = b"col1,col2\n1,2\n"
    kwargs = {names.get(k) or py_name(k): v for k, v in wire.items()}
    if any("IntegrationKey" in req for req in op.get("security") or []):
        kwargs["integration_key"] = "int-key-0123456789"
    if any("AutomationTriggerToken" in req for req in op.get("security") or []):
        kwargs["trigger_token"] = TRIGGER_TOKEN
    return kwargs, wire


def wire(value: Any) -> Any:
    """A result back in wire form, to compare with the answer it was read
    from: the fields it carries (set, or kept as sent), by wire name."""
    if isinstance(value, RootModel):
        return wire(value.root)
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        out = {
            (fields[name].alias or name): wire(getattr(value, name))
            for name in value.model_fields_set
            if name in fields
        }
        out.update({k: wire(v) for k, v in (value.model_extra or {}).items()})
        return out
    if isinstance(value, list):
        return [wire(v) for v in value]
    if isinstance(value, dict):
        return {k: wire(v) for k, v in value.items()}
    return value


ZEROS: tuple[Any, ...] = ("", 0, 0.0, False, [], {})


def read_alike(got: Any, sent: Any) -> bool:
    """`got` is what the client read from `sent`: the same, but a null reads
    as the zero value of its field."""
    if sent is None and any(got == z and type(got) is type(z) for z in ZEROS):
        return True
    if isinstance(sent, dict) and isinstance(got, dict):
        return got.keys() == sent.keys() and all(read_alike(got[k], sent[k]) for k in sent)
    if isinstance(sent, list) and isinstance(got, list):
        return len(got) == len(sent) and all(map(read_alike, got, sent))
    return bool(got == sent and type(got) is type(sent)) or (
        isinstance(sent, (int, float)) and not isinstance(sent, bool) and got == sent
    )
