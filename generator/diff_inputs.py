"""The two documents `python -m generator diff` compares.

A source is a file (the root YAML of a split spec, bundled with its $refs, or
one JSON document) or `git:REV`: this repository's spec/ as it was at REV.
Nothing is validated beyond being an OpenAPI document with paths or webhooks:
the vendor's document must compare too.
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
