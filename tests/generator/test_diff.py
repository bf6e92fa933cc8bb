"""`python -m generator diff`: one small pair of specs per kind of change,
the report formats and exit codes, split YAML and `git:REV` inputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.__main__ import main

HERE = Path(__file__).resolve().parent
MINI = HERE / "fixtures" / "mini"
ROOT = HERE.parent.parent

Spec = dict[str, Any]


def envelope(data: Any = None) -> Spec:
    schema: Spec = {"$ref": "#/components/schemas/Envelope"}
    if data is not None:
        schema = {"allOf": [schema, {"type": "object", "properties": {"data": data}}]}
    return {
        "200": {"description": "ok", "content": {"application/json": {"schema": schema}}},
        "default": {"$ref": "#/components/responses/Error"},
    }


def body(properties: Spec, required: list[str]) -> Spec:
    schema = {"type": "object", "required": required, "properties": properties}
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def ref(name: str) -> Spec:
    return {"$ref": f"#/components/schemas/{name}"}


def base() -> Spec:
    """A spec in our style: two operations sharing the Pet model, a webhook,
    the error envelope with its codes."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pet/info": {
                "post": {
                    "operationId": "pets.info",
                    "x-idempotent": True,
                    "requestBody": body(
                        {
                            "pet_id": {"type": "integer"},
                            "kind": {"type": "string", "enum": ["cat", "dog"]},
                            "owner": ref("Owner"),
                        },
                        ["pet_id"],
                    ),
                    "responses": envelope(ref("Pet")),
                }
            },
            "/pet/list": {
                "post": {
                    "operationId": "pets.list",
                    "x-idempotent": True,
                    "x-pagination": {"items": "items", "page": "p"},
                    "requestBody": body({"p": {"type": "integer"}}, []),
                    "responses": envelope(ref("PetPage")),
                }
            },
            "/pet/delete": {
                "post": {
                    "operationId": "pets.delete",
                    "requestBody": body({"pet_id": {"type": "integer"}}, ["pet_id"]),
                    "responses": envelope(),
                }
            },
        },
        "webhooks": {
            "pet": {
                "post": {
                    "operationId": "webhooks.pet",
                    "x-event-types": ["p_new", "p_gone"],
                    "requestBody": {"content": {"application/json": {"schema": ref("Pet")}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Envelope": {
                    "type": "object",
                    "required": ["request_id"],
                    "properties": {"request_id": {"type": "string"}, "data": {}},
                },
                "ErrorEnvelope": {
                    "type": "object",
                    "properties": {"request_id": {"type": "string"}, "error": ref("DutyError")},
                },
                "DutyError": {
                    "type": "object",
                    "properties": {"code": ref("ErrorCode"), "message": {"type": "string"}},
                },
                "ErrorCode": {"type": "string", "enum": ["InvalidParameter", "Unauthorized"]},
                "Owner": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}},
                },
                "Pet": {
                    "type": "object",
                    "properties": {
                        "pet_id": {"type": "integer"},
                        "name": {"type": "string"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "PetPage": {
                    "type": "object",
                    "properties": {
                        "items": {"type": "array", "items": ref("Pet")},
                        "has_next_page": {"type": "boolean"},
                    },
                },
            },
            "responses": {
                "Error": {
                    "description": "failure",
                    "content": {"application/json": {"schema": ref("ErrorEnvelope")}},
                }
            },
        },
    }


def write(folder: Path, name: str, spec: Spec) -> str:
    path = folder / name
    path.write_text(json.dumps(spec))
    return str(path)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def report(
    old: Spec, new: Spec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, Any]]:
    args = [write(tmp_path, "old.json", old), write(tmp_path, "new.json", new), "--format", "json"]
    code, out, err = run(args, capsys)
    assert code == 0 and err == ""
    result: list[dict[str, Any]] = json.loads(out)
    return result


def brief(changes: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(c["operation"], c["method"], c["rule"], c["subject"], c["breaking"]) for c in changes]


def info(spec: Spec) -> Spec:
    op: Spec = spec["paths"]["/pet/info"]["post"]
    return op


def info_args(spec: Spec) -> Spec:
    schema: Spec = info(spec)["requestBody"]["content"]["application/json"]["schema"]
    return schema


def schemas(spec: Spec) -> Spec:
    found: Spec = spec["components"]["schemas"]
    return found


INFO = ("POST /pet/info", "client.pets.info")
LIST = ("POST /pet/list", "client.pets.list")


