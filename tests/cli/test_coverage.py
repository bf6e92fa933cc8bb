"""Every operation of the spec is a command with every argument as an
option, read from the bundled spec (not from the CLI's own data); and each
operation's request example, typed as options, reaches the server as that
example."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import click
import pytest

from flashduty._cli._app import cli as root
from generator.ir import argument_name, py_name

from ..examples import TRIGGER_TOKEN, arguments, document, operations, response_example
from ..server import Reply, envelope
from .conftest import Cli

OPS = sorted(operations(), key=lambda o: str(o[2]["operationId"]))
OWN = {"configure", "login", "config", "completion", "webhooks"}


def _kebab(name: str) -> str:
    return name.strip("_").replace("_", "-")


def _resolve(schema: Any) -> dict[str, Any]:
    doc = document()
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema if isinstance(schema, dict) else {}


def _names(op: dict[str, Any]) -> dict[str, str]:
    """Wire name -> the option's name (the Python argument's): a parameter's
    `x-argument` (a header's lower-cased name), a field's snake case."""
    names = {p["name"]: argument_name(p) for p in map(_resolve, op.get("parameters") or [])}
    for wire in _fields(op):
        names.setdefault(wire, py_name(wire))
    return names


def _fields(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Wire name -> schema of every argument: query parameters, body fields, own keys."""
    out = {p["name"]: p.get("schema") or {} for p in map(_resolve, op.get("parameters") or [])}
    for media in ((op.get("requestBody") or {}).get("content") or {}).values():
        body = _resolve(media.get("schema"))
        for part in [body, *map(_resolve, body.get("allOf") or [])]:
            out.update(part.get("properties") or {})
    if any("IntegrationKey" in req for req in op.get("security") or []):
        out["integration_key"] = {"type": "string"}
    out.update({name: {"type": "string"} for name in _own_secrets(op)})
    return out


def _own_secrets(op: dict[str, Any]) -> list[str]:
    """The arguments of the operation's own bearer secrets (`x-argument` of a scheme)."""
    schemes = document()["components"]["securitySchemes"]
    return [
        schemes[name]["x-argument"]
        for req in op.get("security") or []
        for name in req
        if "x-argument" in schemes[name]
    ]


def _scalar_type(schema: dict[str, Any]) -> Any:
    """The JSON type of a schema, a nullable one (`[string, "null"]`) as its scalar."""
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if len(kinds) == 1 else kinds
    return kind


def _located(op: dict[str, Any], place: str) -> list[str]:
    return [p["name"] for p in map(_resolve, op.get("parameters") or []) if p["in"] == place]


def _command(path: list[str]) -> click.Command:
    command: click.Command | None = root
    for name in path:
        assert isinstance(command, click.Group), path
        command = command.get_command(click.Context(command), name)
        assert command is not None, f"no command {' '.join(path)}"
    assert command is not None
    return command


def _path(op: dict[str, Any]) -> list[str]:
    return [_kebab(s) for s in str(op["operationId"]).split(".")]


def test_one_command_per_operation() -> None:
    def count(group: click.Group) -> int:
        total = 0
        for name in group.list_commands(click.Context(group)):
            command = group.get_command(click.Context(group), name)
            total += count(command) if isinstance(command, click.Group) else 1
        return total

    groups = [n for n in root.list_commands(click.Context(root)) if n not in OWN]
    commands = [_command([g]) for g in groups]
    assert sum(count(c) for c in commands if isinstance(c, click.Group)) == len(OPS) > 250


@pytest.mark.parametrize("op", [o[2] for o in OPS], ids=lambda op: str(op["operationId"]))
def test_every_argument_is_an_option(op: dict[str, Any]) -> None:
    command = _command(_path(op))
    options = {o for p in command.params for o in [*p.opts, *p.secondary_opts]}
    names = [p.name for p in command.params]
    assert len(names) == len(set(names)), f"two options share a destination: {names}"
    if op.get("x-body-name"):
        assert "--data" in options
        return
    for wire, name in _names(op).items():
        assert "--" + _kebab(name) in options, f"no option for {wire}"


def _argv(op: dict[str, Any], example: Any, tmp: Path) -> list[str]:
    fields, names = _fields(op), _names(op)
    argv = _path(op)
    if op.get("x-body-name"):
        return [*argv, "--data", json.dumps(example)]
    for wire, value in example.items():
        schema = _resolve(fields.get(wire))
        option = "--" + _kebab(names.get(wire, wire))
        if schema.get("format") == "binary":
            file = tmp / wire
            file.write_bytes(b"col1,col2\n1,2\n")
            argv += [option, str(file)]
        elif isinstance(value, bool):
            argv.append(option if value else f"--no-{option[2:]}")
        elif isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            scalar = _resolve(schema.get("items")).get("type") in ("string", "integer", "number")
            if scalar and value:
                for item in value:  # the repeated form; test_parsing has commas
                    argv += [option, str(item)]
            elif not scalar:
                argv += [option, json.dumps(value)]
        elif isinstance(value, (dict, list)) or _scalar_type(schema) not in (
            "string",
            "integer",
            "number",
            None,
        ):
            argv += [option, json.dumps(value)]
        else:
            argv += [option, str(value)]
    return argv


@pytest.mark.parametrize("op", [o[2] for o in OPS], ids=lambda op: str(op["operationId"]))
def test_the_request_example_as_options_reaches_the_server(
    cli: Cli, op: dict[str, Any], tmp_path: Path
) -> None:
    path, method = next((p, m) for p, m, o in OPS if o is op)
    _, example = arguments(op)
    if op.get("x-body-name"):
        example = example[""]
    elif any("IntegrationKey" in req for req in op.get("security") or []):
        example = {"integration_key": "int-key-0123456789", **example}
    secrets = _own_secrets(op)
    if secrets:
        example = {**{name: TRIGGER_TOKEN for name in secrets}, **example}
    answer = response_example(str(op["operationId"]))
    if isinstance(answer, dict):
        reply = Reply(
            body=json.dumps(answer).encode(), headers={"Content-Type": "application/json"}
        )
    elif isinstance(answer, str) and "application/x-ndjson" in op["responses"]["200"]["content"]:
        reply = Reply(body=answer.encode(), headers={"Content-Type": "application/x-ndjson"})
    else:
        reply = envelope(None)
    for name in _located(op, "path"):  # the server sees the path filled in
        path = path.replace("{" + name + "}", quote(str(example[name]), safe=""))
    cli.server.script(path, reply)
    result = cli(*_argv(op, example, tmp_path))
    assert result.code == 0, (result.stdout, result.stderr)
    seen = cli.server.seen[-1]
    assert seen.path == path and seen.method == method.upper()
    if isinstance(answer, str) and reply.headers["Content-Type"] == "application/x-ndjson":
        # A stream's records, one JSON line each, as the server sent them.
        records = [json.loads(line) for line in answer.splitlines() if line.strip()]
        assert [json.loads(line) for line in result.stdout.splitlines()] == records
    for name in secrets:  # sent as the bearer token only, and never shown
        assert seen.headers.get("Authorization") == f"Bearer {TRIGGER_TOKEN}"
        assert "app_key" not in seen.query
        assert TRIGGER_TOKEN not in result.stdout + result.stderr
        example.pop(name)
    for name in _located(op, "path"):
        example.pop(name)
    for name in _located(op, "header"):
        assert seen.headers.get(name) == str(example.pop(name)), name
    sent: dict[str, Any] = {k: v[0] if len(v) == 1 else v for k, v in seen.query.items()}
    sent.pop("app_key", None)
    content_type = seen.headers.get("Content-Type") or ""
    if content_type.startswith("application/json"):
        body = seen.json()
        if op.get("x-body-name"):
            assert body == example
            return
        sent.update(body)
    query = {p["name"] for p in map(_resolve, op.get("parameters") or [])} | {"integration_key"}
    for wire, value in example.items():
        if content_type.startswith("multipart/") and wire not in query:
            assert wire.encode() in seen.body
            continue
        got = sent.get(wire)
        if wire in query and not isinstance(value, str):
            got = json.loads(got) if isinstance(got, str) else got
        assert got == value, f"{wire}: sent {got!r}, the example has {value!r}"
