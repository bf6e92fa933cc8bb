"""The generator on small fixture specs: golden output, determinism, and
every failure reported with a pointer and file:line, leaving the output alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.pipeline import generate

from ..typing_run import mypy_strict

HERE = Path(__file__).resolve().parent
MINI = HERE / "fixtures" / "mini"
GOLDEN = HERE / "golden" / "mini"
ROOT = HERE.parent.parent
# Files rendered from the spec (the runtime is copied verbatim and tested by use).
RENDERED = (
    "flashduty/_client.py",
    "flashduty/resources/",
    "flashduty/types/",
    "flashduty/webhooks.py",
    "openapi.json",
)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def rendered(files: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in files.items() if k.startswith(RENDERED)}


def test_golden_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(str(MINI / "openapi.yaml"), str(out), "flashduty", cache=None)
    got = rendered(tree(out))
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, data in got.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(data)
    expected = tree(GOLDEN)
    assert sorted(got) == sorted(expected)
    for name in expected:
        assert (
            got[name] == expected[name]
        ), f"{name} differs from the golden file (UPDATE_GOLDEN=1 to accept)"


def test_same_input_same_bytes_with_and_without_cache(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    generate(str(MINI / "openapi.yaml"), str(tmp_path / "a"), "flashduty", cache=None)
    generate(str(MINI / "openapi.yaml"), str(tmp_path / "b"), "flashduty", cache=cache)
    generate(
        str(MINI / "openapi.yaml"), str(tmp_path / "c"), "flashduty", cache=cache
    )  # all cache hits
    assert tree(tmp_path / "a") == tree(tmp_path / "b") == tree(tmp_path / "c")


def test_generated_client_works_and_type_checks(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(str(MINI / "openapi.yaml"), str(out), "flashduty", cache=None)
    result = mypy_strict(str(out / "flashduty"), cache="generated-client")
    assert result.returncode == 0, result.stdout


def test_check_reports_stale_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = ["--spec", str(MINI / "openapi.yaml"), "--out", str(out), "--cache", ""]
    assert main(["generate", *args]) == 0
    assert main(["check", *args]) == 0
    (out / "flashduty" / "resources" / "pets.py").write_text("# edited by hand\n")
    (out / "stray.txt").write_text("x")
    assert main(["check", *args]) == 1
    err = capsys.readouterr().err
    assert "flashduty/resources/pets.py" in err and "stray.txt" in err


def broken_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(MINI, spec)
    path = spec / file
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))
    return spec / "openapi.yaml"


FAILURES = [
    (
        "paths/pets.yaml",
        "operationId: pets.info",
        "x-note: x",
        "paths/pets.yaml:3",
        "/paths/~1pet~1info/post/operationId",
        "operationId must be dotted snake case",
    ),
    (
        "paths/pets.yaml",
        "operationId: pets.list",
        "operationId: pets.info",
        "openapi.yaml:1",
        "/",
        "Operation ID 'pets.info' for 'post' in '/pet/list' is not unique",
    ),
    (
        "paths/pets.yaml",
        "example: {pet_id: 1}",
        "example: {pet_id: one}",
        "paths/pets.yaml:16",
        "/paths/~1pet~1info/post/requestBody/content/application~1json/example/pet_id",
        "example does not match its schema",
    ),
    (
        "components/pets.yaml",
        "name: {type: string, description: Its name.}",
        "name: {type: string, description: Its name, if any.}",
        "components/pets.yaml:",
        "/components/schemas/Pet/properties/name/if any.",
        "unknown schema keyword",
    ),
    (
        "components/pets.yaml",
        "  Toy:\n",
        "  Page:\n",
        "components/pets.yaml:",
        "/components/schemas/Page",
        "defined twice",
    ),
    (
        "paths/pets.yaml",
        "'../components/pets.yaml#/schemas/Pet'",
        "'../components/pets.yaml#/schemas/Cat'",
        "paths/pets.yaml:",
        "/$ref",
        "does not resolve",
    ),
    (
        "paths/pets.yaml",
        "pet_id: {type: integer, description: The pet.}\n          example: {pet_id: 1}",
        "pet_id: {type: object, properties: {x: {type: string}}}\n          example: {pet_id: {x: a}}",
        "paths/pets.yaml:15",
        "/properties/pet_id",
        "must be a named schema",
    ),
    (
        "paths/pets.yaml",
        "x-pagination: {items: items, page: p}",
        "x-pagination: {items: pets, page: page}",
        "paths/pets.yaml:",
        "/paths/~1pet~1list/post/x-pagination",
        "no property 'pets'",
    ),
    (
        "paths/pets.yaml",
        "x-pagination: {items: items, page: p}",
        "x-pagination: {items: items, page: p, total: count}",
        "paths/pets.yaml:",
        "/paths/~1pet~1list/post/x-pagination",
        "no 'count' counting the matches",
    ),
    (
        "paths/pets.yaml",
        "    summary: Get a pet\n",
        "    summary: Get a pet\n  bad: [\n",
        "paths/pets.yaml:",
        "",
        "not valid YAML",
    ),
    (
        "paths/pets.yaml",
        "    x-body-name: pets\n",
        "",
        "paths/pets.yaml:",
        "/paths/~1pet~1import/post/requestBody/content/application~1json/schema",
        "needs `x-body-name`",
    ),
    (
        "paths/pets.yaml",
        "    x-unwrap: key\n",
        "    x-unwrap: keys\n",
        "paths/pets.yaml:",
        "/paths/~1event~1push/post/x-unwrap",
        "not a property of the data",
    ),
    (
        "paths/pets.yaml",
        "    x-event-types: [p_new, p_gone]\n",
        "",
        "paths/pets.yaml:",
        "/webhooks/pet/post/x-event-types",
        "list the event_type values",
    ),
    (
        "paths/pets.yaml",
        "example: {event_type: p_new, event_id: e1,",
        "example: {event_type: p_new,",
        "paths/pets.yaml:",
        "/webhooks/pet/post/requestBody/content/application~1json/example",
        "example does not match",
    ),
]


@pytest.mark.parametrize(
    "file,old,new,location,pointer,message", FAILURES, ids=[f[-1][:30] for f in FAILURES]
)
def test_bad_spec_is_reported_and_output_untouched(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    file: str,
    old: str,
    new: str,
    location: str,
    pointer: str,
    message: str,
) -> None:
    spec = broken_copy(tmp_path, file, old, new)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous output")
    status = main(["generate", "--spec", str(spec), "--out", str(out), "--cache", ""])
    err = capsys.readouterr().err
    assert status == 2
    line = next((l for l in err.splitlines() if message in l), None)
    assert line is not None, err
    assert line.startswith(location), line
    assert pointer in line, line
    assert "left untouched" in err
    assert tree(out) == {"keep.txt": b"previous output"}


def test_help_explains_itself() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert (
        result.returncode == 0
        and "--spec" in result.stdout
        and "left untouched" not in result.stdout
    )
    assert "check" in result.stdout and "lint" in result.stdout


def _not_in_blacks_layout(paths: list[Path]) -> list[str]:
    """The files black would change. Black's own cache (a content hash per
    file and mode) skips what it already found in its layout, so a warm
    checkout formats only what regeneration rewrote."""
    import black
    import black.cache
    from black.mode import TargetVersion

    from generator.write import LINE_LENGTH

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY310})
    cache = black.cache.Cache.read(mode)
    todo, _ = cache.filtered_cached({path.resolve() for path in paths})
    changed: list[Path] = []
    kept: list[Path] = []
    for path in sorted(todo):
        text = path.read_text(encoding="utf-8")
        (kept if black.format_str(text, mode=mode) == text else changed).append(path)
    cache.write(kept)
    return [str(path.relative_to(ROOT)) for path in changed]


def test_runtime_templates_are_black_formatted() -> None:
    """They are copied into the package without formatting (to keep
    regeneration fast), so they must already be in black's layout."""
    changed = _not_in_blacks_layout(sorted((ROOT / "templates" / "runtime").glob("*.py")))
    assert not changed, f"run black on {changed}"


