"""Models (after validation, before the IR): pydantic v2 models of the component schemas, by
datamodel-code-generator.

Each model lives in a small module of its own under `types/defs/` (models
that reference each other in a cycle share one), so that a call loads the
models it returns and nothing else; `types/<area>.py` re-export them by area.

The schemas are first adapted to what the server really sends: arrays and
objects may be null, an enum may gain values (`Literal[...] | str`), and
validation constraints (patterns, lengths, ranges, formats) belong to the
server, not to a client parsing its answers."""

from __future__ import annotations

import ast
import io
import json
import keyword
import re
import sys
import tempfile
import tokenize
from pathlib import Path
from typing import Any

from .cache import Store, key, tool_version
from .schemas import component_refs, deref, object_properties

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
    "--strict-nullable",
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


_ZEROS: dict[str, Any] = {"string": "", "integer": 0, "number": 0.0, "boolean": False}


def zero_value(document: dict[str, Any], schema: Any) -> tuple[bool, Any]:
    """(whether the property has one, the value) a field reads as when the
    server leaves it out: Go's zero value of its type. A nested object has
    none (it reads as None), nor has a value the spec says may be null."""
    schema = deref(document, schema)
    if not isinstance(schema, dict):
        return False, None
    if "default" in schema:
        return True, schema["default"]
    parts = schema.get("allOf") or []
    if len(parts) == 1 and not schema.get("properties"):
        return zero_value(document, parts[0])
    kind = schema.get("type")
    if isinstance(kind, list) or "anyOf" in schema or "oneOf" in schema:
        return False, None
    if kind in _ZEROS:
        return True, _ZEROS[kind]
    if kind == "array":
        return True, []
    if (kind == "object" or kind is None) and not schema.get("properties") and not parts:
        return True, {}  # a map, or an object of any shape
    return False, None


def model_input(document: dict[str, Any], modules: dict[str, str]) -> dict[str, Any]:
    """The document datamodel-code-generator reads: only the schemas, each
    renamed `defs.<module>.<Name>` so that the output is split as planned.

    No field is required and each has its zero value as default: the server
    is written in Go and leaves out fields whose value is zero, and a
    `required` in a response is not a promise it keeps. (What a request must
    carry is checked from the table `required_fields` builds.)"""
    schemas = document.get("components", {}).get("schemas", {})
    renamed = {name: f"{DEFS}.{modules[name]}.{name}" for name in schemas}

    def adapt(node: Any, in_properties: bool = False) -> Any:
        if isinstance(node, list):
            return [adapt(v) for v in node]
        if not isinstance(node, dict):
            return node
        if in_properties:
            return {k: with_zero(adapt(v), v) for k, v in node.items()}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in CONSTRAINTS or key.startswith("x-") or key == "required":
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

    def with_zero(adapted: Any, original: Any) -> Any:
        has, zero = zero_value(document, original)
        if has and isinstance(adapted, dict):
            adapted = {**adapted, "default": zero}
        return adapted

    return {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "1"},
        "paths": {},
        "components": {"schemas": {renamed[n]: adapt(s) for n, s in schemas.items()}},
    }


