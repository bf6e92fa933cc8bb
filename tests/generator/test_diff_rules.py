"""The rules of `python -m generator diff`, one fixture folder each, and the
cases the diff once missed (path-item parameters, other media types, schemas
that reach themselves); several OLD documents read as one API; exit codes.

A rule's folder under fixtures/diff_rules/ holds `new.yaml` (and `old.yaml`
when base.yaml is not the old side) and `expect.yaml`: the changes, in
order, as [rule, operation, subject]; nothing else may be reported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import diff as diff_cli
from generator.__main__ import main
from generator.diff_rules import RULES, rules_markdown
from tests.generator.test_diff import CURRENT, VENDOR

HERE = Path(__file__).resolve().parent
RULE_FIXTURES = HERE / "fixtures" / "diff_rules"
CASES = HERE / "fixtures" / "diff_cases"
ROOT = HERE.parent.parent
DOCS = ROOT / "docs" / "diff-rules.md"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def changes(old: list[Path], new: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    code, out, err = run([*map(str, old), str(new), "--format", "json"], capsys)
    assert (code, err) == (0, "")
    found: list[dict[str, Any]] = json.loads(out)
    return found


def brief(found: list[dict[str, Any]]) -> list[list[Any]]:
    return [[c["rule"], c["operation"], c["subject"]] for c in found]


def test_every_rule_has_a_fixture_and_every_fixture_a_rule() -> None:
    folders = {p.name for p in RULE_FIXTURES.iterdir() if p.is_dir()}
    assert sorted(set(RULES) - folders) == [], "write a fixture for each new rule"
    assert sorted(folders - set(RULES)) == [], "a fixture names no rule"


def test_rules_are_well_formed() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id and rule_id == rule_id.lower().replace(" ", "-")
        assert rule.description.endswith(".") and rule.kind


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_fires_alone(rule: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = RULE_FIXTURES / rule
    old = folder / "old.yaml" if (folder / "old.yaml").exists() else RULE_FIXTURES / "base.yaml"
    expected = yaml.safe_load((folder / "expect.yaml").read_text())
    found = changes([old], folder / "new.yaml", capsys)
    assert brief(found) == expected
    assert [c["breaking"] for c in found] == [RULES[c["rule"]].breaking for c in found]
    assert all(c["kind"] == RULES[c["rule"]].kind for c in found)


def pairs() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for folder in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for pair in yaml.safe_load((folder / "pairs.yaml").read_text()):
            out.append((f"{folder.name}:{pair['new']}", {**pair, "folder": folder}))
    return out


@pytest.mark.parametrize("pair", [p for _, p in pairs()], ids=[name for name, _ in pairs()])
def test_cases_once_missed(pair: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    folder: Path = pair["folder"]
    found = changes([folder / pair["old"]], folder / pair["new"], capsys)
    assert brief(found) == pair["changes"]


def test_types_are_shown_as_the_sdk_writes_them(capsys: pytest.CaptureFixture[str]) -> None:
    """The report names the types of the SDK's signatures and models (the
    reader's): Literal enums, FileInput and bytes, null left out."""
    folder = CASES / "reader-types"
    found = changes([folder / "old.yaml"], folder / "new.yaml", capsys)
    assert [c["detail"] for c in found if "type" in c["rule"]] == [
        'argument `size` is Literal[1, 2], was Literal["s", "m"] | EnumValue',
        "argument `file` is FileInput, was str",
        "argument `since` is int | datetime, was int",
        "response field `Thing.blob` is bytes, was str",
    ]


def test_the_diff_types_a_schema_as_the_reader_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """There is no second copy of the typing rules: were the generator to type
    integers as floats, a field going from integer to number would change
    nothing for users, and the diff would say so."""
    from generator.diff_compare import compare
    from generator.pytypes import SCALARS, Builtin

    old = yaml.safe_load((RULE_FIXTURES / "base.yaml").read_text())
    new = yaml.safe_load((RULE_FIXTURES / "base.yaml").read_text())
    new["components"]["schemas"]["Pet"]["properties"]["pet_id"] = {"type": "number"}
    assert [c.rule.id for c in compare(old, new)] == ["response-field-type-changed"]
    monkeypatch.setitem(SCALARS, "integer", Builtin("float"))  # the reader's table
    assert compare(old, new) == []


