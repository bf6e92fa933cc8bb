"""Stage 4: pydantic v2 models of the component schemas, by
datamodel-code-generator.

Each model lives in a small module of its own under `types/defs/` (models
that reference each other in a cycle share one), so that a call loads the
models it returns and nothing else; `types/<area>.py` re-export them by area.

The schemas are first adapted to what the server really sends: arrays and
objects may be null, an enum may gain values (`Literal[...] | str`), and
validation constraints (patterns, lengths, ranges, formats) belong to the
server, not to a client parsing its answers."""

from __future__ import annotations

import io
import json
import keyword
import re
import tempfile
import tokenize
from pathlib import Path
from typing import Any

from .cache import Store, key
from .schemas import component_refs

CONSTRAINTS = frozenset(
    "pattern minLength maxLength minimum maximum exclusiveMinimum exclusiveMaximum multipleOf "
    "minItems maxItems uniqueItems minProperties maxProperties format example examples deprecated "
    "readOnly writeOnly".split()
)
CODEGEN_ARGS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.10",
    "--use-standard-collections",
    "--use-union-operator",
    "--enum-field-as-literal",
    "all",
    "--use-schema-description",
    "--use-field-description",
    "--disable-timestamp",
    "--use-annotated",
    "--keep-model-order",
    "--collapse-root-models",
    "--formatters",
    "builtin",
    "--base-class",
    "flashduty_base.FlashdutyModel",
    "--disable-future-imports",
]


DEFS = "defs"


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def def_modules(schemas: dict[str, Any]) -> dict[str, str]:
    """Schema name -> module under defs/: one per strongly connected component
    of the reference graph, named after its first member."""
    graph = {
        name: sorted({ref.rsplit("/", 1)[1] for ref in component_refs(schema)} & set(schemas))
        for name, schema in schemas.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(root: str) -> None:  # Tarjan, iterative: schemas can nest deeply
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            for j in range(i, len(graph[node])):
                nxt = graph[node][j]
                if nxt not in index:
                    work.append((node, j + 1))
                    work.append((nxt, 0))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                if low[node] == index[node]:
                    members = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        members.append(top)
                        if top == node:
                            break
                    components.append(sorted(members))
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])

    for name in graph:
        if name not in index:
            visit(name)
    modules: dict[str, str] = {}
    used: set[str] = set()
    for members in sorted(components):
        base = module = _snake(members[0])
        n = 2
        while module in used or keyword.iskeyword(module):
            module, n = f"{base}_{n}", n + 1
        used.add(module)
        for name in members:
            modules[name] = module
    return modules


def model_input(document: dict[str, Any], modules: dict[str, str]) -> dict[str, Any]:
    """The document datamodel-code-generator reads (from the bundle with
    server nulls allowed, see schemas.widen_nulls): only the schemas, each
    renamed `defs.<module>.<Name>` so that the output is split as planned."""
    schemas = document.get("components", {}).get("schemas", {})
    renamed = {name: f"{DEFS}.{modules[name]}.{name}" for name in schemas}

    def adapt(node: Any, in_properties: bool = False) -> Any:
        if isinstance(node, list):
            return [adapt(v) for v in node]
        if not isinstance(node, dict):
            return node
        if in_properties:
            return {k: adapt(v) for k, v in node.items()}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in CONSTRAINTS or key.startswith("x-"):
                continue
            if key == "$ref" and value.startswith("#/components/schemas/"):
                out[key] = "#/components/schemas/" + renamed[value.rsplit("/", 1)[1]]
            elif key == "description":
                out[key] = value
            else:
                out[key] = adapt(value, key == "properties")
        if "enum" in out and out.get("type") in ("string", ["string", "null"]):
            enum = {"type": "string", "enum": out.pop("enum")}
            kind = out.pop("type")
            out["anyOf"] = [enum, {"type": kind}]
        if out.get("format") == "binary":
            out.pop("format")
        return out

    return {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "1"},
        "paths": {},
        "components": {"schemas": {renamed[n]: adapt(s) for n, s in schemas.items()}},
    }


def generate_models(
    document: dict[str, Any], cache: str | None
) -> tuple[dict[str, str], dict[str, str]]:
    """(module under defs/ -> source, unformatted; schema name -> that module)."""
    modules = def_modules(document.get("components", {}).get("schemas", {}))
    return _generate(document, modules, cache), modules


def _generate(
    document: dict[str, Any], modules: dict[str, str], cache: str | None
) -> dict[str, str]:
    source = json.dumps(model_input(document, modules), sort_keys=False, ensure_ascii=False)
    # This module's own text is part of the key: a change to the post-processing
    # must not be hidden by output cached before it.
    salt = _codegen_version() + Path(__file__).read_text(encoding="utf-8")
    store, name = Store(cache, "models"), key(salt, " ".join(CODEGEN_ARGS), source)
    cached = store.get(name)
    if cached is not None:
        return json.loads(cached)  # type: ignore[no-any-return]
    with tempfile.TemporaryDirectory(prefix="flashduty-models-") as tmp:
        spec_path = Path(tmp, "models.json")
        spec_path.write_text(source, encoding="utf-8")
        out = Path(tmp, "out")
        from datamodel_code_generator.__main__ import main as codegen

        status = codegen(["--input", str(spec_path), "--output", str(out), *CODEGEN_ARGS])
        if status not in (0, None) and not out.exists():
            raise RuntimeError(f"datamodel-code-generator failed with status {status}")
        sources: dict[str, str] = {}
        folder = out / DEFS
        if not folder.is_dir():  # datamodel-code-generator prefixes a name it dislikes
            folder = out / f"field_{DEFS}"
        for path in sorted(folder.glob("*.py")):
            if path.stem == "__init__":
                continue
            if path.stem == "_internal":
                raise RuntimeError(
                    "models were merged into _internal: a reference cycle crosses modules"
                )
            sources[path.stem] = _postprocess(path.read_text(encoding="utf-8"))
    store.put(name, json.dumps(sources).encode())
    return sources


_DOCSTRING = re.compile(r'^( +)"""\n\1([^\n"]*)\n\1"""$', re.MULTILINE)


def _double_quotes(text: str) -> str:
    """Strings in black's quotes: datamodel-code-generator writes 'x', black
    "x"; a file already in black's layout costs black one pass instead of two."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    out, last = [], 0
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        string = tok.string
        if tok.type != tokenize.STRING or not string.startswith("'") or string.startswith("'" * 3):
            continue
        body = string[1:-1]
        if '"' in body or "\\" in body:
            continue
        start = offsets[tok.start[0] - 1] + tok.start[1]
        out += [text[last:start], '"' + body + '"']
        last = offsets[tok.end[0] - 1] + tok.end[1]
    out.append(text[last:])
    return "".join(out)


def _postprocess(text: str) -> str:
    text = re.sub(r"\A# generated by datamodel-codegen:\n#   filename:  \S+\n\n", "", text)
    # One-line docstrings stay on one line: a third of the lines, and of black's work.
    text = _DOCSTRING.sub(
        lambda m: f'{m[1]}"""{m[2]}"""' if len(m[1]) + len(m[2]) <= 94 else m[0], text
    )
    text = text.replace(
        "from flashduty_base import FlashdutyModel", "from ..._models import FlashdutyModel"
    )
    text = _double_quotes(text)
    return '"""Models generated from spec/ by datamodel-code-generator; do not edit."""\n\n' + text


def _codegen_version() -> str:
    from importlib.metadata import version

    return version("datamodel-code-generator")
