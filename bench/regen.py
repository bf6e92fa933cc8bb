"""Regeneration benchmarks: `python -m generator generate` (cold cache, warm
cache with nothing changed, one summary changed) and, for scale,
openapi-python-client generating a client from the same bundled spec."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

from _common import BENCH, BUNDLED, ROOT, VENV_PY, median

OPC_VERSION = "0.29.1"  # pinned; bump deliberately
OPC_VENV = BENCH / ".venv-opc"
OPC_BIN = OPC_VENV / "bin"
EDIT_FILE = Path("paths") / "incidents.yaml"
EDIT_PATH = "/incident/info:"


def ensure_opc(log=print) -> Path:
    """bench/.venv-opc with openapi-python-client==OPC_VERSION, made once."""
    stamp = OPC_VENV / f".installed-{OPC_VERSION}"
    if stamp.exists():
        return OPC_BIN / "openapi-python-client"
    log(f"  creating {OPC_VENV.relative_to(ROOT)} (openapi-python-client=={OPC_VERSION}) ...")
    if OPC_VENV.exists():
        shutil.rmtree(OPC_VENV)
    venv.EnvBuilder(with_pip=True, clear=True).create(OPC_VENV)
    subprocess.run(
        [
            str(OPC_BIN / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"openapi-python-client=={OPC_VERSION}",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    stamp.touch()
    return OPC_BIN / "openapi-python-client"


def run_ours(spec_root: Path, out: Path, cache: Path) -> tuple[float, str]:
    """Wall seconds of one `python -m generator generate`, and its summary line."""
    cmd = [
        str(VENV_PY),
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec_root / "openapi.yaml"),
        "--out",
        str(out),
        "--cache",
        str(cache),
    ]
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(f"generator failed ({p.returncode}): {(p.stderr or p.stdout)[-800:]}")
    return elapsed, p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ""


def run_opc(spec_json: Path, out: Path) -> tuple[float, int, str]:
    """Wall seconds, exit code and output of one openapi-python-client run
    (its ruff post-hooks included: the venv's bin is put on PATH for them)."""
    env = dict(os.environ, PATH=f"{OPC_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    cmd = [
        str(OPC_BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_json),
        "--output-path",
        str(out),
        "--meta",
        "none",
        "--overwrite",
    ]
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=out.parent, env=env, capture_output=True, text=True)
    return time.perf_counter() - t, p.returncode, p.stdout + p.stderr


def _opc_notes(output: str, out: Path) -> dict:
    endpoints = (
        [p for p in (out / "api").rglob("*.py") if p.name != "__init__.py"]
        if (out / "api").exists()
        else []
    )
    problems = re.findall(
        r"^(Unable to (?:parse|process) schema \S+|WARNING parsing \S+ \S+)", output, re.M
    )
    return {
        "endpoints": len(endpoints),
        "warnings": len(problems),
        "problems": problems[:8],
        "ruff_skipped": "ruff is not in PATH" in output,
    }


def _subset_spec(document: dict, tags: set[str]) -> dict:
    doc = dict(document)
    doc["paths"] = {
        path: item
        for path, item in document["paths"].items()
        if any(
            tag in tags
            for op in item.values()
            if isinstance(op, dict)
            for tag in op.get("tags", [])
        )
    }
    doc.pop("webhooks", None)
    return doc


def opc_fallback(work: Path) -> tuple[Path, str]:
    """The bundled spec cut down to the tags openapi-python-client accepts."""
    document = json.loads(BUNDLED.read_text(encoding="utf-8"))
    tags = sorted(
        {
            t
            for item in document["paths"].values()
            for op in item.values()
            if isinstance(op, dict)
            for t in op.get("tags", [])
        }
    )
    accepted = []
    for tag in tags:
        spec = work / f"subset-{tag}.json"
        spec.write_text(json.dumps(_subset_spec(document, {tag})))
        _, rc, _ = run_opc(spec, work / f"opc-{tag}")
        if rc == 0:
            accepted.append(tag)
    spec = work / "subset.json"
    subset = _subset_spec(document, set(accepted))
    spec.write_text(json.dumps(subset))
    note = (
        f"openapi-python-client failed on the full spec; timed on the subset it accepts: "
        f"tags {', '.join(accepted) or 'none'} ({len(subset['paths'])} of {len(document['paths'])} paths)"
    )
    return spec, note