def test_generated_code_is_in_blacks_layout() -> None:
    """The generator formats with ruff (fast) in black's layout: black itself
    would change no byte of the package it wrote."""
    changed = _not_in_blacks_layout(sorted((ROOT / "generated").rglob("*.py")))
    assert not changed, f"black would reformat {changed}: render them in black's layout"


def test_caches_never_hide_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A good run fills every cache (YAML, spec units, examples, models,
    formatting); a later bad edit must still be found, with its line, on
    every run after."""
    spec = broken_copy(tmp_path, "paths/pets.yaml", "example: {pet_id: 1}", "example: {pet_id: 1}")
    args = ["--spec", str(spec), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    assert main(["generate", *args]) == 0
    path = spec.parent / "paths" / "pets.yaml"
    path.write_text(path.read_text().replace("example: {pet_id: 1}", "example: {pet_id: one}", 1))
    for _ in range(2):
        assert main(["generate", *args]) == 2
        err = capsys.readouterr().err
        assert "paths/pets.yaml:16: error:" in err and "'one' is not of type 'integer'" in err


def test_a_run_is_remembered_until_a_source_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unchanged spec is not bundled again (memo.py), and the output is
    the same; an edit to any file the spec was bundled from is seen."""
    import generator.load

    spec = broken_copy(tmp_path, "paths/pets.yaml", "summary: Get a pet", "summary: Get a pet")
    cache, api_md = str(tmp_path / "cache"), str(tmp_path / "api.md")
    generate(str(spec), str(tmp_path / "a"), "flashduty", cache=cache, reference_path=api_md)
    real_bundle = generator.load.bundle

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("bundled again though nothing changed")

    monkeypatch.setattr(generator.load, "bundle", refuse)
    generate(str(spec), str(tmp_path / "b"), "flashduty", cache=cache)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")

    monkeypatch.setattr(generator.load, "bundle", real_bundle)
    pets = spec.parent / "paths" / "pets.yaml"
    pets.write_text(pets.read_text().replace("summary: Get a pet", "summary: Fetch one pet", 1))
    generate(str(spec), str(tmp_path / "a"), "flashduty", cache=cache, reference_path=api_md)
    assert "Fetch one pet" in Path(api_md).read_text()
    assert tree(tmp_path / "a") != tree(tmp_path / "b")
    assert len(list((tmp_path / "cache" / "runs").iterdir())) == 2  # one index, its latest result