def add_operation(s: Spec) -> None:
    s["paths"]["/pet/create"] = {
        "post": {
            "operationId": "pets.create",
            "requestBody": body({"name": {"type": "string"}}, ["name"]),
            "responses": envelope(ref("Pet")),
        }
    }


def remove_operation(s: Spec) -> None:
    del s["paths"]["/pet/list"]


def deprecate(s: Spec) -> None:
    info(s)["deprecated"] = True


def rename(s: Spec) -> None:
    info(s)["operationId"] = "pets.get"


def add_required_argument(s: Spec) -> None:
    info_args(s)["properties"]["shelter_id"] = {"type": "integer"}
    info_args(s)["required"].append("shelter_id")


def add_optional_argument(s: Spec) -> None:
    info_args(s)["properties"]["verbose"] = {"type": "boolean"}


def add_query_argument(s: Spec) -> None:
    info(s)["parameters"] = [{"name": "from", "in": "query", "schema": {"type": "integer"}}]


def remove_argument(s: Spec) -> None:
    del info_args(s)["properties"]["kind"]


def require_argument(s: Spec) -> None:
    info_args(s)["required"].append("kind")


def unrequire_argument(s: Spec) -> None:
    info_args(s)["required"].remove("pet_id")


def widen_argument(s: Spec) -> None:
    del info_args(s)["properties"]["kind"]["enum"]


def retype_argument(s: Spec) -> None:
    info_args(s)["properties"]["pet_id"] = {"type": "string"}


def drop_enum_value(s: Spec) -> None:
    info_args(s)["properties"]["kind"]["enum"] = ["cat"]


def add_enum_value(s: Spec) -> None:
    info_args(s)["properties"]["kind"]["enum"].append("bird")


def require_nested_argument(s: Spec) -> None:
    schemas(s)["Owner"]["required"] = ["name"]


def add_response_field(s: Spec) -> None:
    schemas(s)["Pet"]["properties"]["born_at"] = {"type": "integer"}


def remove_response_field(s: Spec) -> None:
    del schemas(s)["Pet"]["properties"]["tags"]


def retype_response_field(s: Spec) -> None:
    schemas(s)["Pet"]["properties"]["tags"]["items"] = {"type": "integer"}


def return_nothing(s: Spec) -> None:
    info(s)["responses"] = envelope()


def change_pagination(s: Spec) -> None:
    s["paths"]["/pet/list"]["post"]["x-pagination"] = {"items": "items", "cursor": "after"}


def stop_paging(s: Spec) -> None:
    del s["paths"]["/pet/list"]["post"]["x-pagination"]


def unmark_idempotent(s: Spec) -> None:
    del info(s)["x-idempotent"]


def add_event_type(s: Spec) -> None:
    s["webhooks"]["pet"]["post"]["x-event-types"].append("p_fed")


def remove_event_type(s: Spec) -> None:
    s["webhooks"]["pet"]["post"]["x-event-types"].remove("p_gone")


def add_error_code(s: Spec) -> None:
    schemas(s)["ErrorCode"]["enum"].append("RequestTooFrequently")


def remove_error_code(s: Spec) -> None:
    schemas(s)["ErrorCode"]["enum"].remove("Unauthorized")


def error_code_of_one_operation(s: Spec) -> None:
    """/pet/delete already answers RequestTooFrequently in both (see
    test_each_kind_of_change); /pet/info now does too."""
    info(s)["responses"]["429"] = slow_down()


def error_code_of_every_operation(s: Spec) -> None:
    """/pet/delete alone answers RequestTooFrequently before (as the vendor
    lists Conflict on one operation); now the shared enum lists it for all."""
    add_error_code(s)


def slow_down() -> Spec:
    return {
        "description": "slow down",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "request_id": {"type": "string"},
                        "error": {
                            "type": "object",
                            "properties": {"code": {"const": "RequestTooFrequently"}},
                        },
                    },
                }
            }
        },
    }


