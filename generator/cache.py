"""The generator's caches under `--cache` (default .cache/generator).

Every entry is named by a hash of all that decides its content (input text,
tool versions, the code that produced it), so a hit is always right and
nothing is ever invalidated; `make clean` drops them all. Writes go through a
temporary file and a rename, so a crash never leaves half an entry."""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from pathlib import Path


def key(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class Store:
    """One kind of entry (`kind` is its folder); a None cache stores nothing."""

    def __init__(self, cache: str | None, kind: str):
        self.folder = Path(cache, kind) if cache else None

    def get(self, name: str) -> bytes | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / name).read_bytes()
        except OSError:
            return None

    def put(self, name: str, data: bytes) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, self.folder / name)

    def drop(self, name: str) -> None:
        if self.folder is not None:
            (self.folder / name).unlink(missing_ok=True)

    def has(self, name: str) -> bool:
        return self.folder is not None and (self.folder / name).exists()

    def mark(self, names: list[str]) -> None:
        """Record that these passed a check (empty marker entries)."""
        for name in names:
            self.put(name, b"")


def tool_version(name: str) -> str:
    """The installed version of a distribution, for the keys of entries it
    produced ("-" if it is not installed). Read from the name of its
    `<name>-<version>.dist-info` folder, the first on sys.path, as
    importlib.metadata would find it: that module takes longer to import
    than a remembered run takes (it is asked only where no such folder is)."""
    found = _dist_infos().get(_normal(name))
    if found is not None:
        return found
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _normal(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


@lru_cache(maxsize=1)
def _dist_infos() -> dict[str, str]:
    """Normalised distribution name -> version, first on sys.path first."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = [e.name for e in os.scandir(entry or ".") if e.name.endswith(".dist-info")]
        except OSError:
            continue
        for folder in sorted(names):
            dist, _, version = folder[: -len(".dist-info")].partition("-")
            if version:
                found.setdefault(_normal(dist), version)
    return found