def test_a_reworded_summary_is_not_checked_again_but_a_bad_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The spec-unit and example caches leave out operations' prose (oas.py):
    a new wording of a summary reuses every check, gives the bytes a run
    without caches gives, and a summary that is no longer a string, or is
    empty, is still found."""
    import generator.examples
    import generator.oas

    spec = broken_copy(tmp_path, "paths/pets.yaml", "summary: Get a pet", "summary: Get a pet")
    pets = spec.parent / "paths" / "pets.yaml"
    args = ["--spec", str(spec), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    assert main(["generate", *args]) == 0

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("checked again though only a summary changed")

    with monkeypatch.context() as patch:
        patch.setattr(generator.oas, "_errors", refuse)
        patch.setattr(generator.examples, "check", refuse)
        pets.write_text(pets.read_text().replace("summary: Get a pet", "summary: Fetch a pet", 1))
        assert main(["generate", *args]) == 0
    generate(str(spec), str(tmp_path / "fresh"), "flashduty", cache=None)
    assert tree(tmp_path / "out") == tree(tmp_path / "fresh")
    capsys.readouterr()

    pets.write_text(pets.read_text().replace("summary: Fetch a pet", "summary: 42", 1))
    assert main(["generate", *args]) == 2
    assert "paths/pets.yaml:5: error:" in capsys.readouterr().err
    pets.write_text(pets.read_text().replace("summary: 42", "summary: ''", 1))
    assert main(["generate", *args]) == 2
    assert "summary is missing" in capsys.readouterr().err


def test_reference_lists_every_method_and_model(tmp_path: Path) -> None:
    out, api_md = tmp_path / "out", tmp_path / "api.md"
    args = [
        "--spec",
        str(MINI / "openapi.yaml"),
        "--out",
        str(out),
        "--cache",
        "",
        "--reference",
        str(api_md),
    ]
    assert main(["generate", *args]) == 0
    text = api_md.read_text()
    assert "### `client.pets.info(...)`" in text
    assert "`POST /pet/info` · returns [Pet](#pet)" in text
    assert "### `client.pets.toys.create(...)`" in text
    assert "| `pet_id` | int | required |" in text
    assert "### Pet\n" in text
    from generator.ir import Models, build
    from generator.load import bundle
    from generator.models import generate_models

    loaded = bundle(str(MINI / "openapi.yaml"), None)
    api = build(loaded, Models(*generate_models(loaded.document, None)))
    for root in api.resources:
        for resource in root.walk():
            for op in resource.operations:
                call = ".".join(("client", *resource.path, op.name))
                assert f"### `{call}(...)`" in text, call
                assert f"`{op.http_method} {op.path}`" in text
    # `check` sees the reference too, and `generate` writes it only when it changed.
    assert main(["check", *args]) == 0
    api_md.write_text(text.replace("Pet", "Cat"))
    assert main(["check", *args]) == 1
    assert main(["generate", *args]) == 0
    assert api_md.read_text() == text
