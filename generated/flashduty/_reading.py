"""Reading what the server really sends, where it differs from the spec.

The server is written in Go: it leaves out fields whose value is zero, sends
empty lists and maps as `null`, and a newer server may send a field with
another JSON type than this package knows. The models give every field its
zero value as default, so a left-out field costs nothing, and a list or map
field reads `null` as empty inside that parse (NULL_AS_EMPTY, _models.py).
This module handles the rest, and only runs when the one fast parse of an
answer failed:

- `null` where a string, number, bool, list or map belongs reads as its zero
  value (`""`, `0`, `0.0`, `False`, `[]`, `{}`), as the official Go SDK reads it;
- a value of another type is kept on the model as it was sent, and the
  `flashduty` logger warns once per operation and field path.

Under strict validation (`Flashduty(strict_response_validation=True)`) every
such difference raises instead, as does a field the spec requires that is
missing; only `null` for a list, a map or an object is still taken (the
published spec allows it: the server sends it for every empty collection).
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from types import UnionType
from typing import (
    Annotated,
    Any,
    Callable,
    Iterator,
    Literal,
    Tuple,
    TypeVar,
    Union,
    get_args,
    get_origin,
)

from pydantic import BaseModel, RootModel, TypeAdapter, ValidationError

from ._sanitize import shown

log = logging.getLogger("flashduty")

Path = Tuple[Union[str, int], ...]

# Error types of pydantic-core -> the zero value a null stands for there.
_ZEROS: dict[str, Any] = {
    "string_type": "",
    "int_type": 0,
    "int_parsing": 0,
    "float_type": 0.0,
    "float_parsing": 0.0,
    "bool_type": False,
    "bool_parsing": False,
    "list_type": [],
    "dict_type": {},
    "literal_error": "",
}
# Where strict validation still takes a null: a list, a map or an object. The
# server sends one for every empty collection, and the published spec says so.
_NULLABLE = frozenset({"list_type", "dict_type", "model_type", "model_attributes_type"})
_MAX_ROUNDS = 8  # each round mends the innermost places the last one reported

_warned: set[tuple[str, str]] = set()
_MAX_WARNED = 4096
_warned_lock = threading.Lock()


def _new_lock() -> None:
    global _warned_lock
    _warned_lock = threading.Lock()  # a forked child: the parent's may be held for ever


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock)


class Mismatch(ValueError):
    """Strict validation found the answer differs from the spec; `where` is the field path."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{shown(where, 300)}: {problem}")  # a path may name a map's key
        self.where = where
        self.problem = problem