def spec_files() -> list[Path]:
    files = [*RULE_FIXTURES.rglob("*.yaml"), *CASES.rglob("*.yaml")]
    return sorted(p for p in files if p.name not in ("expect.yaml", "pairs.yaml"))


@pytest.mark.parametrize(
    "spec", spec_files(), ids=[str(p.relative_to(HERE / "fixtures")) for p in spec_files()]
)
def test_each_fixture_compared_with_itself_is_no_change(
    spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert changes([spec], spec, capsys) == []


def test_a_recursive_schema_reaches_the_report_without_recursion_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = CASES / "recursive" / "old.yaml"
    code, out, err = run([str(old), str(CASES / "recursive" / "new.yaml")], capsys)
    assert code == 0 and err == ""
    assert "`client.graph.walk` (`POST /graph/walk`): response field `Tree.size` added (int)" in out


def test_the_rule_list_in_the_docs_is_fresh(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--rules"], capsys)
    assert code == 0 and out == rules_markdown()
    assert DOCS.read_text(encoding="utf-8") == out, "run: python -m generator diff --rules > " + (
        "docs/diff-rules.md"
    )
    for rule in RULES:
        assert f"| `{rule}` |" in out


def test_a_crash_exits_3_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug of ours is not a verdict: --fail-on-breaking's 1 means breaking."""

    def broken(old: Any, new: Any) -> Any:
        raise KeyError("surprise")

    monkeypatch.setattr(diff_cli, "compare", broken)
    base = str(RULE_FIXTURES / "base.yaml")
    code, out, err = run([base, base, "--fail-on-breaking"], capsys)
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "internal error of the diff (KeyError at" in err
    assert "Traceback" not in err


def test_no_document_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["diff"])
    assert exited.value.code == 2 and "name at least the OLD document" in capsys.readouterr().err


def split_base(folder: Path) -> list[Path]:
    """base.yaml as two documents: /pet/info and the webhook in one, the other
    paths in the second; each carries all components."""
    spec = yaml.safe_load((RULE_FIXTURES / "base.yaml").read_text())
    first = {**spec, "paths": {"/pet/info": spec["paths"]["/pet/info"]}}
    rest = {k: v for k, v in spec["paths"].items() if k != "/pet/info"}
    second = {**{k: v for k, v in spec.items() if k != "webhooks"}, "paths": rest}
    out = []
    for name, part in (("first.json", first), ("second.json", second)):
        (folder / name).write_text(json.dumps(part))
        out.append(folder / name)
    return out


def test_several_old_documents_read_as_one_api(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parts = split_base(tmp_path)
    base = RULE_FIXTURES / "base.yaml"
    assert changes(parts, base, capsys) == []
    found = changes(parts, RULE_FIXTURES / "response-field-added" / "new.yaml", capsys)
    assert brief(found) == [["response-field-added", "POST /pet/info", "Pet.born_at"]]
    assert found[0]["operations"] == ["POST /pet/info", "POST /pet/list", "WEBHOOK pet"]
    _, out, _ = run([*map(str, parts), str(base)], capsys)
    assert (
        out.splitlines()[0]
        == f"## SDK changes: `{tmp_path}/`{{first.json, second.json}} → `{base}`"
    )


def test_a_path_in_two_old_documents_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = split_base(tmp_path)
    code, out, err = run([str(first), str(first), str(RULE_FIXTURES / "base.yaml")], capsys)
    assert code == 2 and out == ""
    assert f"path `/pet/info` is also in {first}" in err and "Traceback" not in err
    assert run([str(first), str(second), str(second), str(first)], capsys)[0] == 2


def test_same_named_components_that_differ_keep_their_own_operations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each product document has its own `Pet`: merged, each operation still
    reads the one of its document (the later one is renamed `Pet.2`)."""

    def doc(paths: dict[str, str], pets: dict[str, list[str]]) -> dict[str, Any]:
        schemas = {
            name: {"type": "object", "properties": {f: {"type": "string"} for f in fields}}
            for name, fields in pets.items()
        }
        ops = {
            path: {
                "post": {
                    "operationId": f"pets.{path.strip('/')}",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": f"#/components/schemas/{model}"}
                                }
                            },
                        }
                    },
                }
            }
            for path, model in paths.items()
        }
        return {"openapi": "3.1.0", "paths": ops, "components": {"schemas": schemas}}

    files = []
    for name, spec in [
        ("a.json", doc({"/a": "Pet"}, {"Pet": ["x"]})),
        ("b.json", doc({"/b": "Pet"}, {"Pet": ["y"]})),
        ("ours.json", doc({"/a": "PetA", "/b": "PetB"}, {"PetA": ["x"], "PetB": ["y"]})),
    ]:
        (tmp_path / name).write_text(json.dumps(spec))
        files.append(tmp_path / name)
    assert changes(files[:2], files[2], capsys) == []


def test_markdown_counts_rules_then_groups_by_area_breaking_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = RULE_FIXTURES / "base.yaml"
    new = RULE_FIXTURES / "webhook-event-type-removed" / "new.yaml"
    spec = yaml.safe_load(new.read_text())
    spec["paths"]["/pet/info"]["post"]["tags"] = ["pets/info"]
    del spec["paths"]["/pet/list"]
    spec["components"]["schemas"]["ErrorCode"]["enum"].append("Conflict")
    spec["components"]["schemas"]["Pet"]["properties"]["born_at"] = {"type": "integer"}
    changed = old.parent.parent / "changed.json"
    try:
        changed.write_text(json.dumps(spec))
        code, out, _ = run([str(old), str(changed)], capsys)
    finally:
        changed.unlink()
    assert code == 0
    lines = out.splitlines()
    assert lines[2] == "2 breaking, 2 not breaking, in 4 area(s)."
    table = lines[lines.index("| rule | breaking | changes |") + 2 :][:4]
    assert table == [
        "| `operation-removed` | yes | 1 |",
        "| `webhook-event-type-removed` | yes | 1 |",
        "| `response-field-added` | no | 1 |",
        "| `error-code-added` | no | 1 |",
    ]
    headings = [line for line in lines if line.startswith("###")]
    assert headings == [
        "### Breaking",
        "#### pets (1)",
        "#### webhooks (1)",
        "### Not breaking",
        "#### whole API (1)",
        "#### pets/info (1)",
    ]


def test_the_vendors_current_documents_read_as_one_api(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The five documents the vendor publishes today, merged, against our
    spec: no crash, no error, every change in an area."""
    documents = CURRENT
    if not all(p.exists() for p in documents):
        pytest.skip(f"the vendor's current documents are not beside the repository ({CURRENT[0]})")
    found = changes(documents, ROOT / "spec" / "openapi.yaml", capsys)
    assert found and all(c["area"] and c["rule"] in RULES for c in found)
    code, out, err = run([*map(str, documents), str(ROOT / "spec" / "openapi.yaml")], capsys)
    assert code == 0 and err == "" and out.count("\n#### ") >= 5


def reference_documents() -> list[Path]:
    return [*sorted(VENDOR.parent.glob("openapi*.json")), *CURRENT]


@pytest.mark.parametrize("document", reference_documents(), ids=lambda p: p.name)
def test_each_vendor_document_compared_with_itself_is_no_change(
    document: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not document.exists():
        pytest.skip(f"the vendor's document is not beside the repository ({document})")
    assert changes([document], document, capsys) == []


_JUNK: list[Any] = [
    None,
    1,
    "x",
    True,
    [],
    {},
    [1],
    {"$ref": "#/components/schemas/Pet"},
    {"$ref": 5},
    {"allOf": "x"},
    {"anyOf": [None]},
    {"oneOf": [{"$ref": "#/components/schemas/Pet"}]},
    {"enum": 3},
    {"properties": []},
    {"required": "a"},
    {"type": "array", "items": 2},
    {"type": "object", "additionalProperties": 1},
    {"content": {"*/*": 1}},
]


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*path, index))
    return out


def test_any_document_compares_without_a_crash() -> None:
    """Values of the wrong kind anywhere in a document (a list for `paths`, a
    number for `allOf`, ...) are read as absent: the diff reports what it can
    and never fails on a document (a crash would exit 3)."""
    import copy
    import random

    from generator.diff_compare import compare

    base = yaml.safe_load((RULE_FIXTURES / "base.yaml").read_text())
    places = [p for p in _paths(base) if p]
    pick = random.Random(18)
    for _ in range(250):
        broken = copy.deepcopy(base)
        for place in pick.sample(places, 2):
            node = broken
            try:
                for key in place[:-1]:
                    node = node[key]
                node[place[-1]] = copy.deepcopy(pick.choice(_JUNK))
            except (KeyError, IndexError, TypeError):
                continue  # an earlier change removed the way there
        compare(base, broken)
        compare(broken, base)
        compare(broken, broken)


def test_each_old_document_keeps_its_own_credentials(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two documents naming different schemes `Key`, each the default of its
    own operations: merged, each operation keeps its document's credential
    (compared by what a caller holds, not by name)."""

    def doc(paths: dict[str, Any], schemes: dict[str, Any], default: Any = None) -> Path:
        spec: dict[str, Any] = {
            "openapi": "3.1.0",
            "paths": {
                path: {"post": {"responses": {"200": {"description": "ok"}}, **extra}}
                for path, extra in paths.items()
            },
            "components": {"securitySchemes": schemes},
        }
        if default is not None:
            spec["security"] = default
        name = tmp_path / f"{len(list(tmp_path.iterdir()))}.json"
        name.write_text(json.dumps(spec))
        return name

    query = {"type": "apiKey", "in": "query", "name": "app_key"}
    bearer = {"type": "http", "scheme": "bearer"}
    first = doc({"/a": {}}, {"Key": query}, [{"Key": []}])
    second = doc({"/b": {}, "/c": {"security": []}}, {"Key": bearer}, [{"Key": []}])
    ours = doc(
        {"/a": {"security": [{"Q": []}]}, "/b": {"security": [{"B": []}]}, "/c": {}},
        {"Q": query, "B": bearer},
    )
    assert changes([first, second], ours, capsys) == []
    swapped = doc(
        {"/a": {"security": [{"B": []}]}, "/b": {"security": []}, "/c": {}},
        {"Q": query, "B": bearer},
    )
    found = changes([first, second], swapped, capsys)
    assert [(c["rule"], c["operation"], c["detail"]) for c in found] == [
        ("credentials-changed", "POST /a", "credentials: query key `app_key` -> bearer token"),
        ("credentials-added", "POST /b", "credentials: bearer token -> none"),
    ]


def test_a_webhook_payload_is_compared_as_an_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`flashduty.webhooks.parse` returns the payload's model: its fields
    change under the same rules as a result's."""
    spec = yaml.safe_load((RULE_FIXTURES / "base.yaml").read_text())
    hook = spec["webhooks"]["pet"]["post"]
    hook["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "properties": {"event_type": {"type": "string"}, "pet": {"type": "string"}},
    }
    old = tmp_path / "old.json"
    old.write_text(json.dumps(spec))
    del hook["requestBody"]["content"]["application/json"]["schema"]["properties"]["pet"]
    new = tmp_path / "new.json"
    new.write_text(json.dumps(spec))
    found = changes([old], new, capsys)
    assert brief(found) == [["response-field-removed", "WEBHOOK pet", "payload.pet"]]
    assert found[0]["area"] == "webhooks" and found[0]["breaking"] is True
