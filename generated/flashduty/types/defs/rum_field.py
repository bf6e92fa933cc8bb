"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class RumField(FlashdutyModel):
    """A field of RUM data that can be queried or used as a facet."""

    account_id: int = 0
    """Account that defined the field; 0 for built-in fields."""
    status: str = ""
    """State of the field, such as `active`."""
    field_key: str = ""
    """Field identifier used in queries."""
    field_name: str = ""
    """Display name."""
    value_type: Annotated[
        Literal[
            "number",
            "string",
            "bool",
            "boolean",
            "array<number>",
            "array<string>",
            "array<boolean>",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Type of the values; booleans are `boolean` in the current reference, `bool` in the older one.
    """
    show_type: Annotated[Literal["list", "range"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the console shows values as a list or a range."""
    description: str = ""
    """What the field holds."""
    group: str = ""
    """Group the field is shown under."""
    unit_family: Annotated[Literal["time", "bytes"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Kind of unit."""
    unit_name: Annotated[
        Literal[
            "nanosecond",
            "microsecond",
            "millisecond",
            "second",
            "byte",
            "unix_millisecond",
            "unix_second",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Unit of the values."""
    edit_able: bool = False
    """Whether the field definition can be edited."""
    is_facet: bool = False
    """Whether it is a facet (facets are always queryable)."""
    queryable: bool = False
    """Whether it can be queried."""
    enum_values: list[str | float | bool] | None = None
    """
    Fixed set of values, when there is one, each of the field's `value_type`; such fields usually cannot be counted by facet.
    """
    scopes: Annotated[
        list[
            Literal[
                "session", "view", "action", "error", "resource", "long_task", "vital", "sourcemap"
            ]
            | str
        ],
        NULL_AS_EMPTY,
    ] = Field(default_factory=new_list)
    """Kinds of data that have the field."""
