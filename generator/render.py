"""Stage 5: the files of the package, rendered from templates/ (unformatted)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import jinja2

from .ir import Api, Operation
from .write import LINE_LENGTH
from .models import DEFS

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


_BLANK_RUNS = re.compile(r"\n{4,}")  # black keeps at most two blank lines

# What a resource module may take from elsewhere; it imports only what it uses.
_RESOURCE_IMPORTS = (
    ("datetime", ("datetime",)),
    ("functools", ("cached_property",)),
    ("typing", ("TYPE_CHECKING", "Any", "Dict", "List", "Literal")),
    ("", ()),
    (".._endpoint", ("Endpoint", "Paging", "TypeNames")),
    (".._pagination", ("AsyncPager", "SyncPage", "sync_page")),
    (".._resource", ("AsyncResource", "SyncResource")),
    (".._types", ("OMIT", "FileInput", "Omit")),
)


def _with_imports(text: str) -> str:
    """Replace the `#: runtime imports` marker by the imports the module uses."""
    head, _, body = text.partition("#: runtime imports\n")
    used = set(re.findall(r"\b\w+\b", body))
    lines = []
    for module, names in _RESOURCE_IMPORTS:
        wanted = [n for n in names if n in used]
        if not module:
            lines.append("")
        elif wanted:
            lines.append(f"from {module} import {', '.join(wanted)}")
    return head + "\n".join(lines).strip("\n") + "\n" + body


def fits(line: str, indent: int) -> str:
    """A call statement laid out as black would: on one line if it fits in
    100 columns, else its arguments on one line of their own, else one per
    line. Emitting black's layout spares black the search for it, which is
    most of what formatting costs."""
    if indent + len(line) <= LINE_LENGTH:
        return line
    head, opening, rest = line.partition("(" if "(" in line else "{")
    closing = ")" if opening == "(" else "}"
    end = rest.rindex(closing)
    inner, tail = rest[:end], rest[end + 1 :]
    pad = " " * indent
    if indent + 4 + len(inner) <= LINE_LENGTH:
        return f"{head}{opening}\n{pad}    {inner}\n{pad}{closing}{tail}"
    parts = _split_top_level(inner)
    return f"{head}{opening}\n" + "".join(f"{pad}    {p},\n" for p in parts) + f"{pad}{closing}{tail}"


def endpoint_args(op: Operation) -> list[str]:
    """Arguments of the `Endpoint(...)` constant of an operation, as source;
    only those that differ from Endpoint's defaults."""
    args = [json.dumps(op.http_method), json.dumps(op.path), f'kind="{op.kind}"']
    modeled = [p for p in op.params if p.model]
    if op.kind not in ("none", "bytes"):
        args.append(f"data={json.dumps(op.data_type)}")
    if op.kind not in ("none", "bytes") or modeled:
        args.append("types=_TYPES")
    if op.idempotent:
        args.append("idempotent=True")
    if op.auth != "app_key":
        args.append(f'auth="{op.auth}"')
    if modeled:
        args.append("models={" + ", ".join(f'"{p.wire}": ("{p.model}", "{p.shape}")' for p in modeled) + "}")
    for key, location in (("query", "query"), ("files", "file")):
        names = [json.dumps(p.wire) for p in op.params if p.location == location]
        if names:
            args.append(f"{key}=(" + ", ".join(names) + ("," if len(names) == 1 else "") + ")")
    if op.unwrap:
        args.append(f'unwrap="{op.unwrap}"')
    if op.limits:
        args.append(f"limits=({op.limits[0]}, {op.limits[1]})")
    if op.multipart:
        args.append("multipart=True")
    args += [f'root="{p.wire}"' for p in op.params if p.location == "root"]
    times = [f'"{p.wire}": {1000 if p.unix_time == "milliseconds" else 1}' for p in op.params if p.unix_time]
    if times:
        args.append("times={" + ", ".join(times) + "}")
    if op.paging:
        args.append("paging=Paging(" + ", ".join(f'{k}="{v}"' for k, v in sorted(op.paging.items())) + ")")
    return args


def _split_top_level(text: str) -> list[str]:
    parts, depth, start, quote = [], 0, 0, ""
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "package")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.globals["fits"] = fits
    env.globals["endpoint_args"] = endpoint_args
    return env


def model_names(source: str) -> list[str]:
    """Classes a generated types module defines, in order."""
    return [node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef)]


def render(
    api: Api, models: dict[str, str], def_modules: dict[str, str], document: dict[str, Any], package: str
) -> tuple[dict[str, str], set[str]]:
    """(relative path -> text of every file of the output folder, the paths
    that are copied verbatim and need no formatting)."""
    env = _environment()
    files: dict[str, str] = {}
    verbatim: set[str] = set()  # copied as they are: kept black-formatted in templates/
    for path in sorted((TEMPLATES / "runtime").iterdir()):
        if path.is_file() and not path.name.startswith("."):
            files[f"{package}/{path.name}"] = path.read_text(encoding="utf-8")
            verbatim.add(f"{package}/{path.name}")
    api.attach_models({name for source in models.values() for name in model_names(source)}, def_modules)
    for module, source in models.items():
        files[f"{package}/types/{DEFS}/{module}.py"] = source
    files[f"{package}/types/{DEFS}/__init__.py"] = '"""One module per model (or per cycle of models). Generated; do not edit."""\n'
    area_template = env.get_template("types_area.py.jinja")
    for area, names in api.type_modules.items():
        files[f"{package}/types/{area}.py"] = area_template.render(area=area, names=names, api=api)
    files[f"{package}/types/__init__.py"] = env.get_template("types_init.py.jinja").render(api=api)
    files[f"{package}/resources/__init__.py"] = env.get_template("resources_init.py.jinja").render(api=api)
    resource_template = env.get_template("resource.py.jinja")
    for root in api.resources:
        for resource in root.walk():
            text = _with_imports(resource_template.render(resource=resource, imports=api.imports_for(resource)))
            files[f"{package}/resources/{resource.module}.py"] = _BLANK_RUNS.sub("\n\n\n", text)
    files[f"{package}/_client.py"] = env.get_template("client.py.jinja").render(api=api)
    if api.webhooks:
        files[f"{package}/webhooks.py"] = env.get_template("webhooks.py.jinja").render(api=api)
    # `document` is the bundle with server nulls allowed: the published
    # contract says what the server really sends (mock servers check it).
    files["openapi.json"] = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return files, verbatim
