"""A whole run remembered: when no file the spec was bundled from, no
template and none of the generator's own code (nor a tool it runs) changed
since a run that succeeded, its output is what that run produced, and
loading, validating, modelling, rendering and formatting are skipped.

The index entry (one per spec root and package) lists every file the bundle
read with a hash of its bytes; a recall hashes them again, so an edit to any
of them, or a new `$ref` (which changes the file that holds it), is a miss.
The result entry is named by a hash of all of that, like the other caches:
a hit is always right. Only the latest result of each index is kept (a few
MB each), so editing the spec does not pile them up."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Iterable

from .cache import Store, key, tool_version
from .runtime import TEMPLATES

Result = tuple[dict[str, str], int, str, str]  # files, operations, api.md, cli.md
_TOOLS = ("datamodel-code-generator", "ruff", "openapi-spec-validator", "pydantic", "jinja2")


def _digest(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def code_salt() -> str:
    """The generator's sources, the templates, the tools' versions, Python's."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(sys.version.encode())
    for tool in _TOOLS:
        h.update(f"{tool}={tool_version(tool)}\0".encode())
    for folder in (here, TEMPLATES):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            h.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _index_name(spec: str, package: str) -> str:
    return key("index", os.path.abspath(spec), package)


def _result_name(salt: str, package: str, inputs: dict[str, str]) -> str:
    return key("result", salt, package, json.dumps(inputs, sort_keys=True))


def recall(spec: str, package: str, cache: str | None) -> Result | None:
    """The remembered result of a run on the same inputs, or None."""
    store = Store(cache, "runs")
    raw = store.get(_index_name(spec, package))
    if raw is None:
        return None
    try:
        inputs: dict[str, str] = json.loads(raw)["inputs"]
    except (ValueError, KeyError, TypeError):
        return None
    if any(_digest(path) != digest for path, digest in inputs.items()):
        return None
    data = store.get(_result_name(code_salt(), package, inputs))
    if data is None:
        return None
    try:
        result: Result = pickle.loads(data)
    except Exception:  # a truncated or foreign entry is a miss, never an error
        return None
    return result


def remember(
    spec: str, package: str, cache: str | None, sources: Iterable[str], result: Result
) -> None:
    """Store a successful run's result under the files it was made from."""
    store = Store(cache, "runs")
    if store.folder is None:
        return
    inputs = {path: _digest(path) for path in sorted({os.path.abspath(p) for p in sources})}
    if any(d is None for d in inputs.values()):
        return  # a source vanished during the run: nothing safe to remember
    known: dict[str, str] = {p: d for p, d in inputs.items() if d is not None}
    name = _result_name(code_salt(), package, known)
    store.put(name, pickle.dumps(result, protocol=5))
    index = _index_name(spec, package)
    old = store.get(index)
    store.put(index, json.dumps({"result": name, "inputs": known}).encode())
    try:
        previous = json.loads(old)["result"] if old is not None else None
    except (ValueError, KeyError, TypeError):
        previous = None
    if isinstance(previous, str) and previous != name:
        store.drop(previous)
