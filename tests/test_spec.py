"""The spec against the scope in ../shared/reference/operations*.tsv, and its
examples against their schemas (through the generator's own lint)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from generator.load import bundle
from generator.schemas import operations
from generator.validate import validate

from . import evidence

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
REFERENCE = Path(os.environ.get("FLASHDUTY_REFERENCE") or ROOT.parent / "shared" / "reference")
# The operations of May 2026, and those the vendor added since.
SCOPES = (REFERENCE / "operations.tsv", REFERENCE / "operations-next.tsv")


def scope_rows() -> list[dict[str, str]]:
    rows = []
    for scope in SCOPES:
        if not scope.exists():
            pytest.skip(f"the reference scope is not beside the repository ({scope})")
        with scope.open(encoding="utf-8") as fh:
            rows += list(csv.DictReader(fh, delimiter="\t"))
    return rows


@pytest.fixture(scope="module")
def spec_ops() -> dict[tuple[str, str], dict[str, object]]:
    # The generator's own caches (content-keyed, as `make lint` uses them): a
    # spec part already found valid is not validated again.
    cache = str(ROOT / ".cache" / "generator")
    loaded = bundle(str(SPEC), cache)
    validate(loaded, cache)  # raises with every problem: examples included
    return {(method.upper(), path): op for _, path, method, op in operations(loaded.document)}


def test_every_operation_of_the_scope_is_in_the_spec(
    spec_ops: dict[tuple[str, str], dict[str, object]],
) -> None:
    rows = scope_rows()
    wanted = {(r["method"], r["path"]) for r in rows}
    missing = sorted(wanted - set(spec_ops))
    extra = sorted(set(spec_ops) - wanted)
    assert not missing, f"{len(missing)} operations of the scope are not in spec/: {missing}"
    assert not extra, f"{len(extra)} operations in spec/ are not in the scope: {extra}"
    assert len(spec_ops) == len(rows)


def test_operations_are_tagged_with_their_area(
    spec_ops: dict[tuple[str, str], dict[str, object]],
) -> None:
    for row in scope_rows():
        op = spec_ops.get((row["method"], row["path"]))
        if op is None:
            continue  # reported by test_every_operation_of_the_scope_is_in_the_spec
        assert op["tags"] == [
            row["area"]
        ], f"{row['path']}: tag {op['tags']} but area {row['area']}"


def vendor_deprecates(method: str, path: str) -> bool:
    """Whether one of the vendor's current documents itself marks the operation
    deprecated (a new row may arrive already deprecated, e.g. /monit/query/diagnose)."""
    if not evidence.available():
        return False
    return any(
        (evidence.vendor_document(name)["paths"].get(path) or {})
        .get(method.lower(), {})
        .get("deprecated")
        is True
        for name in evidence.DOCUMENTS
    )


def test_source_column_is_honoured(spec_ops: dict[tuple[str, str], dict[str, object]]) -> None:
    for row in scope_rows():
        op = spec_ops.get((row["method"], row["path"]))
        if op is None:
            continue  # reported by test_every_operation_of_the_scope_is_in_the_spec
        if row["source"] in ("seed-catalog", "go-sdk"):
            assert (
                op.get("x-unverified") is True
            ), f"{row['path']} comes from the catalog only: x-unverified"
        if op.get("deprecated"):
            # Legacy operations the current docs replaced, and current ones the
            # newest catalog retires or supersedes (e.g. monitor rules by rule v2).
            assert row["source"] in (
                "legacy",
                "current",
                "current+legacy",
            ) or vendor_deprecates(
                row["method"], row["path"]
            ), f"{row['path']} is deprecated but comes from {row['source']}"
            assert "use `" in str(op.get("description")), f"{row['path']}: name the replacement"
            assert op.get("x-replaced-by"), f"{row['path']}: x-replaced-by names the replacement"
