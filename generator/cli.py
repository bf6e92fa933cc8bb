"""The command line, a second product of the IR: one command per operation,
grouped by resource, as data (a JSON file per top-level resource, read
only when one of its commands runs) beside the static CLI runtime of
templates/cli/, and the command reference (cli.md).

This is the only module of the CLI that reads the IR. It uses: Api.resources;
Resource.path, .operations, .children; Operation.operation_id, .name,
.http_method, .path, .summary, .description, .params, .kind, .deprecated,
.replaced_by, .auth; Param.name, .wire, .type, .required, .description,
.location ("secret", "root"), .unix_time; ir.py_name; and, in `_shape`
alone, the pytypes classes Builtin.name, LiteralOf.values, Generic.origin /
.item, Union.parts and the constants ANY, NONE, DATETIME, FILE, BYTES.
Defaults and the request example come from the bundled document (by path
and method)."""

from __future__ import annotations

import json
import re
from typing import Any

from .ir import Api, Operation, Param, Resource, py_name
from .problems import Problems, join
from .pytypes import (
    ANY,
    BYTES,
    DATETIME,
    ENUM_VALUE,
    FILE,
    NONE,
    Builtin,
    Generic,
    LiteralOf,
    Union,
)
from .runtime import TEMPLATES
from .reader import body_media
from .schemas import deref, object_properties

CLI_TEMPLATES = TEMPLATES / "cli"
PROG = "flashduty"

# The CLI's own options on every command, and what each becomes on an
# operation that has an argument of the same option name: the argument
# keeps its name, the CLI's option moves aside.
OWN_OPTIONS = ("output", "fields", "no-trunc", "all", "max-items", "data", "out", "null")
RENAMED = {"fields": "select"}
# Commands of the CLI itself, beside the resources' groups (templates/cli/_app.py).
OWN_COMMANDS = ("configure", "login", "config", "completion", "webhooks")


def kebab(name: str) -> str:
    return name.strip("_").replace("_", "-")


def own_options(params: list[str]) -> dict[str, str]:
    """The CLI's option names on a command whose arguments have `params` as
    option names: `fields` -> `select`, any other -> `cli-NAME`."""
    taken = set(params)
    out = {}
    for name in OWN_OPTIONS:
        if name in taken:
            name_ = RENAMED.get(name, "cli-" + name)
            out[name] = name_
        else:
            out[name] = name
    return out


def _shape(t: Any) -> dict[str, Any]:
    """How the command line reads an argument of type `t`: `type` one of
    str/int/float/bool/json/file, `list` for repeated scalars, `enum` values,
    `nullable` when None (JSON null) is a value of its own."""
    if isinstance(t, Union):
        # A datetime or a read-back enum value (EnumValue) is typed as the number or literal.
        parts = [p for p in t.parts if p not in (NONE, DATETIME, ENUM_VALUE)]
        null = {"nullable": True} if NONE in t.parts else {}
        if len(parts) == 1:
            return {**_shape(parts[0]), **null}
        return {"type": "json", **null}
    if t == FILE or t == BYTES:
        return {"type": "file"}
    if isinstance(t, Builtin) and t.name in ("str", "int", "float", "bool"):
        return {"type": t.name}
    if isinstance(t, LiteralOf):
        kinds = {type(v).__name__ for v in t.values}
        base = kinds.pop() if len(kinds) == 1 else "str"
        return {"type": base if base in ("str", "int", "float") else "str", "enum": list(t.values)}
    if isinstance(t, Generic) and t.origin in ("List", "Sequence", "SequenceNotStr"):
        inner = _shape(t.item)
        if inner["type"] in ("str", "int", "float") and "list" not in inner:
            return {**inner, "list": True}
        return {"type": "json"}
    if t == ANY:
        return {"type": "json", "any": True}  # JSON if it parses, else the text
    return {"type": "json"}


