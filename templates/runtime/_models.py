"""The base of every generated model, and how request arguments become JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast, get_origin

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, ValidationError
from pydantic_core import CoreSchema, core_schema

from ._types import EnumValue as EnumValue  # named by the models' enum fields


class NullList(list):  # type: ignore[type-arg]
    """An empty list that was `null`: what the server sent for an empty list,
    or what a caller gave. It reads as `[]`, and goes back on the wire as
    `null`, as it came (once filled, it is sent as the list it is)."""

    __slots__ = ()


class NullDict(dict):  # type: ignore[type-arg]
    """`NullList` for maps: reads as `{}`, sent back as `null` while empty."""

    __slots__ = ()


def _as_sent(value: Any, handler: Any) -> Any:
    return None if not value and type(value) in (NullList, NullDict) else handler(value)


class _NullAsEmpty:
    """Marks a list or map field: the server sends an empty one as `null`
    (Go's nil slice or map), read as an empty `NullList` / `NullDict` inside
    pydantic-core's one pass over the answer. Python runs only for a null,
    never for a list. In a request, a `None` the caller gives is sent as
    `null`, not as `[]`: what the caller passes is what goes on the wire."""

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        schema = handler(source)
        empty = NullDict if get_origin(source) is dict else NullList
        if schema["type"] in ("list", "dict"):
            # Stop at the first bad item: a page of bad objects, or a map of
            # 100,000 wrong-typed values, would otherwise cost an error each,
            # with a copy of the input, before the fallback reading (which
            # mends such a list or map in one pass) even starts.
            schema = cast(CoreSchema, {**schema, "fail_fast": True})
        # The null branch fails for any other value, and a failing branch's
        # error holds a copy of its input (pydantic-core makes one, even of a
        # list of 100,000 items, and a Python one when the whole read fails).
        # A default on error first stands `False` in for any value not null:
        # the error that follows holds that instead.
        on_null = core_schema.chain_schema(
            [
                core_schema.with_default_schema(
                    core_schema.none_schema(), default=False, on_error="default"
                ),
                core_schema.no_info_after_validator_function(
                    lambda _: empty(), core_schema.none_schema()
                ),
            ]
        )
        inner = {k: v for k, v in schema.items() if k != "serialization"}
        return core_schema.union_schema(
            [schema, on_null],
            mode="left_to_right",
            serialization=core_schema.wrap_serializer_function_ser_schema(
                _as_sent, schema=cast(CoreSchema, inner)
            ),
        )

    def __repr__(self) -> str:
        return "NULL_AS_EMPTY"


NULL_AS_EMPTY = _NullAsEmpty()


class _OpenEnum:
    """Marks an enum field, `Literal[...] | EnumValue`: its type names the
    values this package knows, and any string passes (a newer server adds values).
    Validated as the string it is: the same values, without a union."""

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.str_schema()

    def __repr__(self) -> str:
        return "OPEN_ENUM"


OPEN_ENUM = _OpenEnum()


# The default factories of list and map fields. Python functions, not `list`
# and `dict`: pydantic reads a factory's signature when it builds a model, and
# for a builtin that means loading `tokenize` to parse its text signature
# (about 1.5 ms of a process's first call).
def new_list() -> list[Any]:
    return []


def new_dict() -> dict[str, Any]:
    return {}


class FlashdutyModel(BaseModel):
    """A Flashduty object. Every field has a default, its zero value (`""`,
    `0`, `False`, `[]`, `{}`; `None` for a nested object): the server leaves
    zero values out. Fields the server adds after this package was generated
    are kept (see `model_extra`) instead of failing the call. Python keywords
    among field names get a trailing underscore (`as_`); the wire name is kept
    as the alias. A model sent in a request carries only the fields set on
    it, and must have every field the spec requires."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
        # JSON has no NaN: a request refuses one (naming the field) rather
        # than sending it as null.
        allow_inf_nan=False,
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict the API would send for this object."""
        return _wire(self)


def _wire(model: BaseModel) -> dict[str, Any]:
    """What the API is sent for a model: wire names, only the fields set
    (a default list or map filled in place counts as set)."""
    _mark_filled(model)
    return _dump(model)


def _dump(model: BaseModel) -> dict[str, Any]:
    # warnings=False: a value kept as sent (of another type than the field's)
    # is sent back as it came, without pydantic writing it to stderr.
    result: dict[str, Any] = model.model_dump(
        mode="json", by_alias=True, exclude_unset=True, warnings=False
    )
    return result


def _mark_filled(value: Any) -> None:
    """Mark as set the list and map fields changed in place from their empty
    default (`m.ids.append(1)`), in `value` and the models it holds."""
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        for name, item in value.__dict__.items():
            field = fields.get(name)
            if field is not None and field.default_factory is not None and item:
                value.__pydantic_fields_set__.add(name)
            _mark_filled(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _mark_filled(item)
    elif isinstance(value, dict):
        for item in value.values():
            _mark_filled(item)


def _unknown_fields(value: Any, path: str) -> list[str]:
    """Fields of `value` (a model, or lists and maps of them) no schema defines."""
    if isinstance(value, BaseModel):
        found = [f"{path}.{name}" for name in (value.model_extra or {})]
        for name, field in value:
            found += _unknown_fields(field, f"{path}.{name}")
        return found
    if isinstance(value, list):
        return [u for i, item in enumerate(value) for u in _unknown_fields(item, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [u for k, item in value.items() for u in _unknown_fields(item, f"{path}[{k!r}]")]
    return []


def request_model(name: str, value: Any, model: type[FlashdutyModel]) -> dict[str, Any]:
    """Turn a request argument that should be `model` (the model itself or a
    dict) into JSON, refusing fields the API does not define: a typo in a
    request must fail here, not be silently ignored by the server."""
    if not isinstance(value, model):
        if not isinstance(value, Mapping):
            raise TypeError(
                f"{name}: expected {model.__name__} or dict, got {type(value).__name__}"
            )
        try:
            # Strict: a value of another type is refused (naming the field),
            # never converted ("3" is not sent as 3): what the caller passes
            # is what goes on the wire, as with top-level arguments.
            value = model.model_validate(dict(value), strict=True)
        except ValidationError as exc:
            problems = [
                f"{name}{_wire_loc(err['loc'])}: {err['msg'].lower()}"
                for err in exc.errors()
                if err["type"] != "none_required"  # NULL_AS_EMPTY's other branch
            ]
            known = {f.alias or n for n, f in model.model_fields.items()} | set(model.model_fields)
            problems += [f"{name}.{key}: unknown field" for key in value if key not in known]
            raise ValueError("invalid request argument: " + "; ".join(problems)) from None
    from ._reading import missing_required, show  # deferred: see _response.py

    _mark_filled(value)
    problems = [f"{name}.{show(p)}: field required" for p in missing_required(value, ())]
    problems += [f"{u}: unknown field" for u in _unknown_fields(value, name)]
    if problems:
        raise ValueError("invalid request argument: " + "; ".join(problems))
    return _dump(value)  # marked filled above


def _wire_loc(loc: Any) -> str:
    """An error location as a path (`.vals[0]`), without the union members
    pydantic names in it (`list[int]`, `function-after[...]`): no field name
    has a bracket."""
    return "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}"
        for p in loc
        if not (isinstance(p, str) and "[" in p)
    )


def zero_of(data_type: Any) -> Any:
    """What an object the server left out reads as: the model with every
    field at its zero value (a map: empty)."""
    if isinstance(data_type, type) and issubclass(data_type, BaseModel):
        return data_type()
    return {dict: {}, list: []}.get(get_origin(data_type))


def to_json(
    name: str, value: Any, model: type[FlashdutyModel] | None = None, shape: str = ""
) -> Any:
    """JSON for one request argument. `model` is the schema's model, if any,
    and `shape` the containers around it, outermost first: "l" a list, "m" a
    map ("" the model itself; "lm" a list of maps of models)."""
    if model is None:
        if isinstance(value, Mapping) and not isinstance(value, dict):
            return dict(value)  # a read-only Mapping argument: JSON needs a dict
        return _wire(value) if isinstance(value, BaseModel) else value
    if value is None:
        return None  # null, as given
    if not shape:
        return request_model(name, value, model)
    inner = shape[1:]
    if shape[0] == "l":
        if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
            raise TypeError(f"{name}: expected a list, got {type(value).__name__}")
        return [to_json(f"{name}[{i}]", v, model, inner) for i, v in enumerate(value)]
    if not isinstance(value, Mapping):
        raise TypeError(f"{name}: expected a dict, got {type(value).__name__}")
    return {k: to_json(f"{name}[{k!r}]", v, model, inner) for k, v in value.items()}
