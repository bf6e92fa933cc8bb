"""The generator on specs written inline (single files, in the style of
openapi-python-client's fixtures): layouts other than the repository's,
hostile names, and failures that must be located problems, never tracebacks."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from generator.__main__ import INTERNAL_ERROR, main

from ..server import MockServer, envelope
from ..typing_run import mypy_strict
from .test_generator import tree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HOSTILE = HERE / "fixtures" / "hostile" / "openapi.yaml"

ENVELOPE = {
    "type": "object",
    "required": ["request_id"],
    "properties": {"request_id": {"type": "string"}, "data": {}},
}


def single_file(data_ref: str = "#/components/schemas/Pet", **extra: Any) -> dict[str, Any]:
    """A valid one-file spec: every schema in the root's components."""
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "One", "version": "1"},
        "servers": [{"url": "https://one.example.test"}],
        "security": [{"Key": []}],
        "tags": [{"name": "pets"}],
        "components": {
            "securitySchemes": {"Key": {"type": "apiKey", "in": "query", "name": "app_key"}},
            "schemas": {
                "Envelope": ENVELOPE,
                "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
            },
        },
        "paths": {
            "/pet/create": {
                "post": {
                    "operationId": "pets.create",
                    "tags": ["pets"],
                    "summary": "Create a pet",
                    "description": "Creates one.",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"pet": {"$ref": data_ref}},
                                },
                                "example": {"pet": {"name": "a"}},
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "allOf": [
                                            {"$ref": "#/components/schemas/Envelope"},
                                            {"properties": {"data": {"$ref": data_ref}}},
                                        ]
                                    },
                                    "example": {"request_id": "r", "data": {"name": "a"}},
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    spec.update(extra)
    return spec


def write(tmp_path: Path, spec: dict[str, Any], name: str = "openapi.yaml") -> Path:
    path = tmp_path / "spec" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def run(tmp_path: Path, spec: Path, package: str = "flashduty") -> tuple[int, Path]:
    out = tmp_path / "out"
    return main(["--spec", str(spec), "--out", str(out), "--cache", "", "--package", package]), out


@pytest.fixture
def imported(tmp_path: Path) -> Iterator[Any]:
    """Import a generated package from `tmp_path / out` under its own name."""
    names: list[str] = []

    def load(package: str) -> Any:
        sys.path.insert(0, str(tmp_path / "out"))
        names.append(package)
        return importlib.import_module(package)

    yield load
    sys.path.remove(str(tmp_path / "out"))
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]


