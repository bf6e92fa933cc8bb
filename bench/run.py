"""flashduty-python benchmarks: every figure a ratio against a baseline measured
in the same run (medians of several runs). See bench/README.md.

    .venv/bin/python bench/run.py            # full run (~4-6 min), writes bench/results.md
    .venv/bin/python bench/run.py --quick    # fewer repeats, a smoke test (~1-2 min)
    .venv/bin/python bench/run.py --only import,call   # a subset: import, call, regen, reading, cli, profile
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import shutil
import statistics
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, ROOT, VENV_PY, bodies, median, spread  # noqa: E402

SECTIONS = ("import", "call", "regen", "reading", "cli", "test", "profile")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def handmade(where: Path) -> Path:
    """A package `handmade` under `where` holding the SDK's model base
    (_models.py, _types.py) and its model files, nothing of its runtime:
    the models a hand-written client of the same API would have (reference
    1h). Returns the folder to put on PYTHONPATH."""
    src = ROOT / "generated" / "flashduty"
    pkg = where / "handmade"
    (pkg / "types" / "defs").mkdir(parents=True)
    for init in (pkg, pkg / "types"):
        (init / "__init__.py").write_text("")
    for name in ("_models.py", "_types.py"):
        shutil.copy(src / name, pkg / name)
    for path in (src / "types" / "defs").glob("*.py"):
        shutil.copy(path, pkg / "types" / "defs" / path.name)
    return where


def child(
    mode: str,
    body_file: Path,
    importtime: bool = False,
    grown: Path | None = None,
    clean: Path | None = None,
    hand: Path | None = None,
) -> tuple[float, dict, str]:
    """One fresh interpreter: wall seconds from spawn to exit, its JSON, its
    stderr. Mode `grown`: the `sdk` child importing the package generated
    from the grown spec (grown.py) instead of generated/. Modes `clean-*`:
    the child of that mode run by `clean`, the clean environment's python."""
    python = VENV_PY
    if mode.startswith("clean-"):
        assert clean is not None
        python, mode = clean, mode.removeprefix("clean-")
    cmd = [str(python)] + (["-X", "importtime"] if importtime else [])
    cmd += [str(BENCH / "child_import.py"), "sdk" if mode == "grown" else mode, str(body_file)]
    # Bytecode caches as users have them (pip writes them for httpx and pydantic):
    # a PYTHONDONTWRITEBYTECODE inherited from the shell would make every
    # child recompile flashduty, and only flashduty, from source.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if mode == "grown":
        assert grown is not None
        env["PYTHONPATH"] = str(grown)  # ahead of the editable install's path entry
    if mode == "hand":
        assert hand is not None
        env["PYTHONPATH"] = str(hand)
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(f"{mode} child failed: {p.stderr.strip()[-1200:]}")
    return wall, json.loads(p.stdout.strip().splitlines()[-1]), p.stderr


# ---------------------------------------------------------------- 1 and 4


