"""The contract between generated code and the static runtime, checked at
generation: keywords the renderer passes to `Endpoint(...)`, names the
models import from `_models.py`, and the generated module the runtime
imports (`types.defs._required`). Without it only mypy on the output would
notice a mismatch; here generation stops with the runtime's file:line."""

from __future__ import annotations

import ast
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from .cache import Store, key
from .ir import Api, Operation
from .models import DEFS, MODEL_MARKERS, REQUIRED_MODULE, REQUIRED_NAME
from .render import endpoint_args
from .runtime import RUNTIME


class ContractError(Exception):
    """Generated code and the runtime disagree: a bug of ours, not of the spec."""


@lru_cache(maxsize=None)
def _tree(module: str) -> ast.Module:
    return ast.parse((RUNTIME / module).read_text(encoding="utf-8"))


def _where(module: str, line: int = 1) -> str:
    return f"templates/runtime/{module}:{line}"


def endpoint_keywords() -> tuple[frozenset[str], ast.AST]:
    """The parameters of `Endpoint.__init__`, and where it is defined."""
    for node in _tree("_endpoint.py").body:
        if isinstance(node, ast.ClassDef) and node.name == "Endpoint":
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    a = item.args
                    names = {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs}
                    return frozenset(names - {"self"}), item
    raise ContractError(f"{_where('_endpoint.py')}: no Endpoint.__init__ found")


def top_level_names(module: str) -> frozenset[str]:
    names: set[str] = set()
    for node in _tree(module).body:
        if isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):  # re-exported: `from ._types import X as X`
            names |= {alias.asname or alias.name for alias in node.names}
    return frozenset(names)


def _keywords(op: Operation) -> Iterator[str]:
    for arg in endpoint_args(op)[2:]:  # method and path are positional
        yield arg.split("=", 1)[0]


def _generated_imports() -> Iterator[tuple[str, ast.ImportFrom]]:
    """The runtime's imports of generated modules (`from .types...`)."""
    for path in sorted(RUNTIME.glob("*.py")):
        for node in ast.walk(_tree(path.name)):
            if not isinstance(node, ast.ImportFrom) or node.level != 1:
                continue
            if (node.module or "").startswith("types"):
                yield path.name, node


def runtime_facts() -> dict[str, Any]:
    """What the check reads of the runtime, as plain data: Endpoint's
    keywords and where it takes them, the names _models.py defines, and the
    runtime's imports of generated modules (file, line, module, names)."""
    keywords, init = endpoint_keywords()
    return {
        "keywords": sorted(keywords),
        "init_line": getattr(init, "lineno", 1),
        "exported": sorted(top_level_names("_models.py")),
        "imports": [
            [module, node.lineno, node.module or "", [alias.name for alias in node.names]]
            for module, node in _generated_imports()
        ],
    }


def _cached_facts(cache: str | None) -> dict[str, Any]:
    """runtime_facts, remembered under the runtime's text and this module's:
    parsing the runtime is most of what the check costs."""
    store = Store(cache, "contract")
    if store.folder is None:
        return runtime_facts()
    parts = [sys.version, Path(__file__).read_text(encoding="utf-8")]
    for path in sorted(RUNTIME.glob("*.py")):
        parts += [path.name, path.read_text(encoding="utf-8")]
    name = key(*parts)
    stored = store.get(name)
    if stored is not None:
        try:
            facts: dict[str, Any] = json.loads(stored)
            return facts
        except ValueError:
            pass
    facts = runtime_facts()
    store.put(name, json.dumps(facts).encode())
    return facts


def check_contract(api: Api, cache: str | None = None) -> None:
    """Raise ContractError naming the first disagreement, where it is."""
    facts = _cached_facts(cache)
    keywords = frozenset(facts["keywords"])
    for root in api.resources:
        for resource in root.walk():
            for op in resource.operations:
                for keyword in _keywords(op):
                    if keyword not in keywords:
                        raise ContractError(
                            f"{_where('_endpoint.py', facts['init_line'])}: Endpoint() takes no "
                            f"{keyword!r}, which render.endpoint_args passes for {op.operation_id}"
                        )
    exported = frozenset(facts["exported"])
    for marker in MODEL_MARKERS:
        if marker not in exported:
            raise ContractError(
                f"{_where('_models.py')}: generated models import {marker}, "
                "which _models.py does not define"
            )
    wanted = f"types.{DEFS}.{REQUIRED_MODULE}"
    for module, line, imported, names in facts["imports"]:
        if imported != wanted or names != [REQUIRED_NAME]:
            raise ContractError(
                f"{_where(module, line)}: imports {names} from .{imported}; the generator "
                f"writes only {REQUIRED_NAME} in .{wanted}"
            )
