"""The CLI's render step on its own: the naming rule of the CLI's options
beside an operation's arguments, and the problems it refuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import OWN_OPTIONS, own_options
from generator.pipeline import generate
from generator.problems import SpecError

MINI = Path(__file__).resolve().parent.parent / "generator" / "fixtures" / "mini"


def test_own_options_move_aside_only_where_taken() -> None:
    assert own_options(["pet-id"]) == {name: name for name in OWN_OPTIONS}
    moved = own_options(["fields", "limit", "data", "all"])
    assert moved["fields"] == "select"
    assert moved["data"] == "cli-data" and moved["all"] == "cli-all"
    assert moved["max-items"] == "max-items"  # `limit` is the API's; the cap never was


def _mini(tmp_path: Path, old: str, new: str) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(MINI, spec)
    path = spec / "paths" / "pets.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return spec / "openapi.yaml"


def test_the_mini_spec_renders_commands_and_a_reference(tmp_path: Path) -> None:
    reference = tmp_path / "cli.md"
    spec = _mini(tmp_path, "limit: {type: integer}", "fields: {type: integer}")
    generate(str(spec), str(tmp_path / "out"), "flashduty", None, None, str(reference))
    tree = json.loads(
        (tmp_path / "out" / "flashduty" / "_cli" / "commands" / "pets.json").read_text()
    )
    listing = tree["commands"]["list"]
    assert listing["own"] == {"fields": "select"}
    assert [p["opt"] for p in listing["params"]] == ["kind", "p", "fields"]
    assert "`--fields` is `--select`" in reference.read_text()


def test_an_argument_taking_the_moved_name_is_refused(tmp_path: Path) -> None:
    spec = _mini(
        tmp_path,
        "limit: {type: integer}",
        "fields: {type: integer}\n              select: {type: integer}",
    )
    with pytest.raises(SpecError) as raised:
        generate(str(spec), str(tmp_path / "out"), "flashduty", None)
    report = raised.value.report()
    assert (
        "/paths/~1pet~1list/post: pets.list: the command line's options ['select'] collide"
        in report
    )
    assert not (tmp_path / "out").exists()
