"""The Python types of the IR. Each knows its annotation, what it imports,
which models it names, and the expression that builds it at run time (models
looked up by name, so the runtime never evaluates annotation strings)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# Where the names an annotation uses come from, besides the models.
TYPING = "typing"
RUNTIME_TYPES = ".._types"
# Subscripts a generic at run time: `List[x]` in an expression is, to mypy,
# a type it cannot check when `x` is a model looked up by name.
GENERIC = (".._endpoint", "generic")


@dataclass(frozen=True)
class PyType:
    def annotation(self) -> str:
        raise NotImplementedError

    def runtime(self) -> str:
        """An expression that builds this type in a resource module."""
        return self.annotation()

    def imports(self) -> frozenset[tuple[str, str]]:
        """(module, name) of what the annotation uses, models excepted."""
        return frozenset()

    def runtime_imports(self) -> frozenset[tuple[str, str]]:
        """(module, name) of what `runtime()` uses."""
        return self.imports()

    def models(self) -> frozenset[str]:
        return frozenset()

    def model(self) -> tuple[str, str] | None:
        """(model, containers around it: "l" list, "m" map, outermost first)
        when this is a model, or a list or map of one."""
        return None

    @property
    def nullable(self) -> bool:
        return False


@dataclass(frozen=True)
class Builtin(PyType):
    """str, int, float, bool, bytes, None: needs no import."""

    name: str

    def annotation(self) -> str:
        return self.name

    @property
    def nullable(self) -> bool:
        return self.name == "None"


@dataclass(frozen=True)
class Imported(PyType):
    """A name imported from `module` (Any from typing, FileInput from the runtime)."""

    name: str
    module: str

    def annotation(self) -> str:
        return self.name

    def imports(self) -> frozenset[tuple[str, str]]:
        return frozenset({(self.module, self.name)})


@dataclass(frozen=True)
class Model(PyType):
    name: str

    def annotation(self) -> str:
        return self.name

    def runtime(self) -> str:
        return f"_TYPES[{json.dumps(self.name)}]"

    def models(self) -> frozenset[str]:
        return frozenset({self.name})

    def model(self) -> tuple[str, str] | None:
        return self.name, ""


@dataclass(frozen=True)
class Unnamed(PyType):
    """An object with fields but no name. The house rules name every one (a
    $ref, hence a Model), so only the diff meets it, in the vendor's
    documents; it compares fields, not names, and shows it as `object`."""

    def annotation(self) -> str:
        return "object"


_MAPS = ("Dict", "Mapping")
# Containers of arguments that the runtime defines (not typing).
_ORIGINS = {"SequenceNotStr": RUNTIME_TYPES}


@dataclass(frozen=True)
class Generic(PyType):
    """List[item] or Dict[str, item]; for arguments also Sequence[item] or
    Mapping[str, item]: `origin` is one of those four names."""

    origin: str
    item: PyType

    def _args(self, inner: str) -> str:
        return f"{self.origin}[{'str, ' if self.origin in _MAPS else ''}{inner}]"

    def annotation(self) -> str:
        return self._args(self.item.annotation())

    def runtime(self) -> str:
        key = "str, " if self.origin in _MAPS else ""
        return f"generic({self.origin}, {key}{self.item.runtime()})"

    def imports(self) -> frozenset[tuple[str, str]]:
        return self.item.imports() | {(_ORIGINS.get(self.origin, TYPING), self.origin)}

    def runtime_imports(self) -> frozenset[tuple[str, str]]:
        origin = (_ORIGINS.get(self.origin, TYPING), self.origin)
        return self.item.runtime_imports() | {origin, GENERIC}

    def models(self) -> frozenset[str]:
        return self.item.models()

    def model(self) -> tuple[str, str] | None:
        inner = self.item.model()
        if inner is None:
            return None
        return inner[0], ("m" if self.origin in _MAPS else "l") + inner[1]


@dataclass(frozen=True)
class LiteralOf(PyType):
    values: tuple[Any, ...]

    def annotation(self) -> str:
        # As black writes it: strings in double quotes.
        return (
            "Literal["
            + ", ".join(json.dumps(v) if isinstance(v, str) else repr(v) for v in self.values)
            + "]"
        )

    def runtime(self) -> str:
        return "generic(Literal, " + self.annotation()[len("Literal[") : -1] + ")"

    def imports(self) -> frozenset[tuple[str, str]]:
        return frozenset({(TYPING, "Literal")})

    def runtime_imports(self) -> frozenset[tuple[str, str]]:
        return self.imports() | {GENERIC}


@dataclass(frozen=True)
class Union(PyType):
    parts: tuple[PyType, ...]

    def annotation(self) -> str:
        return " | ".join(p.annotation() for p in self.parts)

    def runtime(self) -> str:
        return " | ".join(p.runtime() for p in self.parts)

    def imports(self) -> frozenset[tuple[str, str]]:
        return frozenset().union(*(p.imports() for p in self.parts))

    def runtime_imports(self) -> frozenset[tuple[str, str]]:
        return frozenset().union(*(p.runtime_imports() for p in self.parts))

    def models(self) -> frozenset[str]:
        return frozenset().union(*(p.models() for p in self.parts))

    def model(self) -> tuple[str, str] | None:
        # Only a request argument's `Model | Dict[str, Any]` carries a model.
        if len(self.parts) == 2 and self.parts[1] in (ANY_MAP, ARG_MAP):
            return self.parts[0].model() if isinstance(self.parts[0], Model) else None
        return None

    @property
    def nullable(self) -> bool:
        return any(p.nullable for p in self.parts)


def union(*parts: PyType) -> PyType:
    """The union of `parts`, flattened, duplicates dropped; one part is itself."""
    flat: list[PyType] = []
    for part in parts:
        for p in part.parts if isinstance(part, Union) else (part,):
            if p not in flat:
                flat.append(p)
    return flat[0] if len(flat) == 1 else Union(tuple(flat))


def optional(t: PyType) -> PyType:
    """`t | None`, unless it already admits None or is Any."""
    return t if t.nullable or t == ANY else union(t, NONE)


ANY = Imported("Any", TYPING)
NONE = Builtin("None")
BYTES = Builtin("bytes")
FILE = Imported("FileInput", RUNTIME_TYPES)
DATETIME = Imported("datetime", "datetime")
ENUM_VALUE = Imported("EnumValue", RUNTIME_TYPES)  # an enum value read from an answer
ANY_MAP = Generic("Dict", ANY)
ARG_MAP = Generic("Mapping", ANY)  # a model's fields, passed as a mapping
SCALARS = {
    "string": Builtin("str"),
    "integer": Builtin("int"),
    "number": Builtin("float"),
    "boolean": Builtin("bool"),
    "null": NONE,
}