def show(path: Path) -> str:
    """A field path as users write it: `data.items[3].title`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(root)"


def read_leniently(
    model: type[BaseModel], data: Any, label: str, strict: bool, where: Path = ()
) -> Any:
    """`model` validated from `data` (decoded JSON, changed in place), under
    the reading rule above. Raises `Mismatch` under strict validation, or when
    no reading is possible (the body is not an object at all). `where` is the
    path of `data` in the answer, for messages."""
    rounds: list[list[tuple[Path, Any]]] = []
    for _ in range(_MAX_ROUNDS):
        try:
            result = model.model_validate(data)
        except ValidationError as exc:
            # Without input: pydantic would copy every offending value into the error.
            errors = exc.errors(include_url=False, include_context=False, include_input=False)
            del exc
        else:
            # Each round's paths count list items as that round saw them: put
            # the values back last round first.
            for kept in reversed(rounds):
                _restore(result, kept)
            if strict and not where:
                missing = next(missing_required(result, ()), None)
                if missing is not None:
                    raise Mismatch(show(missing), "a required field is missing")
            return result
        rounds.append(_repair(model, data, errors, label, strict, where))
    raise Mismatch(show(where), "the answer cannot be read as the operation's type")


def _repair(
    model: type[BaseModel], data: Any, errors: list[Any], label: str, strict: bool, where: Path
) -> list[tuple[Path, Any]]:
    """Change `data` so that it validates: nulls become zero values, other
    mismatched values are taken out (returned, to be put back after). A list
    of objects is mended item by item: lists of objects stop at their first
    bad item (NULL_AS_EMPTY makes them fail fast, so that a page of bad items
    costs one error, not one per item)."""
    places: dict[Path, tuple[Any, Union[str, int], list[Any]]] = {}
    lists: set[Path] = set()
    boxes: set[Path] = set()
    for error in errors:
        if error["type"] == "none_required":
            continue  # NULL_AS_EMPTY's other branch: the list's own error says what is wrong
        found = _locate(data, error["loc"])
        if found is None:
            raise Mismatch(show(where + tuple(error["loc"])), str(error["msg"]))
        path, parent, key = found
        outer = _list_of_models(model, data, path)
        box = _box(model, path) if outer is None else None
        if box == path and not isinstance(parent[key], (list, dict)):
            box = None  # not a list or map at all: mended as any other value
        if outer is not None:
            lists.add(outer)
        elif box is not None:
            boxes.add(box)
        else:
            places.setdefault(path, (parent, key, []))[2].append(error)
    kept: list[tuple[Path, Any]] = []
    for items in lists:
        if not _under(items, lists, strictly=True):
            kept += _mend_items(model, data, items, label, strict, where)
    for path in boxes:
        kept += _mend_box(model, data, path, label, strict, where)
    inner = {path[:i] for path in places for i in range(len(path))}
    removed_items: list[tuple[list[Any], int]] = []
    for path, (parent, key, errs) in places.items():
        if path in inner or _under(path, lists):
            # Mended inside first (a union member may fit once its own fields
            # are read), or part of a list of objects mended item by item.
            continue
        value = parent[key]
        types = [str(e["type"]) for e in errs]
        if value is None:
            zero = next((_ZEROS[t] for t in types if t in _ZEROS), None)
            if strict and not _NULLABLE.intersection(types):
                raise Mismatch(show(where + path), "null where the spec has no null")
            if zero is not None:
                parent[key] = type(zero)()  # a fresh [] / {} each time
                continue
        elif strict:
            raise Mismatch(show(where + path), str(errs[0]["msg"]))
        else:
            _warn_once(label, where + _pattern(model, path), str(errs[0]["msg"]), value)
        kept.append((path, value))
        in_map = isinstance(parent, dict) and _is_map(_type_at(model, path[:-1]))
        stand_in = _stand_in(types) if in_map else None  # a model's field takes its default
        if stand_in is not None and type(value) is type(stand_in) and value == stand_in:
            stand_in = None  # a stand-in that did not validate either: take the key out
        if isinstance(parent, list):
            removed_items.append((parent, int(key)))
        elif stand_in is None:
            del parent[key]
        else:  # holds the key's place (a map keeps its order) until the value goes back
            parent[key] = stand_in
    for items_list, index in sorted(removed_items, key=lambda p: -p[1]):
        del items_list[index]
    return kept


R = TypeVar("R")


def _memo(fn: Callable[..., R]) -> Callable[..., R]:
    """`fn` of a place (a model and a path, a type and a key) remembered for
    its last few thousand arguments: a page of 3,200 items that each differ
    asks the same questions 3,200 times. A path names the keys of maps, which
    the server chose: only short ones are remembered, so that the cache never
    holds more than a few MB. (Questions of a type alone: `lru_cache`.)"""
    cached = functools.lru_cache(maxsize=4096)(fn)

    @functools.wraps(fn)
    def call(*args: Any) -> R:
        if _text_in(args) > _MEMO_TEXT:
            return fn(*args)
        try:
            return cached(*args)
        except TypeError:  # an argument that cannot be hashed: worked out each time
            return fn(*args)

    return call


_MEMO_TEXT = 256  # characters of keys (and parts) in the arguments of a remembered call


def _text_in(args: tuple[Any, ...]) -> int:
    size = 0
    for arg in args:
        if isinstance(arg, str):
            size += len(arg)
        elif isinstance(arg, tuple):
            size += len(arg) + sum(len(p) for p in arg if isinstance(p, str))
    return size


@_memo
def _box(model: type[BaseModel], path: Path) -> Path | None:
    """The outermost list or map on `path` that holds no objects at any
    depth (`dict[str, str]`, `list[int]`, `dict[str, list[str]]`), if its
    parent is an object: such a box is mended in one pass (_mend_box)."""
    tp: Any = model
    for i, part in enumerate(path):
        parent = tp
        tp = _list_item(tp) if isinstance(part, int) else _field_type(tp, part)
        if tp is None:
            return None
        if (
            any(get_origin(m) in (list, dict) for m in _members(tp))
            and not _holds_model(tp)
            and _has_any_model(parent)
        ):
            return path[: i + 1]
    return None


@functools.lru_cache(maxsize=512)
def _holds_model(tp: Any, depth: int = 0) -> bool:
    """Whether `tp` is, or holds in its lists and maps, an object (a model,
    or a type this module cannot see through)."""
    for member in _members(tp):
        if _is_model(member) or depth > 8:
            return True
        if get_origin(member) in (list, dict):
            if _holds_model(get_args(member)[-1], depth + 1):
                return True
    return False


# The JSON values a scalar type takes as they are: checked by type alone,
# without a validator call (pydantic's lax mode takes each of them unchanged).
_AS_IS: dict[Any, frozenset[type]] = {
    str: frozenset({str}),
    int: frozenset({int}),
    float: frozenset({float, int}),
    bool: frozenset({bool}),
    Any: frozenset({str, int, float, bool, dict, list}),
}


@functools.lru_cache(maxsize=512)
def _as_is(tp: Any) -> frozenset[type]:
    found: set[type] = set()
    for member in _members(tp):
        if get_origin(member) is Literal:
            continue  # a closed enum: its values are checked one by one
        found |= _AS_IS.get(member, frozenset())
    return frozenset(found)


# The JSON types pydantic's lax mode may convert into each scalar type (a
# string "12" into 12, 1.0 into 1, 1 into True): any other fails for certain.
_CONVERTS: dict[Any, frozenset[type]] = {
    str: frozenset(),
    int: frozenset({str, float, bool}),
    float: frozenset({str, bool}),
    bool: frozenset({str, int, float}),
}
_JSON_TYPES = frozenset({str, int, float, bool, dict, list})


@functools.lru_cache(maxsize=512)
def _hopeless(tp: Any) -> frozenset[type]:
    """The JSON types (null aside) that no value of which can be read as
    `tp`, a scalar type, a closed enum, or a union of them with lists and
    maps: such a value is kept as sent without trying (a map of 100,000
    numbers where strings belong would cost 100,000 validation errors).
    Empty where `tp` holds anything else (a model, a type of its own)."""
    possible: set[type] = set()
    for member in _members(tp):
        if get_origin(member) is Literal:
            possible |= {str, int, float, bool}  # its values are checked one by one
        elif get_origin(member) in (list, dict):
            possible.add(get_origin(member))  # mended inside (_mend_values)
        elif member in _CONVERTS:
            possible |= _CONVERTS[member] | _AS_IS[member]
        else:
            return frozenset()
    return _JSON_TYPES - possible


@functools.lru_cache(maxsize=512)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def _mend_box(
    model: type[BaseModel], data: Any, path: Path, label: str, strict: bool, where: Path
) -> list[tuple[Path, Any]]:
    """Mend the list or map of plain values at `path` in place, in one pass,
    and take it out of `data` whole (returned, to be put back after). A value
    of a type the spec allows is taken as it is (or as pydantic converts it);
    `null` reads as the zero value; any other is kept as sent, with one
    warning for the box. One kept entry and no validation error per value:
    a map of 100,000 wrong-typed values costs what reading it costs."""
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    box = parent[path[-1]]
    item_type = _list_item(_type_at(model, path)) if isinstance(box, list) else None
    if item_type is None:
        item_type = next(
            (get_args(m)[1] for m in _members(_type_at(model, path)) if get_origin(m) is dict),
            Any,
        )
    bad = _mend_values(box, item_type, path, strict, where)
    if bad is not None:
        inner, value = bad
        _warn_once(label, where + _pattern(model, path) + inner, "a value of another type", value)
    if isinstance(parent, dict):
        del parent[path[-1]]  # the field takes its default until the box goes back
    else:
        parent[path[-1]] = type(box)()
    return [(path, box)]


def _mend_values(
    box: Any, item_type: Any, path: Path, strict: bool, where: Path
) -> tuple[Path, Any] | None:
    """The values of the list or map `box` (at `path`) mended in place, and
    those of the lists and maps it holds (`list[dict[str, str]]`), by the
    rule of _mend_box. Returns the first value of another type, with its
    place as a warning names it (`[]`, `{}`), or None."""
    as_is, zero, boxes = _plan(item_type)
    first_bad: tuple[Path, Any] | None = None
    mark: Path = (0,) if isinstance(box, list) else ("{}",)
    values = box.values() if isinstance(box, dict) else box
    odd = set(map(type, values)) - as_is  # in C: a Python test per value costs more
    if not odd:
        return None
    if not strict and odd <= _hopeless(item_type):
        # Every value to mend is of a type that cannot be read as the spec's
        # (an object or a number where strings belong): each is kept as sent,
        # nothing changes. Only the first is named.
        return mark, next(v for v in values if type(v) in odd)
    # (Values are replaced in place while iterating: the size never changes.)
    for key, value in box.items() if isinstance(box, dict) else enumerate(box):
        if type(value) in as_is:
            continue
        if value is None and zero is not None:
            if strict:
                raise Mismatch(show(where + path + (key,)), "null where the spec has no null")
            box[key] = type(zero)()
            continue
        if value is None and boxes:  # null for a list or a map: taken, even when strict
            box[key] = next(iter(boxes))()
            continue
        inner = boxes.get(type(value))
        if inner is not None:
            item = get_args(inner)[-1] if get_args(inner) else Any
            bad = _mend_values(value, item, path + (key,), strict, where)
            if bad is not None and first_bad is None:
                first_bad = (mark + bad[0], bad[1])
            continue
        if type(value) not in (dict, list) or not as_is:
            try:
                box[key] = _adapter(item_type).validate_python(value)
                continue
            except ValidationError:
                pass
        if strict:
            got = type(value).__name__
            raise Mismatch(show(where + path + (key,)), f"a value of another type ({got})")
        if first_bad is None:
            first_bad = (mark, value)
    return first_bad


_ZERO_OF: dict[Any, Any] = {str: "", int: 0, float: 0.0, bool: False}


@functools.lru_cache(maxsize=512)
def _plan(item_type: Any) -> tuple[frozenset[type], Any, dict[Any, Any]]:
    """What _mend_values needs of a box's item type: the JSON types taken as
    they are, the zero value a null reads as (or None), and the list and map
    types among its members, by origin."""
    zero = next((z for t, z in _ZERO_OF.items() if t in _members(item_type)), None)
    boxes = {get_origin(m): m for m in _members(item_type) if get_origin(m) in (list, dict)}
    return _as_is(item_type), zero, boxes


def _is_map(tp: Any) -> bool:
    return any(get_origin(m) is dict for m in _members(tp)) and not _has_any_model(tp)


def _has_any_model(tp: Any) -> bool:
    return any(_is_model(m) for m in _members(tp))


def _stand_in(types: list[str]) -> Any:
    """A value that validates where one of another type was sent, or None."""
    zero = next((_ZEROS[t] for t in types if t in _ZEROS), None)
    if zero is not None:
        return type(zero)()
    if {"model_type", "model_attributes_type"} & set(types):
        return {}  # every field has a default
    return None


def _mend_items(
    model: type[BaseModel], data: Any, path: Path, label: str, strict: bool, where: Path
) -> list[tuple[Path, Any]]:
    """Read every item of the list of objects at `path` on its own, putting
    the models in its place: the list then validates as it is. An item that
    is not an object at all is taken out (returned, to be put back after)."""
    items: Any = data
    for part in path:
        items = items[part]
    item_model = _item_model(_type_at(model, path))
    assert item_model is not None
    kept: list[tuple[Path, Any]] = []
    for index, item in enumerate(items):  # in order: strict names the first bad item
        at = path + (index,)
        if isinstance(item, item_model):
            continue
        if isinstance(item, dict):
            items[index] = read_leniently(item_model, item, label, strict, where + at)
            continue
        if item is not None:  # a null object in a list is kept as sent, like elsewhere
            if strict:
                raise Mismatch(show(where + at), f"expected an object, got {type(item).__name__}")
            _warn_once(label, where + _pattern(model, at), "expected an object", item)
        kept.append((at, item))
    for at, _ in reversed(kept):
        del items[at[-1]]
    return kept


def _under(path: Path, paths: set[Path], strictly: bool = False) -> bool:
    """Whether `path` is one of `paths` or inside one (strictly: inside only)."""
    return any(path[:i] in paths for i in range(len(path) + (0 if strictly else 1)))


def _pattern(model: type[BaseModel], path: Path) -> Path:
    """A path as a warning names it: list indexes as `[]` and map keys as
    `{}`, so that one kind of problem warns once, whatever the key (and no
    key the server chose reaches a log line)."""
    tp: Any = model
    out: list[Union[str, int]] = []
    for part in path:
        if isinstance(part, int):
            out.append("[]")
            tp = _list_item(tp)
            continue
        field = _field_type(tp, part) if _has_field(tp, part) else None
        if field is None and any(get_origin(m) is dict for m in _members(tp)):
            out.append("{}")
            tp = next(get_args(m)[1] for m in _members(tp) if get_origin(m) is dict)
        else:
            out.append(part)
            tp = field
    return tuple(out)


def _has_field(tp: Any, wire: Union[str, int]) -> bool:
    return any(_is_model(m) and wire in _wire_fields(m) for m in _members(tp))


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


@functools.lru_cache(maxsize=None)
def _wire_fields(model: type[BaseModel]) -> dict[Union[str, int], tuple[str, Any]]:
    """A model's fields by wire name: (attribute, type). Built once per model:
    the slow reading looks fields up for every value it mends."""
    return {(f.alias or n): (n, f.annotation) for n, f in model.model_fields.items()}


def _list_of_models(model: type[BaseModel], data: Any, path: Path) -> Path | None:
    """The outermost list of objects `path` goes through, if any."""
    tp: Any = model
    for i, part in enumerate(path):
        if isinstance(part, int):
            if _item_model(tp) is not None:
                return path[:i]
            tp = _list_item(tp)
        else:
            tp = _field_type(tp, part)
        if tp is None:
            return None
    return None


def _type_at(model: type[BaseModel], path: Path) -> Any:
    tp: Any = model
    for part in path:
        tp = _list_item(tp) if isinstance(part, int) else _field_type(tp, part)
    return tp


def _members(tp: Any) -> tuple[Any, ...]:
    """A type's alternatives, through Annotated, RootModel and unions."""
    try:
        return _cached_members(tp)
    except TypeError:  # a type that cannot be hashed: worked out each time
        return _find_members(tp)