def test_single_file_spec_generates_a_working_package(
    tmp_path: Path, imported: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run(tmp_path, write(tmp_path, single_file()), "onefile")
    assert status == 0, capsys.readouterr().err
    pkg = imported("onefile")
    assert pkg.types.Pet.__name__ == "Pet"
    assert (out / "onefile" / "types" / "pets.py").exists()  # root schemas: the area of their user
    with MockServer() as server:
        server.script("/pet/create", envelope({"name": "Rex"}))
        client = pkg.Flashduty(app_key="k", base_url=server.url)
        assert client.pets.create(pet={"name": "Rex"}).name == "Rex"
        assert server.seen[0].json() == {"pet": {"name": "Rex"}}
    assert pkg.Flashduty(app_key="k").base_url == "https://one.example.test"  # from `servers`


def test_schemas_in_any_file_a_ref_reaches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = single_file("models/all.yaml#/schemas/Pet")
    spec["paths"]["/pet/create"]["post"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]["allOf"][1]["properties"]["data"]["$ref"] = "models/all.yaml#/schemas/Pet"
    del spec["components"]["schemas"]["Pet"]
    write(
        tmp_path,
        {"schemas": {"Pet": {"type": "object", "properties": {"a": {}}}}},
        "models/all.yaml",
    )
    (tmp_path / "spec" / "models" / "all.yaml").write_text(
        yaml.safe_dump(
            {
                "schemas": {
                    "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
                    "Unused": {"type": "object", "properties": {"x": {"type": "integer"}}},
                }
            }
        )
    )
    status, out = run(tmp_path, write(tmp_path, spec))
    assert status == 0, capsys.readouterr().err
    area = (out / "flashduty" / "types" / "all.py").read_text()
    assert "Pet" in area and "Unused" in area  # every entry of a reached file, by its file


INLINE_FAILURES = [
    # (what to change, location prefix, pointer, message)
    (
        lambda s: s["paths"]["/pet/create"]["post"]["requestBody"]["content"]["application/json"][
            "schema"
        ]["properties"]["pet"].update({"$ref": "#/components/schemas/Cat"}),
        "openapi.yaml:",
        "/paths/~1pet~1create/post/requestBody/content/application~1json/schema/properties/pet/$ref",
        "$ref does not resolve: #/components/schemas/Cat",
    ),
    (
        lambda s: s["components"]["securitySchemes"]["Key"].update({"name": "token"}),
        "openapi.yaml:",
        "/components/securitySchemes/Key/name",
        "the runtime redacts only the keys",
    ),
    (
        lambda s: s["components"]["schemas"].update(
            {"ErrorCode": {"type": "string", "enum": ["Nope"]}}
        ),
        "openapi.yaml:",
        "/components/schemas/ErrorCode/enum/0",
        "error code 'Nope' has no class",
    ),
    (
        lambda s: s["components"]["schemas"].update({"pet_thing": {"type": "string"}}),
        "openapi.yaml:",
        "/components/schemas/pet_thing",
        "is not PascalCase",
    ),
    (
        lambda s: s["paths"]["/pet/create"]["post"].update({"x-rate-limit": {"per_hour": 1}}),
        "openapi.yaml:",
        "/paths/~1pet~1create/post/x-rate-limit",
        "x-rate-limit takes positive",
    ),
    (
        lambda s: s["paths"].update({"/pet/create": []}),
        "openapi.yaml:",
        "/paths/~1pet~1create",
        "OpenAPI:",
    ),
]


@pytest.mark.parametrize("change,location,pointer,message", INLINE_FAILURES)
def test_inline_failures_are_located(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Any,
    location: str,
    pointer: str,
    message: str,
) -> None:
    spec = single_file()
    change(spec)
    status, out = run(tmp_path, write(tmp_path, spec))
    err = capsys.readouterr().err
    assert status == 2, err
    assert "Traceback" not in err
    line = next((l for l in err.splitlines() if message in l), None)
    assert line is not None, err
    assert line.startswith(location) and pointer in line, line
    assert not out.exists()


def test_a_bug_of_ours_is_one_line_and_its_own_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.render

    def broken(*args: Any) -> Any:
        raise KeyError("Envelope")

    # where it is defined: pipeline.py imports the stages when it runs them
    monkeypatch.setattr(generator.render, "render", broken)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    status = main(["--spec", str(write(tmp_path, single_file())), "--out", str(out), "--cache", ""])
    err = capsys.readouterr().err
    assert status == INTERNAL_ERROR
    assert err.count("\n") == 1 and "internal error" in err and "KeyError" in err, err
    assert "test_specs.py" not in err and "Traceback" not in err
    assert tree(out) == {"keep.txt": b"x"}


def test_runs_from_any_working_directory(tmp_path: Path) -> None:
    spec = write(tmp_path, single_file())
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", "spec/openapi.yaml", "--out", "o"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "flashduty" / "_client.py").exists() and spec.exists()


def test_hostile_names_import_type_check_and_send_their_wire_names(
    tmp_path: Path, imported: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run(tmp_path, HOSTILE, "hostile")
    assert status == 0, capsys.readouterr().err
    checked = mypy_strict("hostile", cache="hostile-names", cwd=out)
    assert checked.returncode == 0, checked.stdout
    pkg = imported("hostile")
    assert '"""' in (pkg.types.Def.__doc__ or "") and "{{ jinja }}" in (pkg.types.Def.__doc__ or "")
    with MockServer() as server:
        server.script(
            "/class/import/def", envelope({"import": "i", "class": 3, "self": True, "none_": 'b"c'})
        )
        server.script("/class/return", envelope(["x"]))
        client = pkg.Flashduty(app_key="k", base_url=server.url)
        result = client.class_.import_.def_(
            from_="a", lambda_=1, self_="s", global_={"import": "g"}, match='"""'
        )
        assert (result.import_, result.class_, result.self) == ("i", 3, True)
        assert server.seen[0].json() == {
            "from": "a",
            "lambda": 1,
            "self": "s",
            "global": {"import": "g"},
            "match": '"""',
        }
        assert client.class_.return_(in_="q", async_=2, integration_key="ik") == ["x"]
        assert server.seen[1].query == {"in": ["q"], "async": ["2"], "integration_key": ["ik"]}
        assert "app_key" not in json.dumps(server.seen[1].query)
