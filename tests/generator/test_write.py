"""write_tree: the new output replaces the old in one move; files the old
output already holds are linked, not written again; a failure changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.write import differences, write_tree


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


OLD = {"pkg/a.py": "a = 1\n", "pkg/sub/b.py": "b = 2\n", "pkg/gone.py": "x = 0\n"}
NEW = {"pkg/a.py": "a = 1\n", "pkg/sub/b.py": "b = 3\n", "pkg/new.py": "n = 4\n"}


def test_unchanged_files_are_linked_and_the_rest_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(OLD, str(out))
    before = (out / "pkg" / "a.py").stat().st_ino
    changed = differences(NEW, str(out))
    assert changed == ["pkg/new.py", "pkg/sub/b.py", "pkg/gone.py"]
    write_tree(NEW, str(out), unchanged=set(NEW).difference(changed))
    assert _tree(out) == NEW
    assert (out / "pkg" / "a.py").stat().st_ino == before  # the same file, linked
    assert (out / "pkg" / "a.py").stat().st_nlink == 1  # the old folder is gone
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_compiled_modules_of_unchanged_files_come_along(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(OLD, str(out))
    for folder, stem in (("pkg", "a"), ("pkg/sub", "b")):
        cached = out / folder / "__pycache__"
        cached.mkdir()
        (cached / f"{stem}.cpython-311.pyc").write_bytes(b"compiled " + stem.encode())
    changed = differences(NEW, str(out))
    write_tree(NEW, str(out), unchanged=set(NEW).difference(changed))
    assert (out / "pkg" / "__pycache__" / "a.cpython-311.pyc").read_bytes() == b"compiled a"
    assert not (out / "pkg" / "sub" / "__pycache__").exists()  # b.py changed
    assert differences(NEW, str(out)) == []  # __pycache__ is not output


def test_a_failed_write_leaves_the_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_tree(OLD, str(out))
    real = Path.write_bytes

    def failing(self: Path, data: bytes) -> int:
        if self.name == "new.py":
            raise OSError("disk full")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing)
    with pytest.raises(OSError, match="disk full"):
        write_tree(NEW, str(out), unchanged={"pkg/a.py"})
    assert _tree(out) == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
