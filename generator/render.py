"""Render (from the IR alone): the files of the package, rendered from templates/ (unformatted)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from .cache import Store, key
from .ir import Api, Operation, Resource, doc_text
from .jsontext import indented
from .memo import code_salt
from .models import DEFS
from .pytypes import ANY, NONE, RUNTIME_TYPES, TYPING, Model
from .runtime import TEMPLATES, retry_outcomes, runtime_files
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
    (".._stream", ("AsyncStreamResponse", "StreamResponse")),
    (RUNTIME_TYPES, ("OMIT", "EnumValue", "FileInput", "Omit", "SequenceNotStr")),
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
        if op.kind == "stream":
            used |= {(".._stream", "AsyncStreamResponse"), (".._stream", "StreamResponse")}
            if not isinstance(op.returns, Model):
                used |= op.returns.runtime_imports()
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
        annotation = p.type.annotation() + ("" if p.required else " | Omit")
        default = "" if p.required else " = OMIT"
        if 8 + len(f"{p.name}: {annotation}{default},") > LINE_LENGTH and not annotation.endswith(
            "]"
        ):
            # Black splits a long annotation inside its last brackets when it
            # ends with one; otherwise (a union) it wraps it in parentheses.
            annotation = f"({annotation})"
        args.append(f"{p.name}: {annotation}{default}")
    args.append("**options: Unpack[RequestOptions]")
    if op.kind == "page":
        page = "SyncPage" if sync else "AsyncPager"
        returns = f"{page}[{op.returns.annotation()}, {op.data.annotation()}]"
    elif op.kind == "stream":
        returns = f"{'' if sync else 'Async'}StreamResponse[{op.returns.annotation()}]"
    else:
        returns = op.returns.annotation()
    prefix = "def " if sync or op.kind in ("page", "stream") else "async def "
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
    elif op.kind == "stream":
        # Async: sent by `async with` / `await`, like a page; the method itself is not awaited.
        ret = f"return self._client.stream({op.endpoint}, args, **options)"
    else:
        ret = (
            f"return {'' if sync else 'await '}self._client.request({op.endpoint}, args, **options)"
        )
    return f"{args}\n        {fits(ret, 8)}"


def endpoint(op: Operation) -> str:
    """The module-level `Endpoint` constant of an operation."""
    typed = op.returns if op.unwrap else op.data
    if op.kind == "stream":
        typed = op.returns
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
    typed = [("data", op.data)] if op.kind not in ("none", "bytes") else []
    if op.kind == "stream":
        typed = [("record", op.returns)] + ([("data", op.data)] if op.data != NONE else [])
    for key, t in typed:
        # A model by name; anything else as code that builds it: never a string to eval.
        if key == "record" and t == ANY:
            continue
        if isinstance(t, Model):
            args.append(f"{key}={json.dumps(t.name)}")
        else:
            args.append(f"{key}=lambda: {t.runtime()}")
    if typed or modeled:
        args.append("types=_TYPES")
    if op.idempotent:
        args.append("idempotent=True")
    auth = op.auth.endpoint_auth
    if auth != "client":
        args.append(f"auth={json.dumps(auth)}")
    own = op.auth.own
    if own is not None and own.kind != "query":
        args.append(f"auth_kind={json.dumps(own.kind)}")
    if own is not None and own.kind == "header" and own.wire != own.argument:
        args.append(f"auth_name={json.dumps(own.wire)}")
    if modeled:
        models = (f"{json.dumps(w)}: ({json.dumps(m[0])}, {json.dumps(m[1])})" for w, m in modeled)
        args.append("models={" + ", ".join(models) + "}")
    for key, location in (
        ("query", "query"),
        ("path_params", "path"),
        ("headers", "header"),
        ("files", "file"),
    ):
        names = [json.dumps(p.wire) for p in op.params if p.location == location]
        if names:
            args.append(f"{key}=(" + ", ".join(names) + ("," if len(names) == 1 else "") + ")")
    if op.unwrap:
        args.append(f"unwrap={json.dumps(op.unwrap)}")
    if op.rate_limit and op.rate_limit.paced:
        args.append(f"limits=({op.rate_limit.per_second}, {op.rate_limit.per_minute})")
    if op.multipart:
        args.append("multipart=True")
    if op.bare:
        args.append("bare=True")
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


def retries_text() -> str:
    """The client's `max_retries` documentation, from the runtime's retry policy."""
    always, reads = retry_outcomes()
    return (
        f"every call is retried when {' or '.join(always)}; reads (and writes marked "
        f"idempotent) also after {_or(reads)}"
    )


def _or(words: tuple[str, ...]) -> str:
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else "".join(words)


def _environment(cache: str | None = None) -> jinja2.Environment:
    bytecode = None
    if cache:  # compiled templates, checked against their source by jinja2 itself
        folder = Path(cache, "jinja")
        folder.mkdir(parents=True, exist_ok=True)
        bytecode = jinja2.FileSystemBytecodeCache(str(folder))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "package")),
        bytecode_cache=bytecode,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["py"] = json.dumps  # a Python string literal of any text
    env.filters["doc"] = doc_text
    env.globals.update(
        retries=retries_text(),
        fits=fits,
        endpoint=endpoint,
        signature=signature,
        call=call,
        resource_imports=resource_imports,
    )
    return env


def render(api: Api, package: str, cache: str | None = None) -> tuple[dict[str, str], set[str]]:
    """(relative path -> text of every file of the package, from the IR
    alone; the paths that are copied verbatim and need no formatting)."""
    env = _environment(cache)
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
    files.update(_resource_modules(api, package, env, cache))
    files[f"{package}/_client.py"] = env.get_template("client.py.jinja").render(api=api)
    # Always there, even for a spec without webhooks: the package's __init__ names it.
    files[f"{package}/webhooks.py"] = env.get_template("webhooks.py.jinja").render(api=api)
    return files, verbatim


def _resource_modules(
    api: Api, package: str, env: jinja2.Environment, cache: str | None
) -> dict[str, str]:
    """The module of every resource. Each is cached under the repr of its IR
    (frozen dataclasses all the way down: every field, children included),
    the models it imports, and the generator's and templates' code: an edit
    to one operation renders one module again, not a hundred."""
    store = Store(cache, "render")
    salt = code_salt() if store.folder is not None else ""
    template = env.get_template("resource.py.jinja")
    files: dict[str, str] = {}
    for root in api.resources:
        for resource in root.walk():
            imports = api.imports_for(resource)
            name = key(salt, package, repr(resource), repr(imports)) if salt else ""
            stored = store.get(name) if name else None
            if stored is not None:
                text = stored.decode("utf-8")
            else:
                text = _BLANK_RUNS.sub(
                    "\n\n\n", template.render(resource=resource, imports=imports)
                )
                if name:
                    store.put(name, text.encode("utf-8"))
            files[f"{package}/resources/{resource.module}.py"] = text
    return files


def published(document: dict[str, Any]) -> str:
    """The bundled spec shipped beside the package (`openapi.json`): the
    bundle with server nulls allowed, since the published contract says what
    the server really sends (mock servers check answers against it)."""
    return indented(document) + "\n"