def generate_models(
    document: dict[str, Any], cache: str | None
) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(module under defs/ -> source, unformatted; schema name -> that
    module; the schemas that became classes: aliases, enums and maps are
    inlined where they are used)."""
    store, name = Store(cache, "models"), _components_key(document)
    stored = store.get(name) if name else None
    if stored is not None:
        try:
            found = json.loads(stored)
            return dict(found["sources"]), dict(found["modules"]), frozenset(found["classes"])
        except (ValueError, KeyError, TypeError):
            pass  # a foreign or damaged entry is a miss
    modules = def_modules(document.get("components", {}).get("schemas", {}))
    sources, classes = _generate(document, modules, cache)
    sources[REQUIRED_MODULE] = required_module(document)
    if name:
        entry = {"sources": sources, "modules": modules, "classes": sorted(classes)}
        store.put(name, json.dumps(entry).encode())
    return sources, modules, classes


def _components_key(document: dict[str, Any]) -> str | None:
    """The cache entry of the whole result, named by all it reads: the
    components (an edit elsewhere, to an operation, reuses it without
    rebuilding the input of datamodel-code-generator), this module and the
    schema helpers, the tool. None for components JSON cannot hold."""
    try:
        text = json.dumps(document.get("components", {}), ensure_ascii=False)
    except (TypeError, ValueError):
        return None
    here = Path(__file__).parent
    salt = sys.version + _codegen_version()  # ast.unparse writes the post-processed code
    salt += "".join(
        (here / name).read_text(encoding="utf-8") for name in ("models.py", "schemas.py")
    )
    return key("components", salt, " ".join(CODEGEN_ARGS), text)


REQUIRED_MODULE = "_required"
REQUIRED_NAME = "REQUIRED"  # the one name of that module; the runtime imports it
# Names of the runtime's _models.py that generated models import.
MODEL_MARKERS = ("NULL_AS_EMPTY", "OPEN_ENUM", "EnumValue", "new_list", "new_dict")


def required_module(document: dict[str, Any]) -> str:
    """The module that keeps what the models no longer enforce: the fields
    the spec requires of each object, by wire name. The runtime checks it for
    request arguments, and for answers under strict validation."""
    lines = [
        '"""Required fields of each model, by wire name (the models themselves give every',
        'field a default: see _models.py). Generated from spec/; do not edit."""',
        "",
        f"{REQUIRED_NAME}: dict[str, tuple[str, ...]] = {{",
    ]
    for name, schema in sorted(document.get("components", {}).get("schemas", {}).items()):
        properties, required = object_properties(document, schema)
        names = [p for p in properties if p in required]
        if names:
            lines.append(f"    {json.dumps(name)}: ({', '.join(json.dumps(n) for n in names)},),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _generate(
    document: dict[str, Any], modules: dict[str, str], cache: str | None
) -> tuple[dict[str, str], frozenset[str]]:
    source = json.dumps(model_input(document, modules), sort_keys=False, ensure_ascii=False)
    # This module's own text is part of the key: a change to the post-processing
    # must not be hidden by output cached before it.
    salt = _codegen_version() + Path(__file__).read_text(encoding="utf-8")
    store, name = Store(cache, "models"), key(salt, " ".join(CODEGEN_ARGS), source)
    cached = store.get(name)
    if cached is not None:
        found = json.loads(cached)
        return dict(found["sources"]), frozenset(found["classes"])
    with tempfile.TemporaryDirectory(prefix="flashduty-models-") as tmp:
        spec_path = Path(tmp, "models.json")
        spec_path.write_text(source, encoding="utf-8")
        out = Path(tmp, "out")
        from datamodel_code_generator.__main__ import main as codegen

        status = codegen(["--input", str(spec_path), "--output", str(out), *CODEGEN_ARGS])
        if status not in (0, None) and not out.exists():
            raise RuntimeError(f"datamodel-code-generator failed with status {status}")
        sources: dict[str, str] = {}
        classes: set[str] = set()
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
            sources[path.stem] = _postprocess(path.read_text(encoding="utf-8"), classes)
    store.put(name, json.dumps({"sources": sources, "classes": sorted(classes)}).encode())
    return sources, frozenset(classes)


_ONE_LINE_DOC = re.compile(r'"""\n( +)([^\n"]*)\n\1"""')


def _black_strings(text: str) -> str:
    """Strings as black writes them: datamodel-code-generator writes 'x' and
    three-line docstrings, black "x", and one-line docstrings stay on one line
    (a third of the lines). A file already in black's layout costs black one
    pass instead of two. Works on tokens, so a closing quote is never taken
    for an opening one."""
    # Line starts as tokenize counts lines: at "\n" only (str.splitlines also
    # breaks at characters such as U+2028 that descriptions may hold).
    offsets = [0] + [m.end() for m in re.finditer("\n", text)]
    out, last = [], 0
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        string = tok.string
        if tok.type != tokenize.STRING:
            continue
        if string.startswith("'") and not string.startswith("'" * 3):
            body = string[1:-1]
            if '"' in body or "\\" in body:
                continue
            replacement = '"' + body + '"'
        else:
            doc = _ONE_LINE_DOC.fullmatch(string)
            if doc is None or tok.start[1] + len(doc[2]) > 94:
                continue
            replacement = f'"""{doc[2]}"""'
        start = offsets[tok.start[0] - 1] + tok.start[1]
        out += [text[last:start], replacement]
        last = offsets[tok.end[0] - 1] + tok.end[1]
    out.append(text[last:])
    return "".join(out)


