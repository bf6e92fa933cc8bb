"""Where regeneration time goes: the generator run in-process through its own
command line (`generator.__main__.main`), with every stage function that
generator/pipeline.py calls wrapped in a timer; once with an empty cache,
then again with that cache warm and the output in place, then once more
after changing one summary (SPEC_ROOT is edited: pass a copy).

    python regen_stages.py SPEC_ROOT     # JSON {"cold": {stage: s}, "warm": {...}, "edit": {...}}

Wrapping the names pipeline.py imports (bundle, validate, ...) keeps this
working when their signatures change; new stages show up by their names."""

from __future__ import annotations

import functools
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "bench"))


STAGES = (
    ("memo", "recall"),
    ("load", "bundle"),
    ("models", "generate_models"),
    ("ir", "build"),
    ("render", "render"),
    ("write", "format_files"),
    ("reference", "reference"),
    ("memo", "remember"),
    ("write", "differences"),
    ("write", "write_tree"),
)


def main() -> None:
    spec = str(Path(sys.argv[1]) / "openapi.yaml")
    t = time.perf_counter()
    import generator.__main__ as cli
    import generator.pipeline as pipeline

    imported = time.perf_counter() - t
    times: dict[str, float] = {}

    def timed(name: str, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + time.perf_counter() - start

        return wrapper

    # pipeline.py imports most stages inside its functions (a remembered run
    # loads none of them): wrap them where they are defined, and the names
    # pipeline.py imports at the top where it holds them.
    import importlib

    for module_name, name in STAGES:
        module = importlib.import_module(f"generator.{module_name}")
        wrapped = timed(f"{name} ({module_name}.py)", getattr(module, name))
        setattr(module, name, wrapped)
        if name in vars(pipeline):
            setattr(pipeline, name, wrapped)

    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        args = [
            "generate",
            "--spec",
            spec,
            "--out",
            str(Path(tmp) / "out"),
            "--cache",
            str(Path(tmp) / "cache"),
        ]
        for label in ("cold", "warm", "edit"):
            if label == "edit":
                from regen import _edit_summary

                _edit_summary(Path(sys.argv[1]), 99)
            times.clear()
            start = time.perf_counter()
            with open("/dev/null", "w") as devnull:
                stdout, sys.stdout = sys.stdout, devnull
                try:
                    code = cli.main(args)
                finally:
                    sys.stdout = stdout
            if code != 0:
                raise SystemExit(f"generator exited {code}")
            total = time.perf_counter() - start
            stages = dict(times)
            stages["(rest)"] = total - sum(times.values())
            if label == "cold":
                stages = {"import generator": imported, **stages}
            stages["total"] = total + (imported if label == "cold" else 0.0)
            result[label] = stages
    print(json.dumps(result))


if __name__ == "__main__":
    main()