CASES: list[tuple[Callable[[Spec], None], list[tuple[Any, ...]]]] = [
    (
        add_operation,
        [("POST /pet/create", "client.pets.create", "operation-added", "POST /pet/create", False)],
    ),
    (remove_operation, [(*LIST, "operation-removed", "POST /pet/list", True)]),
    (deprecate, [(*INFO, "operation-deprecated", "POST /pet/info", False)]),
    (rename, [("POST /pet/info", "client.pets.get", "method-renamed", "client.pets.info", True)]),
    (add_required_argument, [(*INFO, "argument-added-required", "shelter_id", True)]),
    (add_optional_argument, [(*INFO, "argument-added-optional", "verbose", False)]),
    (add_query_argument, [(*INFO, "argument-added-optional", "from_", False)]),
    (remove_argument, [(*INFO, "argument-removed", "kind", True)]),
    (require_argument, [(*INFO, "argument-became-required", "kind", True)]),
    (unrequire_argument, [(*INFO, "argument-became-optional", "pet_id", False)]),
    (retype_argument, [(*INFO, "argument-type-narrowed", "pet_id", True)]),
    (widen_argument, [(*INFO, "argument-type-widened", "kind", False)]),
    (drop_enum_value, [(*INFO, "argument-enum-value-removed", "kind", True)]),
    (add_enum_value, [(*INFO, "argument-enum-value-added", "kind", False)]),
    (require_nested_argument, [(*INFO, "argument-became-required", "Owner.name", True)]),
    (add_response_field, [(*INFO, "response-field-added", "Pet.born_at", False)]),
    (remove_response_field, [(*INFO, "response-field-removed", "Pet.tags", True)]),
    (retype_response_field, [(*INFO, "response-field-type-changed", "Pet.tags", True)]),
    (return_nothing, [(*INFO, "response-type-changed", "result", True)]),
    (change_pagination, [(*LIST, "pagination-changed", "x-pagination", False)]),
    (stop_paging, [(*LIST, "pagination-items-changed", "x-pagination", True)]),
    (unmark_idempotent, [(*INFO, "retry-safety-removed", "x-idempotent", False)]),
    (add_event_type, [("WEBHOOK pet", None, "webhook-event-type-added", "p_fed", False)]),
    (remove_event_type, [("WEBHOOK pet", None, "webhook-event-type-removed", "p_gone", True)]),
    (add_error_code, [(None, None, "error-code-added", "RequestTooFrequently", False)]),
    (remove_error_code, [(None, None, "error-code-removed", "Unauthorized", False)]),
    (error_code_of_one_operation, [(*INFO, "error-code-added", "RequestTooFrequently", False)]),
    (
        error_code_of_every_operation,
        [(None, None, "error-code-added", "RequestTooFrequently", False)],
    ),
]


