"""mypy --strict over a package a test generated, as a user's CI would run it.

Each caller keeps its own mypy cache under .cache/: the standard library,
pydantic and httpx are analysed once instead of on every run (about 3 s of
CPU each time), while the generated modules, new or changed, are checked
afresh (mypy compares each file's hash with what it cached)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Mapping

ROOT = Path(__file__).resolve().parent.parent


def mypy_strict(
    *targets: str, cache: str, cwd: Path | None = None, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`cache` names the caller's own cache: tests may run at the same time."""
    cache_dir = ROOT / ".cache" / "mypy-tests" / cache
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={cache_dir}", *targets],
        cwd=cwd,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
    )
