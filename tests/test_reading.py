"""The reading rule, field by field: for every operation whose answer is an
object or a page of objects, each field of the spec's example answer is in
turn left out, sent as null, and sent with another JSON type. By default the
call succeeds and every other field keeps its value; under strict validation
a difference from the spec raises `APIResponseError` naming the field."""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Iterator

import httpx
import pytest
from pydantic import BaseModel, RootModel

import flashduty
from flashduty import _reading
from flashduty._reading import show
from flashduty.types.defs._required import REQUIRED

from .conftest import APP_KEY
from .examples import arguments, method_of, operations, read_alike, wire
from .server import MockServer, Reply

Path = tuple[Any, ...]


def object_answers() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    found = []
    for _, _, op in operations():
        media = op["responses"]["200"]["content"].get("application/json") or {}
        data = (media.get("example") or {}).get("data")
        if isinstance(data, dict) and data and not op.get("x-unwrap"):
            found.append((op["operationId"], op, media["example"]))
    return sorted(found, key=lambda f: f[0])


ANSWERS = object_answers()


def field_paths(node: Any, path: Path) -> Iterator[Path]:
    """Every field of an answer (into the first item of each list)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path + (key,)
            yield from field_paths(value, path + (key,))
    elif isinstance(node, list) and node:
        yield from field_paths(node[0], path + (0,))


def other_type(value: Any) -> Any:
    """A value of another JSON type, that no lax conversion turns back."""
    if isinstance(value, bool):
        return "maybe"
    if isinstance(value, (int, float)):
        return "n/a"
    if isinstance(value, str):
        return 12345
    return "text" if value is not None else 42


def mutated(body: dict[str, Any], path: Path, how: str) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(body))  # a deep copy, faster for JSON
    parent = out
    for part in path[:-1]:
        parent = parent[part]
    if how == "drop":
        del parent[path[-1]]
    elif how == "null":
        parent[path[-1]] = None
    else:
        parent[path[-1]] = other_type(parent[path[-1]])
    return out


def at(value: Any, path: Path) -> Any:
    """The value a read result holds at a wire path."""
    for part in path:
        value = getattr(value, "root", value) if isinstance(value, RootModel) else value
        if isinstance(value, BaseModel):
            fields = type(value).model_fields
            name = next((n for n, f in fields.items() if (f.alias or n) == part), None)
            value = getattr(value, name) if name else (value.model_extra or {})[part]
        else:
            value = value[part]
    return value


def in_union(read: Any, path: Path) -> bool:
    """Whether the object at `path` is the value of a field typed as a union of models."""
    if not path or isinstance(path[-1], int):
        return False
    parent = at(read, path[:-1])
    parent = parent.root if isinstance(parent, RootModel) else parent
    if not isinstance(parent, BaseModel):
        return False
    field = next(
        (f for n, f in type(parent).model_fields.items() if (f.alias or n) == path[-1]), None
    )
    return field is not None and len(_reading._models_in(field.annotation)) > 1


@pytest.mark.parametrize("operation_id,op,example", ANSWERS, ids=[a[0] for a in ANSWERS])
def test_each_field_dropped_nulled_and_retyped(
    caplog: pytest.LogCaptureFixture,
    operation_id: str,
    op: dict[str, Any],
    example: dict[str, Any],
) -> None:
    # 13,000 cases, each read twice: the answers reach the client through
    # httpx's transport interface instead of a socket (the socket's share was
    # half the suite's time here). The same reading is tested over real HTTP
    # on 127.0.0.1 by the evidence replay and the hardening tests.
    body: dict[str, Any] = {}
    content = b""  # the case's body, encoded once for its lenient and strict reads
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=content, headers={"Content-Type": "application/json"}
        )
    )
    kwargs, _ = arguments(op)
    paged = bool(op.get("x-pagination"))
    caplog.set_level(logging.WARNING, logger="flashduty")
    counts = {"drop": 0, "null": 0, "retype": 0}
    with flashduty.Flashduty(
        app_key=APP_KEY,
        base_url="https://api.flashcat.test",
        max_retries=0,
        http_client=httpx.Client(transport=transport),
    ) as client:
        strict = client.with_options(strict_response_validation=True)
        for path in field_paths(example["data"], ("data",)):
            for how in counts:
                body = mutated(example, path, how)
                content = json.dumps(body).encode()
                caplog.clear()
                _reading._warned.clear()  # each case may warn afresh
                result = method_of(client, operation_id)(**kwargs)
                # (a stream answered with the JSON envelope holds its data, read whole)
                streamed = isinstance(result, flashduty.StreamResponse)
                read = result.data if paged or streamed else result
                # Fields sent beside `data` (an older form of the answer) fill in
                # those of its model that `data` did not carry.
                beside = {k: v for k, v in body.items() if k not in ("request_id", "data")}
                assert read_alike(
                    wire(read), {**beside, **body["data"]}
                ), f"{how} {show(path)}: other fields changed"
                counts[how] += 1
                required = path[-1] in REQUIRED.get(type(at(read, path[1:-1])).__name__, ())
                if how == "drop":
                    differs = required
                elif how == "null":  # fine for a list, a map or an object; not for a scalar
                    differs = at(read, path[1:]) not in (None, [], {})
                else:  # kept as sent, with a warning, unless the field's type takes it
                    differs = "kept as sent" in caplog.text  # the one field changed in this case
                if in_union(read, path[1:-1]):
                    # Inside a union of objects, another member may fit what was sent (JSON
                    # Schema's anyOf): strict fails only when none does, naming the union.
                    try:
                        method_of(strict, operation_id)(**kwargs)
                    except flashduty.APIResponseError as exc:
                        assert show(path[:-1]) in str(exc)
                elif differs:
                    with pytest.raises(
                        flashduty.APIResponseError, match=re.escape(show(path)) + r"\b"
                    ):
                        method_of(strict, operation_id)(**kwargs)
                else:
                    method_of(strict, operation_id)(**kwargs)
    assert APP_KEY not in caplog.text
    print(f"reading {operation_id}: {counts}")


def test_maps_inside_a_list_are_read_value_by_value(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    """`custom_links` is a list of string maps: a null inside one reads as "",
    a null map as {}, a value of another type is kept as sent with one
    warning; strict names the value itself."""
    links: list[Any] = [{"key": None, "value": "https://a"}, None, {"key": 7}]
    page: dict[str, Any] = {"page_id": 1, "name": "n", "url_name": "u", "type": "public"}
    page["custom_links"] = links
    body = {"request_id": "r1", "data": page}
    server.default = lambda seen: Reply(
        body=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    caplog.set_level(logging.WARNING, logger="flashduty")
    _reading._warned.clear()
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        read = client.status_pages.info(page_id=1)
        assert read.custom_links == [{"key": "", "value": "https://a"}, {}, {"key": 7}]
        assert "data.custom_links[]{}: a value of another type (got int)" in caplog.text
        strict = client.with_options(strict_response_validation=True)
        with pytest.raises(flashduty.APIResponseError, match=r"data\.custom_links\[0\]\.key: null"):
            strict.status_pages.info(page_id=1)
        links[0]["key"] = "k"
        with pytest.raises(
            flashduty.APIResponseError, match=r"data\.custom_links\[2\]\.key: a val"
        ):
            strict.status_pages.info(page_id=1)
