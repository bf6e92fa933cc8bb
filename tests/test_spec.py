"""The spec against the scope in ../shared/reference/operations.tsv, and its
examples against their schemas (through the generator's own lint)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from generator.load import bundle
from generator.schemas import operations
from generator.validate import validate

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
SCOPE = ROOT.parent / "shared" / "reference" / "operations.tsv"


def scope_rows() -> list[dict[str, str]]:
    if not SCOPE.exists():
        pytest.skip(f"the reference scope is not beside the repository ({SCOPE})")
    with SCOPE.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="module")
def spec_ops() -> dict[tuple[str, str], dict[str, object]]:
    loaded = bundle(str(SPEC))
    validate(loaded)  # raises with every problem: examples included
    return {(method.upper(), path): op for _, path, method, op in operations(loaded.document)}


def test_every_operation_of_the_scope_is_in_the_spec(
    spec_ops: dict[tuple[str, str], dict[str, object]],
) -> None:
    rows = scope_rows()
    wanted = {(r["method"], r["path"]) for r in rows}
    missing = sorted(wanted - set(spec_ops))
    # Rows of operations-next.tsv already curated count too (the rest are on their way).
    extra = sorted(set(spec_ops) - wanted - {(r["method"], r["path"]) for r in next_rows()})
    assert not missing, f"{len(missing)} operations of operations.tsv are not in spec/: {missing}"
    assert not extra, f"{len(extra)} operations in spec/ are not in operations.tsv: {extra}"
    assert len(spec_ops) == len(rows) + len(set(spec_ops) - wanted)


def next_rows() -> list[dict[str, str]]:
    """The rows of operations-next.tsv; those in the spec are checked like the others."""
    path = SCOPE.with_name("operations-next.tsv")
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_curated_new_operations_follow_their_row(
    spec_ops: dict[tuple[str, str], dict[str, object]],
) -> None:
    rows = [r for r in next_rows() if (r["method"], r["path"]) in spec_ops]
    if not rows:
        pytest.skip("no row of operations-next.tsv is in the spec yet")
    for row in rows:
        op = spec_ops[(row["method"], row["path"])]
        assert op["tags"] == [row["area"]], f"{row['path']}: tag {op['tags']}"
        if row["source"] in ("catalog-2026", "go-sdk"):
            assert op.get("x-unverified") is True, f"{row['path']}: x-unverified"


def test_operations_are_tagged_with_their_area(
    spec_ops: dict[tuple[str, str], dict[str, object]],
) -> None:
    for row in scope_rows():
        op = spec_ops[(row["method"], row["path"])]
        assert op["tags"] == [
            row["area"]
        ], f"{row['path']}: tag {op['tags']} but area {row['area']}"


def test_source_column_is_honoured(spec_ops: dict[tuple[str, str], dict[str, object]]) -> None:
    for row in scope_rows():
        op = spec_ops[(row["method"], row["path"])]
        if row["source"] == "seed-catalog":
            assert (
                op.get("x-unverified") is True
            ), f"{row['path']} comes from the catalog only: x-unverified"
        if op.get("deprecated"):
            assert (
                row["source"] == "legacy"
            ), f"{row['path']} is deprecated but documented as current"
            assert "use `" in str(op.get("description")), f"{row['path']}: name the replacement"
