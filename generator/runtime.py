"""The templates folder, and the facts of the static runtime that the spec
must agree with: the query parameters it treats as secrets and the error
codes it has classes for. They are read from the runtime's source (not
imported: it is a package fragment with relative imports)."""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path
from typing import Any

# templates/ sits beside this package in the repository; found from this
# file, so the generator runs from any working directory.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = TEMPLATES / "runtime"


def runtime_files() -> dict[str, str]:
    """File name -> text of every file of the runtime, copied verbatim."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.iterdir())
        if path.is_file() and not path.name.startswith(".")
    }


@lru_cache(maxsize=None)
def _constant(module: str, name: str, whole: bool = False) -> Any:
    tree = ast.parse((RUNTIME / module).read_text(encoding="utf-8"))
    for node in tree.body:
        target: ast.expr
        value: ast.expr | None
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == name and value is not None:
            if (
                isinstance(value, ast.Dict) and not whole
            ):  # names of classes as values: keep the keys
                return tuple(ast.literal_eval(k) for k in value.keys if k is not None)
            return ast.literal_eval(value)
    raise LookupError(f"{name} not found in templates/runtime/{module}")


def secret_params() -> tuple[str, ...]:
    """Query parameters the runtime sends as keys and redacts everywhere."""
    return tuple(_constant("_redact.py", "SECRET_PARAMS"))


def error_codes() -> tuple[str, ...]:
    """API error codes the runtime has an exception class for."""
    return tuple(_constant("_errors.py", "ERROR_CLASSES"))


def scheme_kinds() -> tuple[str, ...]:
    """Kinds of security scheme the runtime sends (query key, bearer token, header key)."""
    return tuple(_constant("_auth.py", "SCHEME_KINDS"))


def client_credentials() -> dict[str, tuple[str, str, str]]:
    """Flashduty(...) credential argument -> (kind, wire name, environment variable)."""
    return dict(_constant("_auth.py", "CLIENT_CREDENTIALS", True))


def retry_outcomes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(outcomes every call retries, outcomes only reads retry) of the default policy."""
    return tuple(_constant("_retry.py", "RETRY_ALWAYS")), tuple(
        _constant("_retry.py", "RETRY_READS")
    )