def _runtime_fields(text: str, classes: set[str]) -> str:
    """Field declarations as the runtime reads them (see _models.py):

    - list and map fields (default `[]` or `{}`) get a fresh empty value from
      `default_factory` (pydantic deep-copies a literal default on every
      instance; see _models.new_list) and read a `null` as empty (NULL_AS_EMPTY);
    - enum fields, `Literal[...] | str`, are validated as the string they
      are (OPEN_ENUM): the same values pass, without a union per field;
    - fields that hold a credential stay out of the model's repr.

    Adds the names of the classes it met to `classes`."""
    lines = text.split("\n")
    offsets = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(lineno: int, col: int) -> int:  # ast counts columns in UTF-8 bytes
        return offsets[lineno - 1] + len(lines[lineno - 1].encode()[:col].decode())

    edits = []
    tree = ast.parse(text)
    classes.update(node.name for node in tree.body if isinstance(node, ast.ClassDef))
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            if not isinstance(item, ast.AnnAssign) or item.value is None:
                continue
            name = item.target.id if isinstance(item.target, ast.Name) else ""
            edit = _runtime_field(name, item.annotation, item.value)
            if edit is not None:  # from after the name: the annotation may sit in parentheses
                start = position(item.target.end_lineno, item.target.end_col_offset)  # type: ignore[arg-type]
                stop = position(item.end_lineno, item.end_col_offset)  # type: ignore[arg-type]
                edits.append((start, stop, ": " + edit))
    if not edits:
        return text
    for start, stop, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[stop:]
    header = []
    if "Annotated[" in text and not re.search(r"^from typing import .*\bAnnotated\b", text, re.M):
        header.append("from typing import Annotated")
    if "Field(" in text and not re.search(r"^from pydantic import .*\bField\b", text, re.MULTILINE):
        header.append("from pydantic import Field")
    markers = [m for m in MODEL_MARKERS if re.search(rf"\b{m}\b", text)]
    if markers and "from ..._models import FlashdutyModel" in text:
        text = text.replace(
            "from ..._models import FlashdutyModel",
            f"from ..._models import {', '.join(markers)}, FlashdutyModel",
        )
    elif markers:  # a model that extends another: nothing imported from _models yet
        header.append(f"from ..._models import {', '.join(markers)}")
    first = re.search(r"^(from \.|class )", text, re.MULTILINE)  # before the package's own imports
    at = first.start() if first else 0
    return text[:at] + "\n".join(header) + "\n" + text[at:] if header else text


# Fields that hold a credential: kept out of the model's repr (and so of logs
# and tracebacks that show a model).
_SECRET = re.compile(r"(^|_)(password|secret|token|pwd)_?$|^(api|app|integration|tls)_key$")


def _runtime_field(name: str, annotation: ast.expr, value: ast.expr) -> str | None:
    """The new `annotation = value` of one field, or None to keep it."""
    inner, meta = annotation, []
    if isinstance(inner, ast.Subscript) and ast.unparse(inner.value) == "Annotated":
        inner, *meta = inner.slice.elts  # type: ignore[attr-defined]
    if _SECRET.search(name):
        parts = [ast.unparse(inner), *map(ast.unparse, meta), "Field(repr=False)"]
        return f"Annotated[{', '.join(parts)}] = {ast.unparse(value)}"
    if isinstance(value, ast.List) and not value.elts:
        factory = "new_list"
    elif isinstance(value, ast.Dict) and not value.keys:
        factory = "new_dict"
    elif (
        isinstance(inner, ast.BinOp)
        and isinstance(inner.op, ast.BitOr)
        and ast.unparse(inner.right) == "str"
        and isinstance(inner.left, ast.Subscript)
        and ast.unparse(inner.left.value) == "Literal"
    ):
        # `| EnumValue`, not `| str`: a value read goes back into an enum argument as it is.
        known = ast.unparse(inner.left)
        parts = [f"{known} | EnumValue", *map(ast.unparse, meta), "OPEN_ENUM"]
        default = ast.unparse(value)
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            default = f"EnumValue({default})"  # the zero value "" is none of the literals
        return f"Annotated[{', '.join(parts)}] = {default}"
    else:
        return None
    for call in meta:  # validating the default would only re-check an empty list
        if isinstance(call, ast.Call):
            call.keywords = [k for k in call.keywords if k.arg != "validate_default"]
    meta = [m for m in meta if not (isinstance(m, ast.Call) and not m.args and not m.keywords)]
    if isinstance(inner, ast.Subscript) and ast.unparse(inner.value) in ("list", "dict"):
        meta.append(ast.Name("NULL_AS_EMPTY"))
    text = ast.unparse(inner)
    if meta:
        text = f"Annotated[{', '.join([text, *map(ast.unparse, meta)])}]"
    return f"{text} = Field(default_factory={factory})"


def _postprocess(text: str, classes: set[str]) -> str:
    text = re.sub(r"\A# generated by datamodel-codegen:\n#   filename:  \S+\n\n", "", text)
    text = text.replace(
        "from flashduty_base import FlashdutyModel", "from ..._models import FlashdutyModel"
    )
    text = _black_strings(_runtime_fields(text, classes))
    return '"""Models generated from spec/ by datamodel-code-generator; do not edit."""\n\n' + text


def _codegen_version() -> str:
    return tool_version("datamodel-code-generator")
