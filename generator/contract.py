"""The contract between generated code and the static runtime, checked at
generation: keywords the renderer passes to `Endpoint(...)`, names the
models import from `_models.py`, and the generated module the runtime
imports (`types.defs._required`). Without it only mypy on the output would
notice a mismatch; here generation stops with the runtime's file:line."""

from __future__ import annotations

import ast
from functools import lru_cache
from typing import Iterator

from .ir import Api, Operation
from .models import DEFS, MODEL_MARKERS, REQUIRED_MODULE, REQUIRED_NAME
from .render import endpoint_args
from .runtime import RUNTIME


class ContractError(Exception):
    """Generated code and the runtime disagree: a bug of ours, not of the spec."""


@lru_cache(maxsize=None)
def _tree(module: str) -> ast.Module:
    return ast.parse((RUNTIME / module).read_text(encoding="utf-8"))


def _where(module: str, node: ast.AST | None = None) -> str:
    line = getattr(node, "lineno", 1)
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


def check_contract(api: Api) -> None:
    """Raise ContractError naming the first disagreement, where it is."""
    keywords, init = endpoint_keywords()
    for root in api.resources:
        for resource in root.walk():
            for op in resource.operations:
                for keyword in _keywords(op):
                    if keyword not in keywords:
                        raise ContractError(
                            f"{_where('_endpoint.py', init)}: Endpoint() takes no {keyword!r}, "
                            f"which render.endpoint_args passes for {op.operation_id}"
                        )
    exported = top_level_names("_models.py")
    for marker in MODEL_MARKERS:
        if marker not in exported:
            raise ContractError(
                f"{_where('_models.py')}: generated models import {marker}, "
                "which _models.py does not define"
            )
    wanted = f"types.{DEFS}.{REQUIRED_MODULE}"
    for module, node in _generated_imports():
        names = [alias.name for alias in node.names]
        if node.module != wanted or names != [REQUIRED_NAME]:
            raise ContractError(
                f"{_where(module, node)}: imports {names} from .{node.module}; the generator "
                f"writes only {REQUIRED_NAME} in .{wanted}"
            )