def _edit_summary(spec_root: Path, n: int) -> None:
    """Change the summary of POST /incident/info to a text not seen before."""
    path = spec_root / EDIT_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(EDIT_PATH))
    for i in range(start + 1, len(lines)):
        if lines[i].lstrip().startswith("summary:"):
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            base = lines[i].split("summary:", 1)[1].strip().split(" [bench")[0]
            lines[i] = f"{indent}summary: {base} [bench edit {n} {os.getpid()}]\n"
            break
    else:
        raise RuntimeError(f"no summary under {EDIT_PATH} in {path}")
    path.write_text("".join(lines), encoding="utf-8")


def bench(reps: int, log=print) -> dict:
    result: dict = {"notes": []}
    with tempfile.TemporaryDirectory(prefix="flashduty-bench-regen-") as tmp:
        work = Path(tmp)
        # One snapshot of spec/ for the whole run: the working tree may change meanwhile.
        snapshot = work / "spec"
        shutil.copytree(ROOT / "spec", snapshot)
        try:
            ensure_opc(log)
            opc_ok = True
        except Exception as exc:  # noqa: BLE001
            opc_ok = False
            result["notes"].append(f"openapi-python-client could not be installed: {exc}")
        opc_spec = BUNDLED
        ours, theirs, opc_info = [], [], {}
        out = cache = None
        for r in range(reps):
            out, cache = work / f"ours-{r}", work / f"cache-{r}"
            cache.mkdir()
            steps = ["ours", "opc"] if r % 2 == 0 else ["opc", "ours"]
            for step in steps:
                if step == "ours":
                    t, line = run_ours(snapshot, out, cache)
                    ours.append(t)
                    log(f"  cold generate {r + 1}/{reps}: {t:.2f}s  ({line})")
                elif opc_ok:
                    target = work / f"opc-{r}"
                    t, rc, output = run_opc(opc_spec, target)
                    if rc != 0 and opc_spec == BUNDLED:
                        result["notes"].append(
                            "openapi-python-client error on the full spec: "
                            + " | ".join(output.strip().splitlines()[-6:])
                        )
                        opc_spec, note = opc_fallback(work)
                        result["notes"].append(note)
                        t, rc, output = run_opc(opc_spec, target)
                    if rc != 0:
                        opc_ok = False
                        result["notes"].append("openapi-python-client failed even on the subset")
                        continue
                    theirs.append(t)
                    opc_info = _opc_notes(output, target)
                    log(f"  openapi-python-client {r + 1}/{reps}: {t:.2f}s")
        result["cold"] = ours
        result["opc"] = theirs
        result["opc_info"] = opc_info
        bundled_now = (out / "openapi.json").read_bytes() if out else b""
        if bundled_now != BUNDLED.read_bytes():
            result["notes"].append(
                "generated/openapi.json (fed to openapi-python-client) differs from the bundle of "
                "the current spec/ (the working tree is ahead of generated/); same size of API either way"
            )

        # Warm cache, nothing changed: same spec, same cache, same output folder.
        warm = []
        for r in range(reps):
            t, line = run_ours(snapshot, out, cache)
            warm.append(t)
            log(f"  warm, unchanged {r + 1}/{reps}: {t:.2f}s  ({line})")
        result["warm"] = warm

        # One operation's summary changed (a new text each time), warm cache.
        edited = work / "spec-edit"
        shutil.copytree(snapshot, edited)
        edit, lines = [], []
        for r in range(reps):
            _edit_summary(edited, r)
            t, line = run_ours(edited, out, cache)
            edit.append(t)
            lines.append(line)
            log(f"  one summary changed {r + 1}/{reps}: {t:.2f}s  ({line})")
        result["edit"] = edit
        result["edit_line"] = lines[-1] if lines else ""
    result["opc_median"] = median(theirs) if theirs else None
    return result


if __name__ == "__main__":
    print(
        json.dumps(
            bench(
                int(sys.argv[1]) if len(sys.argv) > 1 else 1,
                log=lambda m: print(m, file=sys.stderr),
            )
        )
    )
