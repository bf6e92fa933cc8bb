"""The generator <-> runtime contract: a runtime that no longer takes what
the generated code passes stops generation, naming the runtime's file:line."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest

from generator import contract
from generator.ir import Models, build
from generator.load import bundle
from generator.runtime import RUNTIME

from .test_specs import single_file, write


def _api(tmp_path: Path) -> object:
    loaded = bundle(str(write(tmp_path, single_file())))
    return build(
        loaded,
        Models(
            {"pet": "class Pet: ...\n", "envelope": "class Envelope: ...\n"},
            {"Pet": "pet", "Envelope": "envelope"},
            frozenset({"Pet", "Envelope"}),
        ),
    )


def _runtime(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, old: str, new: str
) -> None:
    copy = tmp_path / "runtime"
    shutil.copytree(RUNTIME, copy)
    text = (copy / module).read_text(encoding="utf-8")
    assert old in text
    (copy / module).write_text(text.replace(old, new), encoding="utf-8")
    monkeypatch.setattr(contract, "RUNTIME", copy)
    contract._tree.cache_clear()


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    contract._tree.cache_clear()
    yield
    contract._tree.cache_clear()  # the next test reads the real runtime again


def test_the_real_runtime_keeps_the_contract(tmp_path: Path) -> None:
    contract.check_contract(_api(tmp_path))  # type: ignore[arg-type]


def test_an_endpoint_keyword_the_runtime_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = _api(tmp_path)
    _runtime(tmp_path, monkeypatch, "_endpoint.py", "        types: TypeNames = _NO_TYPES,\n", "")
    with pytest.raises(contract.ContractError) as info:
        contract.check_contract(api)  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith("templates/runtime/_endpoint.py:")
    assert "Endpoint() takes no 'types'" in message and "pets.create" in message


def test_a_model_marker_the_runtime_lost(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = _api(tmp_path)
    _runtime(tmp_path, monkeypatch, "_models.py", "OPEN_ENUM = _OpenEnum()", "OPEN = _OpenEnum()")
    with pytest.raises(contract.ContractError, match="_models.py:1: .* OPEN_ENUM"):
        contract.check_contract(api)  # type: ignore[arg-type]


def test_a_generated_module_the_runtime_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = _api(tmp_path)
    old = "from .types.defs._required import REQUIRED"
    _runtime(tmp_path, monkeypatch, "_reading.py", old, "from .types.defs._needed import REQUIRED")
    with pytest.raises(contract.ContractError, match=r"_reading.py:\d+: imports \['REQUIRED'\]"):
        contract.check_contract(api)  # type: ignore[arg-type]


def test_a_cached_verdict_follows_the_runtime(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runtime's facts are cached under its text: a runtime that changes
    after a good run is read again, and its disagreement still found."""
    api = _api(tmp_path)
    cache = str(tmp_path / "cache")
    contract.check_contract(api, cache)  # type: ignore[arg-type]
    assert list((tmp_path / "cache" / "contract").iterdir())
    _runtime(tmp_path, monkeypatch, "_models.py", "OPEN_ENUM = _OpenEnum()", "OPEN = _OpenEnum()")
    with pytest.raises(contract.ContractError, match="_models.py:1: .* OPEN_ENUM"):
        contract.check_contract(api, cache)  # type: ignore[arg-type]
