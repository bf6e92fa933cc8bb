"""The package as it grows: a copy of the bundled spec with operations added
under new paths, generated into a folder of its own. run.py times its import
+ first call against the package in generated/, in the same run, to show
that the cold start does not grow with the number of operations.

    python bench/grown.py OUT_DIR [OPERATIONS]      # default: 450 operations

The spec is a copy of spec/; the copies are of existing operations (same tag, request, answer, examples),
each under `<path>/grown<n>` with the method name `<name>_grown<n>`: the
resources, the type modules and the reference grow as the vendor's new
operations will make them grow.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, VENV_PY  # noqa: E402

METHODS = ("get", "put", "post", "delete", "patch")


def grown_spec(spec_dir: Path, target: int) -> int:
    """Add copies of operations to the spec under `spec_dir` (a copy of spec/)
    until it has `target` of them; returns how many it has."""
    root_file = spec_dir / "openapi.yaml"
    root = yaml.safe_load(root_file.read_text(encoding="utf-8"))
    refs: dict[str, dict] = root["paths"]
    files: dict[str, dict] = {}
    originals = []
    for path, ref in refs.items():
        file, _, pointer = ref["$ref"].partition("#/")
        if file not in files:
            files[file] = yaml.safe_load((spec_dir / file).read_text(encoding="utf-8"))
        originals.append((path, file, pointer))
    count = sum(1 for _, f, p in originals for m in METHODS if m in files[f][_unescape(p)])
    round_ = 0
    while count < target:
        round_ += 1
        for path, file, pointer in originals:
            if count >= target:
                break
            twin = copy.deepcopy(files[file][_unescape(pointer)])
            for method in METHODS:
                if method in twin:
                    twin[method]["operationId"] += f"_grown{round_}"
                    twin[method].pop("x-replaced-by", None)
                    count += 1
            new_path = f"{path}/grown{round_}"
            files[file][new_path] = twin
            refs[new_path] = {"$ref": f"{file}#/{_escape(new_path)}"}
    for file, document in files.items():
        (spec_dir / file).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    root_file.write_text(yaml.safe_dump(root, sort_keys=False), encoding="utf-8")
    return count


def _unescape(pointer: str) -> str:
    return pointer.replace("~1", "/").replace("~0", "~")


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def generate(out: Path, target: int = 450) -> tuple[int, float]:
    """Write the grown spec and its package under `out` (package in out/generated).
    Returns (operations, seconds the generator took)."""
    import time

    out.mkdir(parents=True, exist_ok=True)
    spec_dir = out / "spec"
    shutil.rmtree(spec_dir, ignore_errors=True)
    shutil.copytree(ROOT / "spec", spec_dir)
    operations = grown_spec(spec_dir, target)
    spec = spec_dir / "openapi.yaml"
    t = time.perf_counter()
    p = subprocess.run(
        [
            str(VENV_PY),
            "-m",
            "generator",
            "--spec",
            str(spec),
            "--out",
            str(out / "generated"),
            "--package",
            "flashduty",
            "--cache",
            str(out / "cache"),
            "generate",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if p.returncode != 0:
        raise RuntimeError(f"generating the grown package failed: {p.stderr.strip()[-2000:]}")
    return operations, time.perf_counter() - t


if __name__ == "__main__":
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 450
    print(generate(Path(sys.argv[1]), n))