@pytest.mark.parametrize("change, expected", CASES, ids=[c[0].__name__ for c in CASES])
def test_each_kind_of_change(
    change: Callable[[Spec], None],
    expected: list[tuple[Any, ...]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, new = base(), base()
    if change in (error_code_of_one_operation, error_code_of_every_operation):
        for spec in (old, new):
            spec["paths"]["/pet/delete"]["post"]["responses"]["429"] = slow_down()
    change(new)
    assert brief(report(old, new, tmp_path, capsys)) == expected


def test_the_reverse_change_is_reported_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = base(), base()
    add_event_type(new)
    assert brief(report(new, old, tmp_path, capsys)) == [
        ("WEBHOOK pet", None, "webhook-event-type-removed", "p_fed", True)
    ]


def test_no_change_is_an_empty_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report(base(), base(), tmp_path, capsys) == []
    code, out, _ = run(
        [write(tmp_path, "a.json", base()), write(tmp_path, "b.json", base())], capsys
    )
    assert code == 0 and "No change for code that calls the SDK." in out


def test_a_shared_model_change_is_reported_once_with_every_operation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = base(), base()
    add_response_field(new)
    (change,) = report(old, new, tmp_path, capsys)
    assert change["operation"] == "POST /pet/info"
    assert change["operations"] == ["POST /pet/info", "POST /pet/list", "WEBHOOK pet"]
    assert change["detail"] == "response field `Pet.born_at` added (int)"


def test_refs_are_resolved_and_schema_names_do_not_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The vendor's document names operations and schemas its own way: the
    same structure under other names is no change; the SDK method comes from
    the side that has one."""
    old, new = base(), base()
    for _, item in old["paths"].items():
        op = item["post"]
        op["operationId"] = "pet" + op["operationId"].split(".")[1].title()
    pets = schemas(old)
    pets["Animal"] = pets.pop("Pet")
    text = json.dumps(old).replace('#/components/schemas/Pet"', '#/components/schemas/Animal"')
    old = json.loads(text)
    schemas(old)["Animal"]["properties"]["name"] = {"$ref": "#/components/schemas/Name"}
    schemas(old)["Name"] = {"type": "string"}
    assert report(old, new, tmp_path, capsys) == []
    add_response_field(new)
    assert brief(report(old, new, tmp_path, capsys)) == [
        (*INFO, "response-field-added", "Pet.born_at", False)
    ]


def test_a_deprecation_names_the_successor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = base(), base()
    deprecate(new)
    info(new)["x-replaced-by"] = "pets.list"
    (change,) = report(old, new, tmp_path, capsys)
    assert change["detail"] == "deprecated, use `client.pets.list`"


def test_camel_case_operation_ids_give_no_method(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = base(), base()
    info(old)["operationId"] = "petInfo"
    info(new)["operationId"] = "petDetail"
    add_operation(new)
    new["paths"]["/pet/create"]["post"]["operationId"] = "petCreate"
    assert brief(report(old, new, tmp_path, capsys)) == [
        ("POST /pet/info", None, "operation-id-changed", "petInfo", False),
        ("POST /pet/create", None, "operation-added", "POST /pet/create", False),
    ]


def test_downloads_and_array_bodies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = base(), base()
    for spec in (old, new):
        spec["paths"]["/pet/import"] = {
            "post": {
                "operationId": "pets.import",
                "x-body-name": "pets",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"type": "array", "items": ref("Pet")}}
                    }
                },
                "responses": {"200": {"description": "csv", "content": {"text/csv": {}}}},
            }
        }
    del new["paths"]["/pet/import"]["post"]["responses"]["200"]["content"]
    add_response_field(new)
    changes = report(old, new, tmp_path, capsys)
    assert brief(changes) == [
        (*INFO, "response-field-added", "Pet.born_at", False),
        (
            "POST /pet/import",
            "client.pets.import_",
            "argument-added-optional",
            "Pet.born_at",
            False,
        ),
        ("POST /pet/import", "client.pets.import_", "response-type-changed", "result", True),
    ]
    assert changes[0]["operations"] == ["POST /pet/info", "POST /pet/list", "WEBHOOK pet"]
    assert changes[1]["detail"] == "optional argument `Pet.born_at` added (int)"
    assert changes[2]["detail"] == "returns None instead of bytes"


def test_a_model_that_holds_itself_is_compared_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = base(), base()
    for spec in (old, new):
        schemas(spec)["Pet"]["properties"]["parent"] = ref("Pet")
    add_response_field(new)
    assert brief(report(old, new, tmp_path, capsys)) == [
        (*INFO, "response-field-added", "Pet.born_at", False)
    ]


def test_markdown_puts_breaking_changes_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = base(), base()
    add_optional_argument(new)
    remove_operation(new)
    code, out, _ = run([write(tmp_path, "old.json", old), write(tmp_path, "new.json", new)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[2] == "1 breaking, 1 not breaking, in 1 area(s)."
    breaking, other = lines.index("### Breaking"), lines.index("### Not breaking")
    assert breaking < other
    assert lines[breaking + 2] == lines[other + 2] == "#### pets (1)"
    removed = "- `client.pets.list` (`POST /pet/list`): method removed"
    added = "- `client.pets.info` (`POST /pet/info`): optional argument `verbose` added (bool)"
    assert lines[breaking + 4] == removed and lines[other + 4] == added


def test_fail_on_breaking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path, "old.json", base())
    safe, breaking = base(), base()
    add_optional_argument(safe)
    remove_argument(breaking)
    assert run([old, write(tmp_path, "safe.json", safe), "--fail-on-breaking"], capsys)[0] == 0
    assert run([old, write(tmp_path, "bad.json", breaking), "--fail-on-breaking"], capsys)[0] == 1
    assert run([old, write(tmp_path, "bad.json", breaking)], capsys)[0] == 0


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        ("{not json", "not valid JSON"),
        ('{"openapi": "3.1.0"}', "not an OpenAPI document"),
        ("[1, 2]", "not an OpenAPI document"),
    ],
)
def test_bad_input_is_a_clean_error(
    content: str | None, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content)
    code, out, err = run([str(bad), write(tmp_path, "ok.json", base())], capsys)
    assert code == 2 and out == ""
    assert message in err and str(bad) in err and "Traceback" not in err


def test_bad_yaml_and_a_missing_ref_are_clean_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: {a: [}\n")
    code, _, err = run([str(broken), str(MINI / "openapi.yaml")], capsys)
    assert code == 2 and "not valid YAML" in err
    dangling = tmp_path / "dangling.yaml"
    dangling.write_text("openapi: 3.1.0\npaths:\n  /x: {$ref: 'paths/x.yaml#/x'}\n")
    code, _, err = run([str(dangling), str(MINI / "openapi.yaml")], capsys)
    assert code == 2 and "$ref to a missing file" in err


def test_usage_errors_exit_2_without_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "--format", "xml", "a", "b"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "invalid choice" in done.stderr
    assert "Traceback" not in done.stderr


def copy_mini(folder: Path) -> Path:
    shutil.copytree(MINI, folder)
    return folder / "openapi.yaml"


def test_split_yaml_specs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The root of a split spec is bundled: a change in a components file
    reaches the operations that use it through their $refs."""
    new = copy_mini(tmp_path / "mini")
    assert run([str(MINI / "openapi.yaml"), str(new), "--format", "json"], capsys)[1] == "[]\n"
    components = new.parent / "components" / "pets.yaml"
    text = components.read_text()
    assert "\n  Pet:\n" in text
    components.write_text(text.replace("\n  Pet:\n", "\n  Unused: {type: string}\n  Pet:\n"))
    paths = new.parent / "paths" / "pets.yaml"
    paths.write_text(paths.read_text().replace("operationId: pets.info", "operationId: pets.get"))
    code, out, _ = run([str(MINI / "openapi.yaml"), str(new), "--format", "json"], capsys)
    assert code == 0
    assert [c["kind"] for c in json.loads(out)] == ["method renamed"]


def git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.test",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.test",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def test_git_revisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`git:REV` reads spec/ of the repository holding the working directory,
    from a throwaway repository here: first commit, a change, uncommitted work."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "README").write_text("no spec yet\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "no spec")
    spec = copy_mini(repo / "spec")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "spec")
    paths = repo / "spec" / "paths" / "pets.yaml"
    paths.write_text(paths.read_text().replace("operationId: pets.info", "operationId: pets.get"))
    git(repo, "commit", "-qam", "rename")
    paths.write_text(paths.read_text().replace("operationId: pets.get", "operationId: pets.fetch"))
    monkeypatch.chdir(repo / "spec" / "paths")  # any folder of the repository will do

    def kinds(*args: str) -> list[tuple[str, str]]:
        code, out, err = run([*args, "--format", "json"], capsys)
        assert code == 0, err
        return [(c["kind"], c["detail"]) for c in json.loads(out)]

    renamed = "`client.pets.info` renamed to `client.pets.get`"
    assert kinds("git:HEAD~1", "git:HEAD") == [("method renamed", renamed)]
    assert kinds("git:HEAD", str(spec)) == [
        ("method renamed", "`client.pets.get` renamed to `client.pets.fetch`")
    ]
    assert kinds("git:HEAD~1", "git:HEAD~1") == []
    for revision, message in [
        ("git:HEAD~2", "there is no spec/ at that revision"),
        ("git:HEAD~3", "no such revision here"),
        ("git:", "name a revision"),
    ]:
        code, out, err = run([revision, "git:HEAD"], capsys)
        assert code == 2 and out == "" and message in err and "Traceback" not in err
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["git:HEAD", str(spec)], capsys)
    assert code == 2 and "git:HEAD" in err and "Traceback" not in err


