"""generator/jsontext.py writes exactly what json.dumps(indent=2) writes."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from generator.jsontext import indented

ROOT = Path(__file__).resolve().parents[2]

CASES: list[Any] = [
    {},
    [],
    "plain",
    None,
    {"a": {}, "b": [], "c": [{}], "d": [[]], "e": {"f": {"g": []}}},
    {"text": 'quotes " and \\ backslash, tab\t, newline\n, \x00 control, \u2028 separator'},
    {"ünïcødé ключ": "值 and emoji \U0001f600"},
    {"numbers": [0, -1, 2**70, 1.5, -0.0, 1e-07, 1e300, 3.0]},
    {"flags": [True, False, None]},
    {"floats": [math.inf, -math.inf]},
    [1, [2, [3, [4, {"deep": "er"}]]]],
]


@pytest.mark.parametrize("value", CASES)
def test_the_same_text_as_json(value: Any) -> None:
    assert indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_nan_is_spelt_as_json_spells_it() -> None:
    assert indented([math.nan]) == json.dumps([math.nan], indent=2)


def test_keys_json_converts_take_json_own_path() -> None:
    value = {1: "int key", 2.5: "float key", True: "bool key", None: "null key"}
    assert indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_a_value_json_cannot_write_fails_as_json_does() -> None:
    with pytest.raises(TypeError):
        indented({"when": object()})


def test_the_published_spec() -> None:
    document = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    assert indented(document) == json.dumps(document, indent=2, ensure_ascii=False)