def _body_schema(doc: dict[str, Any], op: Operation) -> tuple[dict[str, Any], Any]:
    """(properties of the request body, its example) from the bundled document."""
    raw = ((doc.get("paths") or {}).get(op.path) or {}).get(op.http_method.lower()) or {}
    example: dict[str, Any] = {}
    for param in (deref(doc, p) for p in raw.get("parameters") or []):
        value = param.get("example", (param.get("schema") or {}).get("example"))
        if value is not None:
            example[param["name"]] = value
    content = (deref(doc, raw.get("requestBody") or {}) or {}).get("content") or {}
    media = body_media(content)
    if not media:
        return {}, example
    props, _ = object_properties(doc, media[1].get("schema") or {})
    body = media[1].get("example")
    if isinstance(body, dict):
        return props, {**example, **body}
    return props, body if body is not None else example


def _flag(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if re.fullmatch(r"[\w.,:@/+-]+", text):
        return text
    return "'" + text.replace("'", "'\\''") + "'"


def _example(command: list[str], options: dict[str, dict[str, Any]], example: Any) -> str:
    words = [PROG, *command]
    if isinstance(example, dict):
        for wire, value in example.items():
            option = options.get(wire)
            if option is None or option["type"] == "file":
                continue
            if option.get("list") and isinstance(value, list):
                if value:
                    words.append(f"--{option['opt']} " + ",".join(_flag(v) for v in value))
            elif option["type"] == "bool":
                words.append(f"--{'' if value else 'no-'}{option['opt']}")
            else:
                words.append(f"--{option['opt']} {_flag(value)}")
    elif isinstance(example, list):
        words.append("--data " + _flag(example))
    return " ".join(words)


def _param(param: Param, props: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "opt": kebab(param.name),
        "name": param.name,
        "wire": param.wire,
        **_shape(param.type),
        "required": param.required,
        "help": " ".join(param.description.split()),
    }
    if param.unix_time:
        out["time"] = param.unix_time
    if param.location == "secret":
        out["secret"] = True
    if param.location == "root":
        out["root"] = True
    schema = deref(doc, props.get(param.wire)) if param.wire in props else {}
    if isinstance(schema, dict) and "default" in schema:
        out["default"] = schema["default"]
    return out


def _command(
    resource: Resource, op: Operation, doc: dict[str, Any], problems: Problems
) -> dict[str, Any]:
    props, example = _body_schema(doc, op)
    params = [_param(p, props, doc) for p in op.params]
    own = own_options([p["opt"] for p in params])
    clash = (set(own.values()) | {"help"}) & {p["opt"] for p in params}
    if clash:
        problems.add(
            join("/paths", op.path, op.http_method.lower()),
            f"{op.operation_id}: the command line's options {sorted(clash)} collide with arguments",
        )
    path = [kebab(p) for p in resource.path]
    name = kebab(op.name)
    by_wire = {p["wire"]: p for p in params}
    spec: dict[str, Any] = {
        "operation": op.operation_id,
        "sdk": [py_name(s) for s in resource.path],
        "method": op.name,
        "summary": " ".join(op.summary.split()),
        "description": op.description.strip(),
        "http": f"{op.http_method} {op.path}",
        "kind": op.kind,
        "auth": op.auth.mode,
        "params": params,
        "own": {k: v for k, v in own.items() if k != v},
        "example": _example([*path, name], by_wire, example),
    }
    ids = _positional(params)
    if ids:
        spec["positional"] = ids
    if op.deprecated:
        spec["deprecated"] = _replacement(op.replaced_by)
    return spec


def _positional(params: list[dict[str, Any]]) -> str | None:
    """The argument that ids given without an option fill (`incidents ack ID...`):
    the only required one, when it is an id or a list of ids."""
    required = [p for p in params if p["required"] and not p.get("secret")]
    if len(required) != 1 or required[0]["type"] not in ("str", "int"):
        return None
    p = required[0]
    if (
        p["wire"].endswith("_ids")
        and p.get("list")
        or p["wire"].endswith("_id")
        and not p.get("list")
    ):
        return str(p["name"])
    return None


def _replacement(operation_id: str | None) -> str:
    if not operation_id:
        return ""
    *groups, method = operation_id.split(".")
    return " ".join([PROG, *(kebab(g) for g in groups), kebab(method)])


def _tree(resource: Resource, doc: dict[str, Any], problems: Problems) -> dict[str, Any]:
    return {
        "commands": {
            kebab(op.name): _command(resource, op, doc, problems) for op in resource.operations
        },
        "groups": {kebab(c.path[-1]): _tree(c, doc, problems) for c in resource.children},
    }


def _count(tree: dict[str, Any]) -> int:
    return len(tree["commands"]) + sum(_count(g) for g in tree["groups"].values())


def _module(root: Resource) -> str:
    return re.sub(r"\W", "_", root.path[0])


def _literal(value: Any) -> str:
    """Python source of JSON-ready data (true/false/null spelt the Python way)."""
    return repr(value)


HEADER = '"""Generated from spec/ by `make regenerate`; do not edit."""\n\n'


def render_cli(api: Api, doc: dict[str, Any], package: str) -> tuple[dict[str, str], str]:
    """The CLI's files under `package/` (unformatted) and the text of cli.md."""
    problems = Problems()
    files: dict[str, str] = {}
    for path in sorted(CLI_TEMPLATES.iterdir()):
        if path.is_file() and path.suffix == ".py":
            files[f"{package}/_cli/{path.name}"] = path.read_text(encoding="utf-8")
    files[f"{package}/__main__.py"] = (
        '"""`python -m flashduty`: the command line (needs the `cli` extra)."""\n\n'
        "from ._cli import main\n\nmain()\n"
    )
    index: dict[str, Any] = {}
    trees: dict[str, dict[str, Any]] = {}
    for root in api.resources:
        tree = _tree(root, doc, problems)
        name = kebab(root.path[0])
        if name in OWN_COMMANDS:
            problems.add(
                "/paths", f"resource {root.path[0]!r} would hide the command `{PROG} {name}`"
            )
        trees[name] = tree
        module = _module(root)
        index[name] = [module, _group_help(tree)]
        # JSON, not Python: black would spend seconds on 700 kB of literals
        # at every cold regeneration, and json.loads reads one group in ~1 ms.
        files[f"{package}/_cli/commands/{module}.json"] = (
            json.dumps(tree, indent=1, ensure_ascii=False) + "\n"
        )
    problems.raise_if_any()
    files[f"{package}/_cli/_index.py"] = HEADER + f"GROUPS = {_literal(index)}\n"
    return files, cli_reference(trees)


def _group_help(tree: dict[str, Any]) -> str:
    names = sorted([*tree["groups"], *tree["commands"]])
    return f"{_count(tree)} commands: " + ", ".join(names)


def _cell(text: Any) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


def _type_text(p: dict[str, Any]) -> str:
    text = {"str": "text", "int": "integer", "float": "number", "bool": "flag", "json": "JSON"}.get(
        p["type"], "file path"
    )
    if p.get("time"):
        text = f"time (Unix {p['time']})"
    if p.get("enum"):
        text = "one of " + ", ".join(f"`{v}`" for v in p["enum"])
    if p.get("list"):
        text = "list of " + text + " (repeat or comma-separate)"
    if p.get("nullable"):
        text += ", or null"
    if p.get("secret"):
        text += f", secret (or `FLASHDUTY_{p['name'].upper()}`, the profile, `-` for stdin)"
    return text


def cli_reference(trees: dict[str, dict[str, Any]]) -> str:
    total = sum(_count(t) for t in trees.values())
    out = [REFERENCE_HEADER, f"{total} commands in {len(trees)} groups.\n"]
    for name, tree in trees.items():
        _reference_tree(out, [name], tree)
    return "\n".join(out).rstrip("\n") + "\n"


def _reference_tree(out: list[str], path: list[str], tree: dict[str, Any]) -> None:
    if tree["commands"]:
        out.append(f"## {PROG} {' '.join(path)}\n")
    for name, spec in tree["commands"].items():
        ids = next((p for p in spec["params"] if p["name"] == spec.get("positional")), None)
        usage = f" [{ids['opt'].upper()}{'...' if ids.get('list') else ''}]" if ids else ""
        out.append(f"### `{PROG} {' '.join([*path, name])}`{usage}\n")
        summary = spec["summary"].rstrip(".") + "."
        if "deprecated" in spec:
            summary = f"**Deprecated:** use `{spec['deprecated']}`. " + summary
        out.append(summary + "\n")
        facts = [f"`{spec['http']}`", f"SDK `client.{'.'.join(spec['sdk'])}.{spec['method']}`"]
        if spec["kind"] == "page":
            facts.append("pages: `--all`, `--max-items N`")
        if spec["kind"] == "bytes":
            facts.append("a file: `--out FILE`")
        if spec["kind"] == "stream":
            facts.append("a stream of records: JSON lines, or as sent with `--out FILE`")
        if any(p.get("nullable") for p in spec["params"]):
            facts.append(f"null: `--{spec['own'].get('null', 'null')} OPTION`")
        if spec["own"]:
            facts.append(
                "own options renamed: "
                + ", ".join(f"`--{k}` is `--{v}`" for k, v in sorted(spec["own"].items()))
            )
        out.append(" · ".join(facts) + "\n")
        if spec["params"]:
            out.append("| option | type | | description |")
            out.append("| --- | --- | --- | --- |")
            for p in spec["params"]:
                kind = "required" if p["required"] else "optional"
                if "default" in p:
                    kind += f", default `{json.dumps(p['default'])}`"
                out.append(
                    f"| `--{p['opt']}` | {_cell(_type_text(p))} | {kind} | {_cell(p['help'])} |"
                )
            out.append("")
        out.append(f"    {spec['example']}\n")
    for name, sub in tree["groups"].items():
        _reference_tree(out, [*path, name], sub)


REFERENCE_HEADER = """# Command reference

Generated from `spec/` by `make regenerate`; do not edit. Install with
`pip install 'flashduty[cli]'`; `flashduty --help` and `flashduty GROUP
COMMAND --help` say the same on the terminal.

## Global options (before the group)

| option | environment | config key | |
| --- | --- | --- | --- |
| `--profile NAME` | `FLASHDUTY_PROFILE` | | profile of the config file (default `default`) |
| (on every command) `-o FORMAT` | `FLASHDUTY_OUTPUT` | `output` | the output format |
| `--app-key KEY` | `FLASHDUTY_APP_KEY` | `app_key` | the account's app key |
| `--access-token TOKEN` | `FLASHDUTY_ACCESS_TOKEN` | `access_token` | a bearer token instead of the app key |
| `--base-url URL` | `FLASHDUTY_BASE_URL` | `base_url` | API address |
| (on event push commands) `--integration-key` | `FLASHDUTY_INTEGRATION_KEY` | `integration_key` | the integration's key |
| `--rate-limit N` | | | at most N requests a second (the SDK's pacing) |
| `--timeout S` | | | seconds per attempt |
| `--max-retries N` | | | retries of a failed call (default 2) |
| `--debug` | `FLASHDUTY_LOG=debug` | | the SDK's debug log on stderr (keys redacted) |
| | `FLASHDUTY_CONFIG` | | the config file (default `$XDG_CONFIG_HOME/flashduty/config.ini`, mode 0600) |

A flag beats the environment, which beats the profile. `flashduty configure
[--profile NAME]` writes a profile (asking for the key unless given, so it
stays out of shell history); `flashduty config show` prints it masked.

## Commands of the CLI itself

| command | |
| --- | --- |
| `flashduty configure [--profile NAME]` (or `login`) | write a profile (0600); asks for the key unless `--app-key` (or `-` for stdin) is given |
| `flashduty config show` / `config profiles` | the settings in effect, secrets masked; the profiles' names |
| `flashduty completion bash\\|zsh\\|fish` | the completion script: `eval "$(flashduty completion bash)"` |
| `flashduty webhooks listen [--port N] [--count N]` | receive webhooks on 127.0.0.1 and print each, parsed by the SDK |
| `flashduty --version`, `python -m flashduty` | |

## Options of every command

| option | |
| --- | --- |
| `-o, --output table\\|json\\|jsonl\\|csv\\|yaml` | table on a terminal, JSON when piped (or `output` of the profile) |
| `--fields a,b.c` | only these fields (dotted paths), in every format |
| `--no-trunc` | long table cells in full |
| `--data @FILE\\|-\\|JSON` | the whole request body; options given beside it win |
| `--all` | list commands: every page, printed as it arrives |
| `--max-items N` | list commands: stop after N items (walking pages as needed) |
| `--out FILE` | downloads and streams: write the answer there as sent (`-` or none: stdout) |
| `--null OPTION` | send JSON null for a nullable argument (repeat for more); only where one is |

**Names never collide with an operation's arguments.** Every argument of
the API keeps its own option name. Where an operation has an argument whose
option name is one of the above, the CLI's option moves aside on that
command only: `--fields` becomes `--select`, any other `--NAME` becomes
`--cli-NAME` (each such command lists it below). The generator refuses a
spec where even that collides.

Ids: where an operation's only required argument is an id or a list of
ids, they may also come without the option (`flashduty incidents ack ID...`,
`flashduty incidents info ID`); the headings below show it.

Values: lists repeat the option or separate with commas (`--ids a,b`; a JSON
array keeps commas); objects are JSON or `@file.json`; times take Unix
seconds or milliseconds (converted to the field's unit), RFC3339, a date
`2026-04-01` (UTC midnight), `now`, or an age such as `30m`, `24h`, `7d`,
`2w` (that long ago). Tables and CSV show times as RFC3339 (UTC).

Null: a nullable argument (its type says "or null") reads its option as
the scalar it holds, so `--name null` is the text `null`. To send JSON
null (which clears a field on most update operations), name it:
`--null name` (the option's name without dashes; repeatable), or put it
in the body: `--data '{"name": null}'`. Naming an argument that is not
nullable is a usage error, and so is giving it a value too.

Streams: an answer of JSON records, one per line (NDJSON), is printed as
it arrives, one record a line (`-o jsonl`, the default for these; another
`-o` reads it all first). `--out FILE` writes the answer as sent, through a
temporary file renamed when complete, without holding it in memory.

Secrets of one operation (e.g. `--trigger-token` of `ai-sre automations
triggers fire`) are better left out of the command line: each is also read
from `FLASHDUTY_<NAME>` (`FLASHDUTY_TRIGGER_TOKEN`) or the profile's key of
that name, and `-` reads it from standard input. It is sent only to that
operation, never echoed.

Credentials: the first of flag, environment, profile that holds an app key
or an access token decides; one place holding both is a usage error. An
access token goes as `Authorization: Bearer`, and no app key is sent.

## Exit codes

| code | meaning |
| --- | --- |
| 0 | done |
| 1 | any other API error |
| 2 | usage: unknown or missing option, bad value, invalid request |
| 3 | authentication or permission (no key, bad key, denied) |
| 4 | not found |
| 5 | rate limited |
| 6 | server error, or an answer that is not the API's |
| 7 | connection failed or timed out |
| 8 | pagination stopped by a guard (repeated cursor, page cap) |
| 130 | interrupted |
"""
