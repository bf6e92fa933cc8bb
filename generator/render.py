"""Stage 5: the files of the package, rendered from templates/ (unformatted)."""

from __future__ import annotations

import json
import re
from typing import Any

import jinja2

from .ir import DEFAULT_AUTH, Api, Operation, Resource, doc_text
from .models import DEFS
from .pytypes import RUNTIME_TYPES, TYPING, Model
from .runtime import TEMPLATES, runtime_files
from .write import LINE_LENGTH

_BLANK_RUNS = re.compile(r"\n{4,}")  # black keeps at most two blank lines

# What a resource module may take from elsewhere, in the order it imports them.
_RESOURCE_IMPORTS = (
    ("datetime", ("datetime",)),
    ("functools", ("cached_property",)),
    (TYPING, ("TYPE_CHECKING", "Any", "Dict", "List", "Literal", "Mapping", "Sequence")),
    ("", ()),
    (".._endpoint", ("Endpoint", "Paging", "TypeNames", "generic")),
    (".._pagination", ("AsyncPager", "SyncPage", "sync_page")),
    (".._resource", ("AsyncResource", "SyncResource")),
    (RUNTIME_TYPES, ("OMIT", "FileInput", "Omit")),
)


def resource_imports(resource: Resource) -> str:
    """The runtime imports of a resource module: what its IR says it uses."""
    used = {(TYPING, "TYPE_CHECKING"), (".._endpoint", "TypeNames")}
    used |= {(".._resource", "SyncResource"), (".._resource", "AsyncResource")}
    if resource.children:
        used.add(("functools", "cached_property"))
    for op in resource.operations:
        used.add((".._endpoint", "Endpoint"))
        for t in op.types():
            used |= t.imports()
        if op.kind not in ("none", "bytes") and not isinstance(op.data, Model):
            used |= op.data.runtime_imports()
        if not op.params:
            used |= {(TYPING, "Dict"), (TYPING, "Any")}
        if any(not p.required for p in op.params):
            used |= {(RUNTIME_TYPES, "OMIT"), (RUNTIME_TYPES, "Omit")}
        if op.paging:
            used.add((".._endpoint", "Paging"))
        if op.kind == "page":
            used |= {(".._pagination", n) for n in ("AsyncPager", "SyncPage", "sync_page")}
    lines = []
    for module, names in _RESOURCE_IMPORTS:
        wanted = [n for n in names if (module, n) in used]
        if not module:
            lines.append("")
        elif wanted:
            lines.append(f"from {module} import {', '.join(wanted)}")
    return "\n".join(lines).strip("\n")


def signature(op: Operation, sync: bool) -> str:
    """The `def` line of an operation's method, as black lays it out."""
    args = ["self"] + (["*"] if op.params else [])
    for p in op.params:
        args.append(f"{p.name}: {p.type.annotation()}" + ("" if p.required else " | Omit = OMIT"))
    args.append("**options: Unpack[RequestOptions]")
    if op.kind == "page":
        page = "SyncPage" if sync else "AsyncPager"
        returns = f"{page}[{op.returns.annotation()}, {op.data.annotation()}]"
    else:
        returns = op.returns.annotation()
    prefix = "def " if sync or op.kind == "page" else "async def "
    return fits(f"{prefix}{op.name}({', '.join(args)}) -> {returns}:", 4)


def call(op: Operation, sync: bool) -> str:
    """The body of an operation's method after its docstring."""
    if op.params:
        entries = ", ".join(f"{json.dumps(p.wire)}: {p.name}" for p in op.params)
        args = fits(f"args = {{{entries}}}", 8)
    else:
        args = "args: Dict[str, Any] = {}"
    if op.kind == "page":
        pager = "sync_page" if sync else "AsyncPager"
        ret = f"return {pager}(self._client, {op.endpoint}, args, options)"
    else:
        ret = (
            f"return {'' if sync else 'await '}self._client.request({op.endpoint}, args, **options)"
        )
    return f"{args}\n        {fits(ret, 8)}"


def endpoint(op: Operation) -> str:
    """The module-level `Endpoint` constant of an operation."""
    typed = op.returns if op.unwrap else op.data
    return fits(
        f"{op.endpoint}: Endpoint[{typed.annotation()}] = Endpoint({', '.join(endpoint_args(op))})",
        0,
    )


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
    return (
        f"{head}{opening}\n" + "".join(f"{pad}    {p},\n" for p in parts) + f"{pad}{closing}{tail}"
    )


