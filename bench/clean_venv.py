"""A virtual environment as a user's `pip install flashduty` leaves it: the
wheel `python -m build` makes, and its dependencies at the versions .venv
holds, nothing else.

The development .venv also holds black, mypy, pytest and their dependencies;
with click, rich and pygments present, `import httpx` loads its command line
too, which makes the raw-httpx baseline of scenario 1 slower than a user's.
Scenario 1 runs in both environments."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from _common import ROOT, VENV_PY

UV = sorted((ROOT / ".cache" / "tools").glob("uv-*/bin/uv"))

# Names and versions of the runtime dependencies, read in .venv.
_PINS = r"""
import importlib.metadata as md, re, sys
seen, todo = {}, ["flashduty"]
while todo:
    name = todo.pop()
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in seen:
        continue
    dist = md.distribution(name)
    seen[key] = dist.version
    for req in dist.requires or []:
        if ";" in req:  # an extra's or another platform's: not installed by a plain install
            continue
        todo.append(re.match(r"[A-Za-z0-9._-]+", req).group(0))
del seen["flashduty"]
print(" ".join(f"{k}=={v}" for k, v in sorted(seen.items())))
"""


def make(where: Path) -> Path:
    """The clean environment's python, made under `where` (raises with the tool's output)."""
    dist = where / "dist"
    _run([str(VENV_PY), "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)])
    wheel = next(dist.glob("flashduty-*.whl"))
    pins = _run([str(VENV_PY), "-c", _PINS]).split()
    venv = where / "venv"
    python = venv / "bin" / "python"
    try:  # uv when `make setup` fetched it; venv + pip otherwise, or when uv fails (as .ci/venv)
        if not UV:
            raise RuntimeError("no uv")
        _run([str(UV[-1]), "venv", "--quiet", "--python", sys.executable, str(venv)])
        _run(
            [str(UV[-1]), "pip", "install", "--quiet", "--compile-bytecode"]
            + ["--python", str(python), str(wheel), *pins]
        )
    except RuntimeError:
        shutil.rmtree(venv, ignore_errors=True)
        _run([sys.executable, "-m", "venv", str(venv)])
        _run([str(python), "-m", "pip", "install", "--quiet", str(wheel), *pins])
    where_from = _run([str(python), "-I", "-c", "import flashduty; print(flashduty.__file__)"])
    assert re.search(r"site-packages", where_from), where_from  # the wheel, not ./generated
    return python


def _run(cmd: list[str]) -> str:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    except OSError as e:  # the tool itself is missing or cannot run
        raise RuntimeError(f"{cmd[0]}: {e}") from None
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed:\n{(p.stdout + p.stderr)[-2000:]}")
    return p.stdout.strip()
