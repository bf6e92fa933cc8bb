"""The README's Python samples are type-checked: each appears verbatim in
tests/typecheck/readme.py, which `make test` checks with mypy --strict."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_samples_are_type_checked() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    checked = (ROOT / "tests" / "typecheck" / "readme.py").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) >= 5
    missing = [block.splitlines()[0] for block in blocks if block not in checked]
    assert missing == [], "copy these README samples into tests/typecheck/readme.py"


def test_readme_starts_with_the_two_make_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.split("#")[0].strip() for line in lines[:5] if line.startswith("    make")]
    assert commands == ["make regenerate", "make test"]
