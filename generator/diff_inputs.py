"""The documents `python -m generator diff` compares.

A source is a file (the root YAML of a split spec, bundled with its $refs, or
one JSON document) or `git:REV`: this repository's spec/ as it was at REV.
Nothing is validated beyond being an OpenAPI document with paths or webhooks:
the vendor's document must compare too. Several sources read as one API
(`merge`): the vendor publishes its API as one document per product.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
import tempfile
from typing import Any

from .load import bundle
from .schemas import METHODS
from .problems import SpecError

SPEC_DIR = "spec"
SPEC_ROOT = "openapi.yaml"


class InputError(Exception):
    """A source that cannot be compared; the message says which and why."""


def load_document(source: str) -> dict[str, Any]:
    if source.startswith("git:"):
        return _from_git(source[len("git:") :], source)
    return _from_file(source, source)


def _from_file(path: str, source: str) -> dict[str, Any]:
    if not os.path.isfile(path):
        raise InputError(f"{source}: no such file")
    if path.endswith(".json"):
        try:
            with open(path, encoding="utf-8") as fh:
                document = json.load(fh)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{source}: not valid JSON: {exc}") from None
    else:
        try:
            document = bundle(path).document
        except SpecError as exc:
            raise InputError(f"{source}: cannot be read:\n{exc.report()}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{source}: cannot be read: {exc}") from None
    if not isinstance(document, dict) or not (
        isinstance(document.get("paths"), dict) or isinstance(document.get("webhooks"), dict)
    ):
        raise InputError(f"{source}: not an OpenAPI document (no `paths` or `webhooks` mapping)")
    return document


def _git(args: list[str], source: str, cwd: str | None = None, failure: str = "") -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise InputError(f"{source}: cannot run git: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise InputError(f"{source}: {message[-1] if message else failure or 'git failed'}")
    return done.stdout


def _from_git(revision: str, source: str) -> dict[str, Any]:
    """spec/ of this repository (the one holding the working directory) at
    `revision`, unpacked into a temporary folder and bundled from there."""
    if not revision or revision.startswith("-"):
        raise InputError(f"{source}: name a revision, as in git:HEAD")
    top = _git(["rev-parse", "--show-toplevel"], source).decode().strip()
    verify = ["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"]
    commit = _git(verify, source, top, "no such revision here").decode().strip()
    if not _git(["ls-tree", "--name-only", commit, "--", SPEC_DIR], source, top).strip():
        raise InputError(f"{source}: there is no {SPEC_DIR}/ at that revision")
    archive = _git(["archive", "--format=tar", commit, "--", SPEC_DIR], source, top)
    with tempfile.TemporaryDirectory(prefix="generator-diff-") as folder:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            members = [
                m
                for m in tar.getmembers()
                if (m.isfile() or m.isdir()) and not os.path.isabs(m.name) and ".." not in m.name
            ]
            # Only plain files and folders inside `folder` (what git archive writes).
            if hasattr(tarfile, "data_filter"):
                tar.extractall(folder, members=members, filter="data")
            else:  # Python without extraction filters (before 3.10.12/3.11.4)
                tar.extractall(folder, members=members)
        root = os.path.join(folder, SPEC_DIR, SPEC_ROOT)
        if not os.path.isfile(root):
            raise InputError(f"{source}: there is no {SPEC_DIR}/{SPEC_ROOT} at that revision")
        return _from_file(root, source)


def load_documents(sources: list[str]) -> dict[str, Any]:
    """One document, or several merged into one (see `merge`)."""
    documents = [(source, load_document(source)) for source in sources]
    return documents[0][1] if len(documents) == 1 else merge(documents)


def merge(documents: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The documents as one API: their paths, webhooks, tags and components
    together. A path (or webhook) in two of them is an InputError: which one
    is meant cannot be told. Components of the same name and section are kept
    once when equal; when they differ, the later document's is renamed
    (`Name.2` for the second source) along with the refs that point to it,
    so each operation keeps reading its own document's schemas; each
    operation carries its document's `security` (the merged view has none)."""
    merged: dict[str, Any] = {"openapi": "3.1.0", "paths": {}, "webhooks": {}, "tags": []}
    components: dict[str, dict[str, Any]] = {}
    owner: dict[tuple[str, str], tuple[int, str]] = {}
    tags: set[str] = set()
    for number, (source, document) in enumerate(documents, start=1):
        renames = _renames(document, components, number)
        document = _renamed(document, renames) if renames else document
        document = {**document, "paths": _own_security(document, renames)}
        for section in ("paths", "webhooks"):
            named = document.get(section)
            for key, item in (named if isinstance(named, dict) else {}).items():
                first = owner.setdefault((section, key), (number, source))
                if first[0] != number:
                    what = "path" if section == "paths" else "webhook"
                    raise InputError(
                        f"{source}: {what} `{key}` is also in {first[1]}; give each path once"
                    )
                merged[section][key] = item
        tags_of = document.get("tags")
        for tag in tags_of if isinstance(tags_of, list) else []:
            if isinstance(tag, dict) and str(tag.get("name")) not in tags:
                tags.add(str(tag.get("name")))
                merged["tags"].append(tag)
        for section, named in _components(document, renames).items():
            components.setdefault(section, {}).update(named)
    merged["components"] = components
    return merged


def _renames(
    document: dict[str, Any], seen: dict[str, dict[str, Any]], number: int
) -> dict[str, str]:
    """Ref -> new ref for each component of `document` whose name is taken
    by a different component of an earlier document."""
    out: dict[str, str] = {}
    found = document.get("components")
    for section, named in (found if isinstance(found, dict) else {}).items():
        if not isinstance(named, dict):
            continue
        for name, value in named.items():
            earlier = seen.get(str(section), {})
            if name in earlier and earlier[name] != value:
                out[f"#/components/{section}/{name}"] = f"#/components/{section}/{name}.{number}"
    return out


def _own_security(document: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """The document's paths, each operation with the security it has there:
    its own or the document's, under the merged names of the schemes."""
    default = document.get("security")
    prefix = "#/components/securitySchemes/"

    def renamed(requirements: Any) -> Any:
        if not isinstance(requirements, list):
            return requirements
        return [
            (
                {
                    renames.get(prefix + str(k), prefix + str(k))[len(prefix) :]: v
                    for k, v in r.items()
                }
                if isinstance(r, dict)
                else r
            )
            for r in requirements
        ]

    def carried(op: Any) -> Any:
        if not isinstance(op, dict):
            return op
        security = op.get("security", default)
        return op if security is None else {**op, "security": renamed(security)}

    found = document.get("paths")
    return {
        path: (
            {m: carried(op) if m in METHODS else op for m, op in item.items()}
            if isinstance(item, dict)
            else item
        )
        for path, item in (found if isinstance(found, dict) else {}).items()
    }


def _renamed(node: Any, renames: dict[str, str]) -> Any:
    """A copy of `node` whose refs to renamed components point to the new names."""
    if isinstance(node, list):
        return [_renamed(v, renames) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _renamed(v, renames) for k, v in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref in renames:
        out["$ref"] = renames[ref]
    return out


def _components(document: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """The document's components, under their new names where renamed."""
    out: dict[str, Any] = {}
    found = document.get("components")
    for section, named in (found if isinstance(found, dict) else {}).items():
        if isinstance(named, dict):
            prefix = f"#/components/{section}/"
            out[str(section)] = {
                renames.get(prefix + name, prefix + name)[len(prefix) :]: value
                for name, value in named.items()
            }
    return out