def bench_import(
    runs: int,
    body_file: Path,
    grown_dir: Path | None = None,
    clean_dir: Path | None = None,
    hand_dir: Path | None = None,
) -> dict:
    """Scenario 1 (and 4): fresh interpreters, alternating. With `grown_dir`,
    also the package generated from the spec grown to ~450 operations; with
    `clean_dir`, also the SDK and the baselines in a clean environment
    (clean_venv.py; skipped, and said so, where it cannot be made); with
    `hand_dir`, also the hand-written client of reference 1h."""
    grown: dict = {}
    clean: Path | None = None
    clean_error = ""
    if clean_dir is not None:
        import clean_venv

        try:
            clean = clean_venv.make(clean_dir)
        except Exception as e:  # noqa: BLE001 - e.g. no package index: the other rows still run
            clean_error = str(e).strip().splitlines()[-1][:300]
            log(f"  clean environment not made: {clean_error}")
    if grown_dir is not None:
        import grown as grown_mod

        operations, seconds = grown_mod.generate(grown_dir)
        grown = {"operations": operations, "generate_s": seconds}
        log(f"  grown package: {operations} operations, generated in {seconds:.1f}s")
    hand = handmade(hand_dir) if hand_dir is not None else None
    modes: tuple[str, ...] = ("sdk", "raw", "pydantic", "model")
    modes += (("hand",) if hand else ()) + (("grown",) if grown else ())
    if clean is not None:
        modes += ("clean-sdk", "clean-raw", "clean-pydantic")
    pkg = grown_dir / "generated" if grown_dir is not None else None
    for mode in modes:  # warm-up: bytecode caches, page cache
        child(mode, body_file, grown=pkg, clean=clean, hand=hand)
    walls: dict[str, list[float]] = {m: [] for m in modes}
    inner: dict[str, list[dict]] = {m: [] for m in modes}
    for r in range(runs):
        for mode in (modes if r % 2 == 0 else modes[::-1]):
            wall, marks, _ = child(mode, body_file, grown=pkg, clean=clean, hand=hand)
            walls[mode].append(wall)
            inner[mode].append(marks)
    log(
        f"  import: sdk {median(walls['sdk']):.3f}s, baseline {median(walls['raw']):.3f}s, "
        f"baseline + BaseModel {median(walls['pydantic']):.3f}s (medians of {runs})"
    )

    def med(mode: str, key: str) -> float:
        return median([m[key] for m in inner[mode]])

    return {
        "runs": runs,
        "grown": grown,
        "clean_error": clean_error,
        "wall": walls,
        "inner": {m: [x["call"] for x in inner[m]] for m in inner},
        "rss_kb": {m: [x["maxrss_kb"] for x in inner[m]] for m in inner},
        "phases": {
            m: {
                "import": med(m, "import"),
                "construct": med(m, "construct") - med(m, "import"),
                "first resource access": med(m, "resource") - med(m, "construct"),
                "first call": med(m, "call") - med(m, "resource"),
            }
            for m in inner
        },
    }


# ---------------------------------------------------------------- 2


def bench_call(rounds: int) -> dict:
    p = subprocess.run(
        [str(VENV_PY), str(BENCH / "percall.py"), "bench", str(rounds)],
        cwd=BENCH,
        capture_output=True,
        text=True,
    )
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip()[-1200:])
    result = json.loads(p.stdout)
    for name, r in result.items():
        log(
            f"  per call {name}: sdk {median(r['sdk']) * 1e6:.0f}µs, baseline {median(r['raw']) * 1e6:.0f}µs"
        )
    return result


# ---------------------------------------------------------------- 6


