"""api.md reads as reference text: no model or method repeats one
description across fields (the text of a shared schema that a bare `$ref`
would give every field using it)."""

from __future__ import annotations

import re

from .examples import ROOT


def test_no_table_repeats_a_description_across_fields() -> None:
    text = (ROOT / "api.md").read_text(encoding="utf-8")
    repeated = []
    for section in re.split(r"\n### ", text):
        name = section.split("\n", 1)[0]
        rows = re.findall(r"^\| `([^`]+)` \|.*\| ([^|]*) \|$", section, re.M)
        fields: dict[str, list[str]] = {}
        for field, description in rows:
            if description.strip():
                fields.setdefault(description.strip(), []).append(field)
        repeated += [f"{name}: {', '.join(f)}" for f in fields.values() if len(f) > 1]
    assert repeated == [], "give these fields descriptions of their own in spec/"