@functools.lru_cache(maxsize=4096)
def _cached_members(tp: Any) -> tuple[Any, ...]:
    return _find_members(tp)


def _find_members(tp: Any) -> tuple[Any, ...]:
    while True:
        if get_origin(tp) is Annotated:
            tp = get_args(tp)[0]
        elif isinstance(tp, type) and issubclass(tp, RootModel):
            tp = tp.model_fields["root"].annotation
        else:
            break
    if get_origin(tp) in (Union, UnionType):
        return tuple(m for arg in get_args(tp) for m in _members(arg))
    return (tp,)


def _list_item(tp: Any) -> Any:
    return next((get_args(m)[0] for m in _members(tp) if get_origin(m) is list), None)


def _item_model(tp: Any) -> type[BaseModel] | None:
    """The model a list holds, when it holds exactly one kind of object."""
    item = _list_item(tp)
    items = _members(item) if item is not None else ()
    model: type[BaseModel] | None = items[0] if len(items) == 1 and _is_model(items[0]) else None
    return model


@_memo
def _field_type(tp: Any, wire: Union[str, int]) -> Any:
    for member in _members(tp):
        if _is_model(member):
            if wire in _wire_fields(member):
                return _wire_fields(member)[wire][1]
        elif get_origin(member) is dict:
            return get_args(member)[1]
    return None


def _locate(data: Any, loc: Any) -> tuple[Path, Any, Union[str, int]] | None:
    """(path, container, key) of the value an error is about. A location
    also names the members of unions it went through (`str`, `literal[...]`):
    those are not keys of the data and are skipped."""
    node: Any = data
    parent: Any = None
    key: Union[str, int, None] = None
    path: list[Union[str, int]] = []
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            parent, key, node = node, part, node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            parent, key, node = node, part, node[part]
        else:
            continue
        path.append(part)
    if parent is None or key is None:
        return None
    return tuple(path), parent, key


def _restore(result: Any, kept: list[tuple[Path, Any]]) -> None:
    """Put the values taken out back on the validated result, as sent: list
    items in ascending order so that each goes back to its own index."""
    for path, value in sorted(kept, key=_restore_order):
        node = result
        for part in path[:-1]:
            node = _child(node, part)
        last = path[-1]
        if isinstance(node, RootModel):
            node = node.root
        if isinstance(node, BaseModel):
            attribute = _attribute(node, last)
            node.__dict__[attribute] = value
            node.__pydantic_fields_set__.add(attribute)
        elif isinstance(node, list):
            node.insert(int(last), value)
        elif isinstance(node, dict):
            node[last] = value


def _restore_order(item: tuple[Path, Any]) -> tuple[int, int]:
    path = item[0]
    return len(path), path[-1] if isinstance(path[-1], int) else 0


def _child(node: Any, part: Union[str, int]) -> Any:
    if isinstance(node, RootModel):
        node = node.root
    if isinstance(node, BaseModel):
        attribute = _attribute(node, part)
        if attribute in node.__dict__:
            return node.__dict__[attribute]
        return (node.model_extra or {}).get(str(part))
    return node[part]


def _attribute(model: BaseModel, wire: Union[str, int]) -> str:
    found = _wire_fields(type(model)).get(wire)
    return found[0] if found else str(wire)


def _warn_once(label: str, path: Path, problem: str, value: Any) -> None:
    where = show(tuple("[]" if isinstance(p, int) else p for p in path))
    where = shown(where.replace(".[]", "[]").replace(".{}", "{}"), 300)  # may name extras' keys
    with _warned_lock:
        if (label, where) in _warned:
            return
        if len(_warned) >= _MAX_WARNED:  # paths through maps name their keys: keep it bounded
            _warned.clear()
        _warned.add((label, where))
    log.warning(
        "%s: %s: %s (got %s); the value is kept as sent",
        label,
        where,
        problem,
        type(value).__name__,
    )


def missing_required(value: Any, path: Path, alternatives: tuple[type, ...] = ()) -> Iterator[Path]:
    """Paths of the fields the spec requires that `value` (a model, or lists
    and maps of them) does not carry. A model read from a union of models
    (`alternatives`) needs only the required fields of one of them: with every
    field defaulted, the member picked may not be the one that fits."""
    if isinstance(value, RootModel):
        yield from missing_required(value.root, path, alternatives)
    elif isinstance(value, BaseModel):
        fields = type(value).model_fields
        present = {fields[n].alias or n if n in fields else n for n in value.model_fields_set}
        table = _required()
        if not any(_fits(m, value, present) for m in alternatives):
            for name in table.get(type(value).__name__, ()):
                if name not in present:
                    yield path + (name,)
        for name, field in fields.items():  # not into extras: no schema requires anything there
            members = _models_in(field.annotation)
            yield from missing_required(
                value.__dict__.get(name),
                path + (field.alias or name,),
                members if len(members) > 1 else (),
            )
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from missing_required(item, path + (index,), alternatives)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from missing_required(item, path + (key,), alternatives)


def _fits(member: type, value: BaseModel, present: set[str]) -> bool:
    """Whether what was sent for `value` is a valid `member` of its union."""
    if not set(_required().get(member.__name__, ())) <= present:
        return False
    fields = type(value).model_fields
    sent = {
        (fields[n].alias or n): value.__dict__[n] for n in value.model_fields_set if n in fields
    }
    sent.update(value.model_extra or {})
    try:
        member.model_validate(sent)  # type: ignore[attr-defined]
    except ValidationError:
        return False
    return True


def _models_in(annotation: Any) -> tuple[type, ...]:
    """The model classes a field's type is a union of (through lists and maps)."""
    if isinstance(annotation, type):
        return (annotation,) if issubclass(annotation, BaseModel) else ()
    return tuple(m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg))


def _required() -> dict[str, tuple[str, ...]]:
    from .types.defs._required import REQUIRED

    return REQUIRED
