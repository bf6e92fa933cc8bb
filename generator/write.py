"""Write (last): format the rendered files and replace the output folder in one
move. The same input always gives the same bytes.

The layout is black's (line length 100, Python 3.10 target): the templates
and the renderer emit code that black leaves as it is, and
tests/generator/test_generator.py proves black would change nothing. The
formatting itself is done by ruff's formatter, which gives the same bytes on
that code in a fraction of the time (one process for every file, instead of
black parsing each in Python), so a cold regeneration is not spent on it."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Collection

from .cache import Store, key, tool_version

LINE_LENGTH = 100
TARGET = "py310"


def _ruff() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def _format_all(sources: list[str]) -> list[str]:
    """Format the sources with one ruff process over a scratch folder."""
    with tempfile.TemporaryDirectory(prefix="flashduty-format-") as tmp:
        paths = [Path(tmp, f"m{i}.py") for i in range(len(sources))]
        for path, source in zip(paths, sources):
            path.write_text(source, encoding="utf-8")
        done = subprocess.run(
            [_ruff(), "format", "--isolated", "--no-cache", "--quiet"]
            + ["--line-length", str(LINE_LENGTH), "--target-version", TARGET, tmp],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"ruff format failed on rendered code: {done.stderr.strip()}")
        return [path.read_text(encoding="utf-8") for path in paths]


def format_files(
    files: dict[str, str], cache: str | None, skip: Collection[str] = ()
) -> dict[str, str]:
    """Format every .py file; formatted text is cached by the hash of its
    input and the formatter's version, so an unchanged file is never
    formatted twice."""
    out = dict(files)
    todo: dict[str, tuple[str, str]] = {}  # file -> (source, cache entry)
    store = Store(cache, "format")
    version = tool_version("ruff")
    for name, source in files.items():
        if not name.endswith(".py") or name in skip:
            continue
        entry = key(version, str(LINE_LENGTH), TARGET, source)
        cached = store.get(entry)
        if cached is not None:
            out[name] = cached.decode("utf-8")
        else:
            todo[name] = (source, entry)
    if not todo:
        return out
    names = sorted(todo)
    for name, result in zip(names, _format_all([todo[n][0] for n in names])):
        out[name] = result
        store.put(todo[name][1], result.encode("utf-8"))
    return out


def write_tree(files: dict[str, str], out: str, unchanged: Collection[str] = ()) -> None:
    """Write `files` into a fresh folder beside `out`, then swap it in.

    `unchanged` names files that `out` already holds with the same bytes
    (see `differences`): they are hard-linked into the new folder rather
    than written again, which costs a tenth of a write; the old folder is
    still replaced in one move, so a failure leaves it as it was. Their
    compiled modules come along (see `_carry_bytecode`)."""
    target = Path(out).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    keep = set(unchanged)
    try:
        for name in sorted(files):
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if name in keep and _linked(target / name, path):
                continue
            path.write_bytes(files[name].encode("utf-8"))
        _carry_bytecode(target, staging, keep)
        for kept in _foreign(target):
            os.replace(target / kept, staging / kept)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            old.rmdir()
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _carry_bytecode(target: Path, staging: Path, unchanged: set[str]) -> None:
    """Link the compiled modules (`__pycache__`) of unchanged files into the
    new folder, so that importing the package after a regeneration compiles
    only what changed. Python checks a .pyc against its source's size and
    mtime, which a linked source keeps; a changed file's .pyc is left behind
    (a rewrite of the same size within a second would pass that check)."""
    if not unchanged or not target.is_dir():
        return
    for folder in target.rglob("__pycache__"):
        where = folder.parent.relative_to(target)
        for compiled in folder.glob("*.pyc"):
            source = (where / (compiled.name.split(".", 1)[0] + ".py")).as_posix()
            if source in unchanged:
                (staging / where / "__pycache__").mkdir(exist_ok=True)
                _linked(compiled, staging / where / "__pycache__" / compiled.name)


def _linked(existing: Path, path: Path) -> bool:
    """Whether `existing` could be hard-linked at `path` (not on every file system)."""
    try:
        os.link(existing, path)
    except OSError:
        return False
    return True


def _foreign(target: Path) -> list[str]:
    """Top-level entries of the output folder that are not ours but an
    installer's (`pip install -e` leaves its egg-info there): kept as they are."""
    if not target.exists():
        return []
    return sorted(p.name for p in target.iterdir() if p.name.endswith(".egg-info"))


def differences(files: dict[str, str], out: str) -> list[str]:
    """Files that `write_tree(files, out)` would add, change or remove."""
    target = Path(out)
    foreign = set(_foreign(target))
    existing = (
        {
            str(p.relative_to(target)).replace(os.sep, "/")
            for p in target.rglob("*")
            if p.is_file()
            and "__pycache__" not in p.parts
            and p.relative_to(target).parts[0] not in foreign
        }
        if target.exists()
        else set()
    )
    stale = [
        n
        for n in sorted(files)
        if n not in existing or (target / n).read_bytes() != files[n].encode("utf-8")
    ]
    return stale + sorted(existing - set(files))


def stale_file(path: str, text: str) -> bool:
    """Whether the file at `path` is missing or holds other bytes than `text`."""
    try:
        return Path(path).read_bytes() != text.encode("utf-8")
    except FileNotFoundError:
        return True


def write_file(path: str, text: str) -> None:
    """Replace one file in one move."""
    target = Path(path).resolve()
    fd, staging = tempfile.mkstemp(prefix=f".{target.name}.new-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        os.replace(staging, target)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise
