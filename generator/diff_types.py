"""The types the diff compares: the reader's (generator/reader.py), the ones
the SDK's signatures and models carry, seen as a change matters to code
calling the SDK. No rule of typing lives here: a change of how the generator
types a schema shows in the diff as it shows in the SDK.

Three things are left out of the comparison, each reported by a rule of its
own or by none:

- null (`X | None`): the SDK reads a null as the zero value, and a field
  that may now be null is `response-field-became-nullable`;
- the names of models: the vendor's documents and ours name the same shapes
  differently, so a model is `object` and its fields are compared one by one;
- the values of an enum (`Literal["a", "b"]` is compared as a Literal of
  strings): a value added or removed is an `*-enum-value-*` change.
"""

from __future__ import annotations

from .pytypes import (
    ANY,
    ANY_MAP,
    ARG_MAP,
    ENUM_VALUE,
    NONE,
    Builtin,
    Generic,
    LiteralOf,
    Model,
    PyType,
    Union,
    Unnamed,
    union,
)

MODEL = Unnamed()  # any model, as compared
_LISTS = ("List", "SequenceNotStr")
_MAPS = ("Dict", "Mapping")
_SHOWN_VALUES = 3  # a long enum is shown by its first values (its values are compared apart)


def seen(t: PyType) -> PyType:
    """`t` without None anywhere in it: what the SDK hands over for a null."""
    if isinstance(t, Union):
        parts = [seen(p) for p in t.parts if p != NONE]
        return union(*parts) if parts else NONE
    if isinstance(t, Generic):
        return Generic(t.origin, seen(t.item))
    if isinstance(t, LiteralOf):
        values = tuple(v for v in t.values if v is not None)
        return LiteralOf(values) if values else NONE
    return t


def shape(t: PyType) -> PyType:
    """What two types are compared by: `seen(t)`, every model `object`, every
    enum the types of its values, the members of a union in one order."""
    t = seen(t)
    if isinstance(t, Union):
        parts: list[PyType] = []
        for part in map(shape, t.parts):
            if part not in parts:
                parts.append(part)
        return union(*sorted(parts, key=lambda p: p.annotation()))
    if isinstance(t, (Model, Unnamed)):
        return MODEL
    if isinstance(t, LiteralOf):
        return LiteralOf(tuple(sorted({type(v).__name__ for v in t.values})))
    if isinstance(t, Generic):
        return Generic(t.origin, shape(t.item))
    return t


def shown(t: PyType) -> str:
    """A type as the report shows it: as the SDK writes it, null left out,
    a long enum cut short."""
    t = seen(t)
    if isinstance(t, Union):
        return " | ".join(shown(p) for p in t.parts)
    if isinstance(t, Generic):
        return f"{t.origin}[{'str, ' if t.origin in _MAPS else ''}{shown(t.item)}]"
    if isinstance(t, LiteralOf) and len(t.values) > _SHOWN_VALUES:
        return LiteralOf(t.values[:_SHOWN_VALUES]).annotation()[:-1] + ", ...]"
    return t.annotation()


def model_name(t: PyType) -> str | None:
    """The model a type is (an argument's `Pet | Mapping[str, Any]` too)."""
    found = seen(t).model()
    return found[0] if found is not None and found[1] == "" else None


def holds(t: PyType) -> str | None:
    """What inside a compared type is compared next: "fields" of a model,
    "items" of a list, "values" of a map of something more than Any."""
    if t == MODEL or (isinstance(t, Union) and set(t.parts) == {MODEL, ARG_MAP}):
        return "fields"
    if isinstance(t, Generic) and t.origin in _LISTS:
        return "items"
    if isinstance(t, Generic) and t.origin in _MAPS and t.item != ANY:
        return "values"
    return None


def _plain(t: PyType) -> PyType:
    """A compared type with containers by kind: a model taken as the map of
    its fields (the SDK takes a model or a dict wherever it takes a model)."""
    if t in (MODEL, ARG_MAP):
        return ANY_MAP
    if isinstance(t, Generic):
        return Generic("List" if t.origin in _LISTS else "Dict", _plain(t.item))
    return t


def accepts(new: PyType, old: PyType) -> bool:
    """Whether an argument typed `new` takes every value one typed `old`
    took (both as `shape` gives them): Any takes anything, a union what one
    of its members takes, `str` an enum of strings, a float an int, a list
    or map what its items take."""
    if isinstance(old, Union):
        return all(accepts(new, member) for member in old.parts)
    if isinstance(new, Union):
        return any(accepts(member, old) for member in new.parts)
    new, old = _plain(new), _plain(old)
    if new in (ANY, old):
        return True
    if isinstance(new, Generic) and isinstance(old, Generic) and new.origin == old.origin:
        return accepts(new.item, old.item)
    if isinstance(new, Builtin) and isinstance(old, LiteralOf):
        return all(kind == new.name for kind in old.values)
    return (new, old) in ((Builtin("str"), ENUM_VALUE), (Builtin("float"), Builtin("int")))