def reference() -> Path:
    """The shared reference material beside the repository: next to a clone,
    or two levels up from a git worktree under wt/."""
    for up in (ROOT.parent, ROOT.parent.parent):
        if (up / "shared" / "reference").is_dir():
            return up / "shared" / "reference"
    return ROOT.parent / "shared" / "reference"


VENDOR = reference() / "flashduty-docs" / "openapi.en.json"
CURRENT = [
    reference() / "flashduty-docs" / "current" / f"{name}.openapi.en.json"
    for name in ("on-call", "monitors", "platform", "rum", "safari")
]
# The rules of the groups spec/README.md explains ("Known differences from the
# vendor's document").
KNOWN_DRIFT = {
    "operation-added",
    "credentials-added",
    "retry-safety-added",
    "pagination-changed",
    "pagination-items-changed",
    "webhook-event-type-added",
    "error-code-added",
    "error-code-removed",
    "argument-removed",
    "argument-became-required",
    "argument-became-optional",
    "argument-added-required",
    "argument-added-optional",
    "argument-type-narrowed",
    "argument-type-widened",
    "argument-enum-value-added",
    "argument-deprecated",
    "response-field-added",
    "response-field-type-changed",
    "response-field-became-optional",
    "response-field-deprecated",
    "response-field-enum-value-added",
    "response-field-enum-value-removed",
    "response-type-changed",
    "response-type-specified",
    "operation-deprecated",
}
# The same for the vendor's five current documents ("Known differences from
# the vendor's current documents").
KNOWN_CURRENT_DRIFT = {
    "operation-added",
    "operation-deprecated",
    "credentials-added",
    "retry-safety-added",
    "pagination-items-changed",
    "webhook-event-type-added",
    "error-code-added",
    "error-code-removed",
    "argument-removed",
    "argument-became-required",
    "argument-added-required",
    "argument-became-optional",
    "argument-added-optional",
    "argument-type-narrowed",
    "argument-type-widened",
    "argument-enum-value-added",
    "argument-deprecated",
    "response-field-added",
    "response-field-type-changed",
    "response-field-type-specified",
    "response-field-became-optional",
    "response-field-became-nullable",
    "response-field-deprecated",
    "response-field-enum-value-added",
    "response-field-enum-value-removed",
    "response-type-changed",
}


