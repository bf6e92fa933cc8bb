"""Problems found in a spec, collected as data rather than raised one by one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True, order=True)
class Problem:
    """One finding: where it is (JSON pointer into the bundled spec, and the
    source file and line it came from) and what is wrong."""

    pointer: str
    message: str
    location: str = ""

    def __str__(self) -> str:
        # Every problem stops the run (there are no warnings): "error" says so
        # in the form editors and CI annotators parse.
        where = f"{self.location}: " if self.location else ""
        return f"{where}error: {self.pointer or '/'}: {self.message}"


class SpecError(Exception):
    """Raised when a stage cannot go on; carries every problem found so far."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.location, p.pointer, p.message))
        super().__init__(f"{len(self.problems)} problem(s) in the spec")

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass
class Problems:
    """An accumulator the stages append to; `raise_if_any` ends the stage."""

    items: list[Problem] = field(default_factory=list)

    def add(self, pointer: str, message: str, location: str = "") -> None:
        self.items.append(Problem(pointer, message, location))

    def raise_if_any(self) -> None:
        if self.items:
            raise SpecError(self.items)


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: object) -> str:
    for t in tokens:  # a loop, not a generator: the bundler joins a pointer per node
        token = t if isinstance(t, str) else str(t)
        pointer += "/" + (escape(token) if "~" in token or "/" in token else token)
    return pointer


def split(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [unescape(t) for t in pointer.lstrip("/").split("/")]


# The callback a check reports a problem through: (JSON pointer, message).
Add = Callable[[str, str], None]
