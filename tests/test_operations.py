"""Every operation of the spec, called once through the sync and the async
client against a local server that answers the spec's own response example:
the request must carry the example's arguments to the right place, and the
result must parse into the method's declared type."""

from __future__ import annotations

import asyncio
import inspect
import json
import warnings
from typing import Any, NamedTuple
from urllib.parse import quote

import pytest

import flashduty

from .conftest import APP_KEY
from .examples import TRIGGER_TOKEN, arguments, method_of, operations, read_alike, wire
from .server import MockServer, Reply, Seen

OPERATIONS = sorted((op["operationId"], path, method, op) for path, method, op in operations())


class Streamed(NamedTuple):
    data: Any
    body: bytes


def answer(op: dict[str, Any]) -> Reply:
    content = op["responses"]["200"]["content"]
    media, entry = next(iter(content.items()))
    if "json" not in media or "ndjson" in media:  # a download or a stream, not the envelope
        return Reply(body=b"id,name\n1,a\n", headers={"Content-Type": media})
    body = entry.get("example")
    if body is None:
        body = {"request_id": "generated"}
    return Reply(body=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


def check_request(
    seen: Seen, path: str, method: str, op: dict[str, Any], wire: dict[str, Any]
) -> None:
    params = {p["name"]: p for p in op.get("parameters") or []}
    for name, param in params.items():
        if param["in"] == "path":
            path = path.replace("{%s}" % name, quote(str(wire[name]), safe=""))
        elif param["in"] == "header":
            assert seen.headers[name] == str(wire[name])
    assert seen.path == path and seen.method == method.upper()
    if any("AutomationTriggerToken" in req for req in op.get("security") or []):
        assert seen.headers["Authorization"] == f"Bearer {TRIGGER_TOKEN}"
        assert "app_key" not in seen.query
    elif any("IntegrationKey" in req for req in op.get("security") or []):
        assert (
            seen.query.get("integration_key") == ["int-key-0123456789"]
            and "app_key" not in seen.query
        )
    elif op.get("security") == []:
        assert "app_key" not in seen.query
    else:
        assert seen.query.get("app_key") == [APP_KEY]
    query = {n for n, p in params.items() if p["in"] == "query"}
    for name in query & set(wire):
        assert name in seen.query, f"{name} should be a query parameter"
    content = (op.get("requestBody") or {}).get("content") or {}
    if "application/json" in content:
        sent = seen.json()
        body_wire = wire[""] if "" in wire else {k: v for k, v in wire.items() if k not in params}
        assert sent == body_wire
    elif "multipart/form-data" in content:
        assert seen.headers["Content-Type"].startswith("multipart/form-data")


def check_result(result: Any, op: dict[str, Any], is_async: bool) -> None:
    content = op["responses"]["200"]["content"]
    if isinstance(result, Streamed):  # an NDJSON operation: the body, or the envelope's data
        result = result.data if "application/json" in content else result.body
    if "application/json" not in content:
        assert result == b"id,name\n1,a\n"
        return
    example = content["application/json"].get("example") or {}
    if op.get("x-envelope") is False:  # the answer is the data itself
        assert read_alike(wire(result), example)
        return
    data = example.get("data")
    if op.get("x-pagination"):
        assert isinstance(result, flashduty.AsyncPage if is_async else flashduty.SyncPage)
        assert len(result.items) == len(data.get(op["x-pagination"]["items"]) or [])
    elif data is None:
        assert result is None or result == []
    elif op.get("x-unwrap"):
        assert result == data.get(op["x-unwrap"])
    else:
        # Fields sent beside `data` (an older form) fill in those of its model.
        beside = {k: v for k, v in example.items() if k not in ("request_id", "data")}
        assert read_alike(wire(result), {**beside, **data} if isinstance(data, dict) else data)


@pytest.mark.parametrize("operation_id,path,method,op", OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_operation_over_http(
    server: MockServer, operation_id: str, path: str, method: str, op: dict[str, Any]
) -> None:
    server.default = lambda seen: answer(op)
    kwargs, wire = arguments(op)
    with warnings.catch_warnings():
        warnings.simplefilter("error" if not op.get("deprecated") else "ignore", DeprecationWarning)
        with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
            result = method_of(client, operation_id)(**kwargs)
            if isinstance(result, flashduty.StreamResponse):
                with result:
                    result = Streamed(result.data, result.read())
        check_request(server.seen[-1], path, method, op, wire)
        check_result(result, op, is_async=False)

        async def call_async() -> Any:
            async with flashduty.AsyncFlashduty(
                app_key=APP_KEY, base_url=server.url, max_retries=0
            ) as aclient:
                outcome = method_of(aclient, operation_id)(**kwargs)
                result = await outcome if inspect.isawaitable(outcome) else outcome
                if isinstance(result, flashduty.AsyncStreamResponse):
                    async with result:
                        return Streamed(result.data, await result.read())
                return result

        result = asyncio.run(call_async())
    check_request(server.seen[-1], path, method, op, wire)
    check_result(result, op, is_async=True)
    assert len(server.seen) == 2


def test_deprecated_operations_warn(server: MockServer) -> None:
    deprecated = [o for o in OPERATIONS if o[3].get("deprecated")]
    if not deprecated:
        pytest.skip("no deprecated operation in the spec")
    operation_id, _, _, op = deprecated[0]
    server.default = lambda seen: answer(op)
    kwargs, _ = arguments(op)
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        with pytest.warns(DeprecationWarning, match=operation_id):
            method_of(client, operation_id)(**kwargs)