def _unexplained(found: list[dict[str, Any]], known: set[str]) -> list[str]:
    """Rules of the changes no group explains; a group is named by a rule id
    or by a kind (`"error code added"`: every rule of that kind)."""
    return sorted({c["rule"] for c in found if not {c["rule"], c["kind"]} & known})


def drift(old: list[Path], capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    code, out, _ = run(
        [*map(str, old), str(ROOT / "spec" / "openapi.yaml"), "--format", "json"], capsys
    )
    assert code == 0
    found: list[dict[str, Any]] = json.loads(out)
    return found


def test_vendor_drift_stays_within_the_known_groups(capsys: pytest.CaptureFixture[str]) -> None:
    """Our spec against the vendor's May document: every vendor operation
    is kept, and each difference is of a kind spec/README.md explains."""
    if not VENDOR.exists():
        pytest.skip(f"the vendor's document is not beside the repository ({VENDOR})")
    unexplained = _unexplained(drift([VENDOR], capsys), KNOWN_DRIFT)
    assert not unexplained, f"explain in spec/README.md: {unexplained}"


def test_current_vendor_drift_stays_within_the_known_groups(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Our spec against the vendor's five current documents, read as one API.
    Skipped while the spec lacks some of their operations (the areas' curation
    adds them); from then on each difference must be of a kind spec/README.md
    explains, listed in KNOWN_CURRENT_DRIFT."""
    if not all(p.exists() for p in CURRENT):
        pytest.skip(f"the vendor's current documents are not beside the repository ({CURRENT[0]})")
    found = drift(CURRENT, capsys)
    missing = sorted(c["operation"] for c in found if c["rule"] == "operation-removed")
    if missing:
        pytest.skip(
            f"the spec lacks {len(missing)} operation(s) of the vendor's current documents "
            f"(first: {missing[0]}); this guard runs once it has them all"
        )
    unexplained = _unexplained(found, KNOWN_CURRENT_DRIFT)
    assert not unexplained, f"explain in spec/README.md: {unexplained}"


def test_a_code_no_longer_on_every_operation_is_one_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reverse of error_code_of_every_operation: one line for the API,
    naming how many operations still list the code."""
    old, new = base(), base()
    for spec in (old, new):
        spec["paths"]["/pet/delete"]["post"]["responses"]["429"] = slow_down()
    error_code_of_every_operation(old)
    (change,) = report(old, new, tmp_path, capsys)
    assert (change["rule"], change["operation"], change["subject"]) == (
        "error-code-removed",
        None,
        "RequestTooFrequently",
    )
    assert "still on 1 of" in change["detail"]


def test_data_declared_null_is_no_payload(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The vendor's safari document declares `data: {type: null}` where our
    bare envelope says nothing: both methods return None, no change. A null
    `data` becoming a model is still reported."""
    old, new = base(), base()
    info(old)["responses"] = envelope({"type": "null", "description": "always null"})
    info(new)["responses"] = envelope()
    assert report(old, new, tmp_path, capsys) == []
    info(new)["responses"] = envelope(ref("Pet"))
    assert brief(report(old, new, tmp_path, capsys)) == [
        (*INFO, "response-type-specified", "result", False)
    ]
