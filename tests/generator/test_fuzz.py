"""Random mutations of the mini fixture: every run ends in a located problem
list (and an untouched output folder) or in a package that imports; never
in a traceback or an internal error. Seeded and bounded, so it is the same
test every time and takes seconds."""

from __future__ import annotations

import copy
import importlib
import random
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator.__main__ import main

from .test_generator import MINI, tree

SEED = 12
CASES = 30
ODD_NAMES = [
    "class",
    "import",
    "self",
    "None",
    "async",
    "x y",
    "1st",
    "ünï",
    "a.b",
    "~1",
    "{{x}}",
    '"""',
]
JUNK: list[Any] = [None, 0, -1, "", "x", [], {}, [1], {"a": 1}, True, 1.5]


def load_fixture() -> dict[str, Any]:
    return {
        str(p.relative_to(MINI)): yaml.safe_load(p.read_text())
        for p in sorted(MINI.rglob("*.yaml"))
    }


def nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    out = [(path, data)]
    if isinstance(data, dict):
        for k, v in data.items():
            out += nodes(v, path + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += nodes(v, path + (i,))
    return out


def mutations(rng: random.Random) -> list[Callable[[dict[str, Any]], None]]:
    def pick(files: dict[str, Any], want: Callable[[Any, Any], bool]) -> tuple[Any, Any] | None:
        """A (container, key) whose value passes `want`, chosen at random."""
        found = []
        for name in sorted(files):
            for path, node in nodes(files[name]):
                if isinstance(node, dict):
                    found += [(node, k) for k, v in node.items() if want(k, v)]
        return rng.choice(found) if found else None

    def drop_ref(files: dict[str, Any]) -> None:
        hit = pick(files, lambda k, v: k == "$ref")
        if hit:
            hit[0]["$ref"] = hit[0]["$ref"].rsplit("/", 1)[0] + "/Missing"

    def rename_ref(files: dict[str, Any]) -> None:
        hit = pick(files, lambda k, v: k == "$ref")
        if hit:
            hit[0]["$ref"] = rng.choice(["#/components/schemas/Pet", "nowhere.yaml#/x", "#", "#/"])

    def wrong_type(files: dict[str, Any]) -> None:
        hit = pick(files, lambda k, v: k == "type")
        if hit:
            hit[0]["type"] = rng.choice(
                ["integer", "object", "array", "nonsense", 3, ["string", "null"]]
            )

    def junk_value(files: dict[str, Any]) -> None:
        hit = pick(files, lambda k, v: True)
        if hit:
            hit[0][hit[1]] = copy.deepcopy(rng.choice(JUNK))

    def drop_key(files: dict[str, Any]) -> None:
        hit = pick(files, lambda k, v: True)
        if hit:
            del hit[0][hit[1]]

    def duplicate_operation_id(files: dict[str, Any]) -> None:
        hits = [pick(files, lambda k, v: k == "operationId") for _ in range(2)]
        if hits[0] and hits[1]:
            hits[0][0]["operationId"] = hits[1][0]["operationId"]

    def odd_name(files: dict[str, Any]) -> None:
        hit = pick(files, lambda k, v: k in ("operationId", "properties", "schemas", "name"))
        if not hit:
            return
        container, key = hit
        odd = rng.choice(ODD_NAMES)
        if key == "operationId":
            container[key] = f"pets.{odd}" if rng.random() < 0.5 else f"{odd}.list"
        elif key == "name":
            container[key] = odd
        elif isinstance(container[key], dict) and container[key]:
            old = rng.choice(sorted(container[key]))
            container[key][odd] = container[key].pop(old)

    return [
        drop_ref,
        rename_ref,
        wrong_type,
        junk_value,
        drop_key,
        duplicate_operation_id,
        odd_name,
    ]


def test_mutated_specs_never_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(SEED)
    pristine = load_fixture()
    cache = str(tmp_path / "cache")  # shared: entries are keyed by content, as in real use
    outcomes = {0: 0, 2: 0}
    for case in range(CASES):
        files = copy.deepcopy(pristine)
        for _ in range(rng.randint(1, 3)):
            rng.choice(mutations(rng))(files)
        spec = tmp_path / f"spec{case}"
        for name, data in files.items():
            (spec / name).parent.mkdir(parents=True, exist_ok=True)
            (spec / name).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        out = tmp_path / f"out{case}"
        out.mkdir()
        (out / "keep.txt").write_text("before")
        package = f"fuzz{case}"
        status = main(
            [
                "--spec",
                str(spec / "openapi.yaml"),
                "--out",
                str(out),
                "--cache",
                cache,
                "--package",
                package,
            ]
        )
        err = capsys.readouterr().err
        assert status in (0, 2), f"case {case}: status {status}\n{err}"
        if status == 2:
            assert tree(out) == {"keep.txt": b"before"}, f"case {case} touched the output"
            problems = [line for line in err.splitlines() if ": error: " in line]
            assert problems, f"case {case}: no located problem\n{err}"
        else:
            sys.path.insert(0, str(out))
            try:
                pkg = importlib.import_module(package)
                for module in sorted((out / package / "resources").glob("*.py")):
                    importlib.import_module(f"{package}.resources.{module.stem}")
                assert pkg.Flashduty(app_key="k")
            finally:
                sys.path.remove(str(out))
                for name in [n for n in sys.modules if n.split(".")[0] == package]:
                    del sys.modules[name]
        outcomes[status] += 1
    assert outcomes[0] and outcomes[2], outcomes  # both paths were exercised