def bench_test() -> dict:
    """`make test` once, as a maintainer runs it: wall time and exit status."""
    t = time.perf_counter()
    p = subprocess.run(["make", "test"], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    tail = (p.stdout + p.stderr).strip().splitlines()[-3:]
    log(f"  make test: {seconds:.0f}s, exit {p.returncode}: {' / '.join(tail)}")
    return {"seconds": seconds, "rc": p.returncode, "tail": tail}


# ---------------------------------------------------------------- 5


def bench_reading(runs: int, rounds: int) -> dict:
    """Answers that differ from the spec (the fallback reading) against the
    same answers as the spec has them: peak memory of a 5 MB page, each kind
    in its own fresh interpreter, and per-call time of a 20-item page."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(*args: str) -> dict:
        p = subprocess.run(
            [str(VENV_PY), str(BENCH / "reading.py"), *args],
            cwd=BENCH,
            capture_output=True,
            text=True,
            env=env,
        )
        if p.returncode != 0:
            raise RuntimeError(p.stderr.strip()[-1200:])
        return json.loads(p.stdout.strip().splitlines()[-1])

    memory: dict[str, list[float]] = {"matching": [], "mismatched": []}
    body_kb = {}
    for _ in range(runs):
        for kind in memory:
            r = run("memory", kind)
            memory[kind].append(r["peak_growth_kb"])
            body_kb[kind] = r["body_kb"]
    times = run("time", str(rounds))
    maps: dict[str, dict[str, list[float]]] = {
        kind: {"kb": [], "s": []} for kind in ("matching", "mismatched")
    }
    hooks: dict[str, dict[str, list[float]]] = {
        kind: {"kb": [], "s": []} for kind in ("matching", "mismatched")
    }
    for _ in range(runs):
        for how, found in (("map", maps), ("hook", hooks)):
            for kind in found:
                r = run(how, kind)
                found[kind]["kb"].append(r["peak_growth_kb"])
                found[kind]["s"].append(r["s"])
    log(
        f"  reading: peak +{median(memory['mismatched']) / 1024:.0f} MB mismatched, "
        f"+{median(memory['matching']) / 1024:.0f} MB matching"
    )
    return {
        "memory": memory,
        "body_kb": body_kb,
        "time": times,
        "maps": maps,
        "hooks": hooks,
        "runs": runs,
    }


# ---------------------------------------------------------------- profile


def _importtime(stderr: str) -> dict[str, int]:
    """module -> self µs, from `python -X importtime` output."""
    out = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        _, self_us, _cum, name = (
            part.strip() for part in line.replace("import time:", "|", 1).split("|")
        )
        out[name] = int(self_us)
    return out


def profile_import(body_file: Path, runs: int = 3) -> dict:
    per: dict[str, list[dict[str, int]]] = {"sdk": [], "raw": [], "pydantic": []}
    for _ in range(runs):
        for mode in per:
            per[mode].append(_importtime(child(mode, body_file, importtime=True)[2]))
    med = {m: {k: statistics.median(r.get(k, 0) for r in per[m]) for k in per[m][0]} for m in per}

    def extra(base: str) -> dict[str, float]:
        return {k: v for k, v in med["sdk"].items() if k not in med[base]}

    vs_raw, vs_ref = extra("raw"), extra("pydantic")
    ours = {k: v for k, v in vs_raw.items() if k.startswith("flashduty")}
    return {
        "extra_total_ms": sum(vs_raw.values()) / 1000,
        "extra_count": len(vs_raw),
        "ref_total_ms": sum(vs_ref.values()) / 1000,
        "ref_count": len(vs_ref),
        "flashduty_total_ms": sum(ours.values()) / 1000,
        "flashduty_count": len(ours),
        "top": sorted(vs_ref.items(), key=lambda kv: -kv[1])[:12],
    }


def profile_call() -> dict:
    p = subprocess.run(
        [str(VENV_PY), str(BENCH / "percall.py"), "profile"],
        cwd=BENCH,
        capture_output=True,
        text=True,
    )
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip()[-1200:])
    return json.loads(p.stdout)


def profile_regen() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = Path(tmp) / "spec"
        import shutil

        shutil.copytree(ROOT / "spec", snapshot)
        p = subprocess.run(
            [str(VENV_PY), str(BENCH / "regen_stages.py"), str(snapshot)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip()[-1200:])
    return json.loads(p.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- report


def ratio_row(
    name: str, sdk: float, base: float, unit: str, target: float | None, runs: str
) -> list[str]:
    scale, fmt = {
        "s": (1, "{:.2f} s"),
        "ms": (1e3, "{:.1f} ms"),
        "µs": (1e6, "{:.0f} µs"),
        "MB": (1 / 1024, "{:.1f} MB"),
    }[unit]
    ratio = sdk / base
    verdict = "—" if target is None else ("✅ ok" if ratio <= target else "❌ over")
    return [
        name,
        fmt.format(sdk * scale),
        fmt.format(base * scale),
        f"**{ratio:.2f}×**",
        "report only" if target is None else f"≤ {target:g}",
        verdict,
        runs,
    ]


def table(results: dict, errors: dict) -> list[str]:
    rows = [["benchmark", "flashduty", "baseline", "ratio", "target", "verdict", "runs"]]
    imp = results.get("import")
    if imp:
        n = f"{imp['runs']}× each, alternating"
        rows.append(
            ratio_row(
                "1. import + client + first `incidents.info` (fresh interpreter, wall)",
                median(imp["wall"]["sdk"]),
                median(imp["wall"]["raw"]),
                "ms",
                1.4,
                n,
            )
        )
        rows.append(
            ratio_row(
                "1b. same, measured inside the child (interpreter start-up excluded)",
                median(imp["inner"]["sdk"]),
                median(imp["inner"]["raw"]),
                "ms",
                None,
                n,
            )
        )
        rows.append(
            ratio_row(
                "1c. reference: 1 against baseline + `from pydantic import BaseModel, TypeAdapter`",
                median(imp["wall"]["sdk"]),
                median(imp["wall"]["pydantic"]),
                "ms",
                1.15,
                n,
            )
        )
        rows.append(
            ratio_row(
                "1e. reference: 1 against baseline reading into one small pydantic model (`data: dict`)",
                median(imp["wall"]["sdk"]),
                median(imp["wall"]["model"]),
                "ms",
                None,
                n,
            )
        )
        if "hand" in imp["wall"]:
            rows.append(
                ratio_row(
                    "1h. reference: 1 against a hand-written httpx + pydantic client reading into "
                    "the SDK's own `Incident` models (the model files alone, no runtime)",
                    median(imp["wall"]["sdk"]),
                    median(imp["wall"]["hand"]),
                    "ms",
                    None,
                    n,
                )
            )
        if "grown" in imp["wall"]:
            rows.append(
                ratio_row(
                    f"1d. 1 at {imp['grown']['operations']} operations (grown.py) against 1 (the package in generated/)",
                    median(imp["wall"]["grown"]),
                    median(imp["wall"]["sdk"]),
                    "ms",
                    1.05,
                    n,
                )
            )
        if "clean-sdk" in imp["wall"]:
            for key, base, target in (("1f", "raw", 1.4), ("1g", "pydantic", 1.15)):
                rows.append(
                    ratio_row(
                        f"{key}. {'1' if base == 'raw' else '1c'} in a clean environment "
                        "(the wheel and its dependencies only; clean_venv.py)",
                        median(imp["wall"]["clean-sdk"]),
                        median(imp["wall"][f"clean-{base}"]),
                        "ms",
                        target,
                        n,
                    )
                )
        elif imp.get("clean_error"):
            rows.append(["1f. 1 in a clean environment", "not run", "", "", "≤ 1.4", "—", ""])
    elif "import" in errors:
        rows.append(["1. import + first call", "error", "", "", "≤ 1.4", "❌ error", ""])
    call = results.get("call")
    if call:
        for key, label in (
            ("info", "2a. per call: `incidents.info`"),
            ("list", "2b. per call: `incidents.list` (20 items)"),
        ):
            r = call[key]
            rows.append(
                ratio_row(
                    label,
                    median(r["sdk"]),
                    median(r["raw"]),
                    "µs",
                    1.0 if key == "info" else 1.10,
                    f"{len(r['sdk'])} rounds × {r['number']} calls",
                )
            )
    elif "call" in errors:
        rows.append(["2. per call", "error", "", "", "≤ 1.10", "❌ error", ""])
    regen = results.get("regen")
    if regen:
        reps = len(regen["cold"])
        if regen.get("opc"):
            rows.append(
                ratio_row(
                    "3a. regenerate, cold cache (baseline: openapi-python-client, same spec)",
                    median(regen["cold"]),
                    median(regen["opc"]),
                    "s",
                    1.0,
                    f"{reps}+{len(regen['opc'])} alternating",
                )
            )
        else:
            rows.append(
                [
                    "3a. regenerate, cold cache",
                    f"{median(regen['cold']):.2f} s",
                    "n/a",
                    "n/a",
                    "≤ 2",
                    "no baseline",
                    str(reps),
                ]
            )
        for key, label, limit in (
            ("warm", "3b. regenerate, warm cache, nothing changed", 0.5),
            ("edit", "3c. regenerate, warm cache, one summary changed", 1.0),
        ):
            m = median(regen[key])
            rows.append(
                [
                    label,
                    f"{m:.2f} s",
                    "—",
                    "—",
                    f"≤ {limit:g} s",
                    "✅ ok" if m <= limit else "❌ over",
                    str(len(regen[key])),
                ]
            )
    elif "regen" in errors:
        rows.append(["3. regenerate", "error", "", "", "", "❌ error", ""])
    if imp:
        rows.append(
            ratio_row(
                "4. peak RSS of scenario 1 (ru_maxrss of the child)",
                median(imp["rss_kb"]["sdk"]),
                median(imp["rss_kb"]["raw"]),
                "MB",
                None,
                f"{imp['runs']}× each",
            )
        )
        if "grown" in imp["rss_kb"]:
            rows.append(
                ratio_row(
                    f"4b. peak RSS at {imp['grown']['operations']} operations against 4's flashduty",
                    median(imp["rss_kb"]["grown"]),
                    median(imp["rss_kb"]["sdk"]),
                    "MB",
                    None,
                    f"{imp['runs']}× each",
                )
            )
    reading = results.get("reading")
    if reading:
        mem = reading["memory"]
        rows.append(
            ratio_row(
                "5a. peak memory reading a 5 MB page that differs from the spec (vs the same page matching it)",
                median(mem["mismatched"]),
                median(mem["matching"]),
                "MB",
                3.0,
                f"{reading['runs']}× each, fresh interpreters",
            )
        )
        t = reading["time"]
        rows.append(
            ratio_row(
                "5b. per call: a 20-item page that differs from the spec (vs matching)",
                median(t["mismatched"]),
                median(t["matching"]),
                "µs",
                None,
                f"{len(t['matching'])} rounds × 100 calls",
            )
        )
        maps, hooks = reading.get("maps"), reading.get("hooks")
        # Issue 17: at most about 1.5x the memory, and a small factor (2) of the time.
        targets = (("MB", "kb", "peak memory", 1.5), ("s", "s", "time", 2.0))
        for row, via, found in (("5c", "", maps), ("5d", " through webhooks.parse", hooks)):
            if not found:
                continue
            for unit, key, label, target in targets:
                rows.append(
                    ratio_row(
                        f"{row}. {label} reading a map of 100,000 wrong-typed values{via} (vs well-typed)",
                        median(found["mismatched"][key]),
                        median(found["matching"][key]),
                        unit,
                        target,
                        f"{reading['runs']}× each, fresh interpreters",
                    )
                )
    elif "reading" in errors:
        rows.append(["5. reading", "error", "", "", "", "❌ error", ""])
    cli = results.get("cli")
    if cli:  # bench/cli_start.py: fresh processes against a local server, alternating
        runs = f"{cli['runs']}× each, alternating"
        label = "6a. CLI `flashduty incidents info` vs SDK import + first call (process, wall)"
        rows.append(ratio_row(label, cli["cli"], cli["sdk"], "ms", 1.3, runs))
        label = "6b. CLI `flashduty --help` vs SDK import + first call (process, wall)"
        rows.append(ratio_row(label, cli["help"], cli["sdk"], "ms", 1.3, runs))
    elif "cli" in errors:
        rows.append(["6. CLI start-up", "error", "", "", "≤ 1.3", "❌ error", ""])
    test = results.get("test")
    if test:
        rows.append(
            [
                "7. `make test` wall time (warm checkout)",
                f"{test['seconds']:.0f} s",
                "—",
                "—",
                "report only (goal ≤ 60 s)",
                "✅ passed" if test["rc"] == 0 else f"❌ exit {test['rc']}",
                "1",
            ]
        )
    elif "test" in errors:
        rows.append(["7. make test", "error", "", "", "", "❌ error", ""])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return lines


def details(results: dict, errors: dict) -> list[str]:
    out: list[str] = []
    imp = results.get("import")
    out += ["", "### Spread, phases, notes", ""]
    if imp:
        out.append(
            f"- 1 wall (min–max): flashduty {spread(imp['wall']['sdk'])} s, baseline {spread(imp['wall']['raw'])} s, "
            f"baseline + BaseModel {spread(imp['wall']['pydantic'])} s"
        )
        if "grown" in imp["wall"]:
            g = imp["grown"]
            out.append(
                f"- 1d: the grown package ({g['operations']} operations: spec/ with operations copied "
                f"under new paths, same tags; generated in {g['generate_s']:.1f} s) wall "
                f"{spread(imp['wall']['grown'])} s"
            )
        if "clean-sdk" in imp["wall"]:
            out.append(
                f"- 1f/1g wall (min–max), clean environment: flashduty {spread(imp['wall']['clean-sdk'])} s, "
                f"baseline {spread(imp['wall']['clean-raw'])} s, "
                f"baseline + BaseModel {spread(imp['wall']['clean-pydantic'])} s"
            )
        elif imp.get("clean_error"):
            out.append(
                f"- 1f/1g not run: the clean environment was not made ({imp['clean_error']})"
            )
        for mode, label in (
            ("sdk", "flashduty"),
            ("raw", "baseline"),
            ("pydantic", "baseline + BaseModel"),
            ("model", "baseline + one small model"),
            ("hand", "hand-written client, the SDK's models"),
            ("grown", "flashduty at ~450 operations"),
            ("clean-sdk", "flashduty, clean environment"),
            ("clean-raw", "baseline, clean environment"),
            ("clean-pydantic", "baseline + BaseModel, clean environment"),
        ):
            if mode not in imp["phases"]:
                continue
            ph = imp["phases"][mode]
            out.append(
                f"- 1 phases, {label} (medians, inside the child): "
                + ", ".join(f"{k} {v * 1e3:.1f} ms" for k, v in ph.items())
            )
    call = results.get("call")
    if call:
        for key in ("info", "list"):
            r = call[key]
            ratios = [a / b for a, b in zip(r["sdk"], r["raw"])]
            out.append(
                f"- 2 {key}: per-round ratio min–max {spread(ratios)}, median {median(ratios):.2f}"
            )
    regen = results.get("regen")
    if regen:
        out.append(
            f"- 3a cold (min–max): ours {spread(regen['cold'])} s"
            + (f", openapi-python-client {spread(regen['opc'])} s" if regen.get("opc") else "")
        )
        info = regen.get("opc_info") or {}
        if info:
            out.append(
                f"- 3a openapi-python-client 0.29.1 (ruff post-hooks on): {info['endpoints']} endpoint "
                f"modules; {info['warnings']} warnings"
                + (f" — e.g. {'; '.join(info['problems'][:4])}" if info["problems"] else "")
                + (" (ruff hooks skipped!)" if info.get("ruff_skipped") else "")
            )
        out.append(
            f"- 3b/3c (min–max): unchanged {spread(regen['warm'])} s; one summary changed "
            f"{spread(regen['edit'])} s — last: `{regen.get('edit_line', '')}`"
        )
        for note in regen.get("notes", []):
            out.append(f"- note: {note}")
    for name, err in errors.items():
        out.append(f"- **{name} failed**: `{err.strip().splitlines()[-1] if err.strip() else err}`")
    return out


def profile_lines(prof: dict) -> list[str]:
    out: list[str] = ["", "## Where the time goes (profile)"]
    imp = prof.get("import")
    if isinstance(imp, dict):
        out += [
            "",
            f"Import (`-X importtime`, self times, medians of 3; importtime inflates them): modules the "
            f"SDK run loads that the baseline does not: {imp['extra_count']} modules, "
            f"{imp['extra_total_ms']:.1f} ms (flashduty.*: {imp['flashduty_count']} modules, "
            f"{imp['flashduty_total_ms']:.1f} ms); that the baseline + BaseModel reference does not: "
            f"{imp['ref_count']} modules, {imp['ref_total_ms']:.1f} ms, the largest:",
            "",
            "| module (not in the reference run) | self ms |",
            "| --- | --- |",
        ]
        out += [f"| {name} | {us / 1000:.1f} |" for name, us in imp["top"]]
    call = prof.get("call")
    if isinstance(call, dict):
        out += [
            "",
            "Per call (cProfile, µs per call — inflated by the profiler, compare shares):",
            "",
            "| case | side | total | flashduty | httpx | pydantic | builtins | stdlib/other |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for case, sides in call.items():
            for side, s in sides.items():
                b = s["buckets_us"]
                out.append(
                    f"| {case} | {'flashduty' if side == 'sdk' else 'baseline'} | {s['total_us']:.0f} | "
                    + " | ".join(
                        f"{b.get(k, 0):.0f}"
                        for k in ("flashduty", "httpx", "pydantic", "builtins", "stdlib/other")
                    )
                    + " |"
                )
        out += ["", "Cumulative µs per call of the SDK's own steps (cProfile):", ""]
        for case, sides in call.items():
            cum = sorted(
                ((f, v) for f, v in sides["sdk"]["cum_us"].items() if v >= 2), key=lambda kv: -kv[1]
            )
            out.append(f"- {case}: " + "; ".join(f"`{f}` {v:.0f}" for f, v in cum[:9]))
    regen = prof.get("regen")
    if isinstance(regen, dict):
        out += [
            "",
            "Regeneration stages (in one process, the generator's CLI with pipeline.py's stage "
            "functions timed; seconds):",
            "",
            "| stage | cold cache | warm, unchanged | warm, one summary changed |",
            "| --- | --- | --- | --- |",
        ]
        names = list(
            dict.fromkeys([*regen["cold"], *regen.get("warm", {}), *regen.get("edit", {})])
        )
        names.sort(key=lambda n: (n == "total", n == "(rest)"))
        for stage in names:
            cells = [regen.get(k, {}).get(stage) for k in ("cold", "warm", "edit")]
            out.append(
                f"| {stage} | " + " | ".join("" if c is None else f"{c:.2f}" for c in cells) + " |"
            )
    for name, value in prof.items():
        if isinstance(value, str):
            out.append(f"- profile of {name} failed: `{value.strip().splitlines()[-1]}`")
    return out


def header() -> list[str]:
    def version(mod: str) -> str:
        try:
            p = subprocess.run(
                [str(VENV_PY), "-c", f"import {mod}; print({mod}.__version__)"],
                capture_output=True,
                text=True,
                cwd=BENCH,
            )
            return p.stdout.strip() or "?"
        except OSError:
            return "?"

    def git(*args: str) -> str:
        p = subprocess.run(
            ["git", "--no-optional-locks", *args], cwd=ROOT, capture_output=True, text=True
        )
        return p.stdout.strip()

    dirty = " + uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else ""
    import os

    return [
        "# flashduty-python benchmarks",
        "",
        f"{datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} · commit {git('rev-parse', '--short', 'HEAD')}{dirty} · "
        f"Python {platform.python_version()} · {os.cpu_count()} CPUs · httpx {version('httpx')} · "
        f"pydantic {version('pydantic')} · flashduty {version('flashduty')}",
        "",
        "Ratios are flashduty ÷ baseline, medians of the runs, both measured in this run. "
        "Lower is better; the target is the largest acceptable ratio. See bench/README.md.",
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats (smoke test, noisier)")
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help="comma-separated: " + ", ".join(SECTIONS)
    )
    parser.add_argument(
        "--output", default=str(BENCH / "results.md"), help="Markdown file to write ('' for none)"
    )
    args = parser.parse_args()
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    import_runs, call_rounds, regen_reps = (5, 7, 1) if args.quick else (21, 31, 3)

    started = time.perf_counter()
    results: dict = {}
    errors: dict[str, str] = {}
    prof: dict = {}
    with tempfile.TemporaryDirectory(prefix="flashduty-bench-") as tmp:
        body_file = Path(tmp) / "info.json"
        body_file.write_bytes(bodies()["info"])
        plan = [
            (
                "import",
                "1/4 import + first call, peak RSS",
                lambda: bench_import(
                    import_runs,
                    body_file,
                    Path(tmp) / "grown",
                    Path(tmp) / "clean",
                    Path(tmp) / "hand",
                ),
            ),
            ("call", "2 per-call steady state", lambda: bench_call(call_rounds)),
            ("regen", "3 regeneration", lambda: __import__("regen").bench(regen_reps, log=log)),
            (
                "reading",
                "5 answers that differ from the spec",
                lambda: bench_reading(3 if args.quick else 7, 5 if args.quick else 15),
            ),
            (
                "cli",
                "6 command line start-up",
                lambda: __import__("cli_start").bench(5 if args.quick else 15),
            ),
            ("test", "7 make test", bench_test),
        ]
        for key, label, fn in plan:
            if key not in only:
                continue
            log(f"[{time.perf_counter() - started:5.0f}s] {label} ...")
            try:
                results[key] = fn()
            except Exception:  # noqa: BLE001 - report and go on with the rest
                errors[key] = traceback.format_exc()
                log(errors[key])
        if "profile" in only:
            log(f"[{time.perf_counter() - started:5.0f}s] profiling ...")
            steps = [("import", lambda: profile_import(body_file)), ("call", profile_call)]
            if not args.quick:
                steps.append(("regen", profile_regen))
            for key, fn in steps:
                try:
                    prof[key] = fn()
                except Exception:  # noqa: BLE001
                    prof[key] = traceback.format_exc()
    elapsed = time.perf_counter() - started
    lines = header() + table(results, errors) + details(results, errors)
    if prof:
        lines += profile_lines(prof)
    lines += ["", f"_Full run: {elapsed:.0f} s{' (--quick)' if args.quick else ''}._"]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        log(
            f"written to {Path(args.output).relative_to(ROOT) if Path(args.output).is_relative_to(ROOT) else args.output}"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