def endpoint_args(op: Operation) -> list[str]:
    """Arguments of the `Endpoint(...)` constant of an operation, as source;
    only those that differ from Endpoint's defaults."""
    args = [json.dumps(op.http_method), json.dumps(op.path), f'kind="{op.kind}"']
    modeled = [(p.wire, p.model) for p in op.params if p.model]
    if op.kind not in ("none", "bytes"):
        # A model by name; anything else as code that builds it: never a string to eval.
        if isinstance(op.data, Model):
            args.append(f"data={json.dumps(op.data.name)}")
        else:
            args.append(f"data=lambda: {op.data.runtime()}")
    if op.kind not in ("none", "bytes") or modeled:
        args.append("types=_TYPES")
    if op.idempotent:
        args.append("idempotent=True")
    if op.auth != DEFAULT_AUTH:
        args.append(f"auth={json.dumps(op.auth)}")
    if modeled:
        models = (f"{json.dumps(w)}: ({json.dumps(m[0])}, {json.dumps(m[1])})" for w, m in modeled)
        args.append("models={" + ", ".join(models) + "}")
    for key, location in (("query", "query"), ("files", "file")):
        names = [json.dumps(p.wire) for p in op.params if p.location == location]
        if names:
            args.append(f"{key}=(" + ", ".join(names) + ("," if len(names) == 1 else "") + ")")
    if op.unwrap:
        args.append(f"unwrap={json.dumps(op.unwrap)}")
    if op.rate_limit and op.rate_limit.paced:
        args.append(f"limits=({op.rate_limit.per_second}, {op.rate_limit.per_minute})")
    if op.multipart:
        args.append("multipart=True")
    args += [f"root={json.dumps(p.wire)}" for p in op.params if p.location == "root"]
    times = [
        f"{json.dumps(p.wire)}: {1000 if p.unix_time == 'milliseconds' else 1}"
        for p in op.params
        if p.unix_time
    ]
    if times:
        args.append("times={" + ", ".join(times) + "}")
    if op.paging:
        paging = (f"{k}={json.dumps(v)}" for k, v in sorted(op.paging.items()))
        args.append("paging=Paging(" + ", ".join(paging) + ")")
    return args


def _split_top_level(text: str) -> list[str]:
    parts, depth, start, quote, escaped = [], 0, 0, "", False
    for i, ch in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
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
    env.filters["py"] = json.dumps  # a Python string literal of any text
    env.filters["doc"] = doc_text
    env.globals.update(
        fits=fits,
        endpoint=endpoint,
        signature=signature,
        call=call,
        resource_imports=resource_imports,
    )
    return env


def render(api: Api, document: dict[str, Any], package: str) -> tuple[dict[str, str], set[str]]:
    """(relative path -> text of every file of the output folder, the paths
    that are copied verbatim and need no formatting)."""
    env = _environment()
    files: dict[str, str] = {}
    verbatim: set[str] = set()  # copied as they are: kept black-formatted in templates/
    for name, text in runtime_files().items():
        files[f"{package}/{name}"] = text
        verbatim.add(f"{package}/{name}")
    for module, source in api.models.sources.items():
        files[f"{package}/types/{DEFS}/{module}.py"] = source
    files[f"{package}/types/{DEFS}/__init__.py"] = (
        '"""One module per model (or per cycle of models). Generated; do not edit."""\n'
    )
    area_template = env.get_template("types_area.py.jinja")
    for area, names in api.type_modules.items():
        files[f"{package}/types/{area}.py"] = area_template.render(area=area, names=names, api=api)
    files[f"{package}/types/__init__.py"] = env.get_template("types_init.py.jinja").render(api=api)
    files[f"{package}/resources/__init__.py"] = env.get_template("resources_init.py.jinja").render(
        api=api
    )
    resource_template = env.get_template("resource.py.jinja")
    for root in api.resources:
        for resource in root.walk():
            text = resource_template.render(resource=resource, imports=api.imports_for(resource))
            files[f"{package}/resources/{resource.module}.py"] = _BLANK_RUNS.sub("\n\n\n", text)
    files[f"{package}/_client.py"] = env.get_template("client.py.jinja").render(api=api)
    # Always there, even for a spec without webhooks: the package's __init__ names it.
    files[f"{package}/webhooks.py"] = env.get_template("webhooks.py.jinja").render(api=api)
    # `document` is the bundle with server nulls allowed: the published
    # contract says what the server really sends (mock servers check it).
    files["openapi.json"] = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return files, verbatim
