"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel


class CustomField(FlashdutyModel):
    """A custom incident field definition; incidents carry its values under `fields`."""

    field_id: str = ""
    """Field ID."""
    field_name: str = ""
    """Key of the field in an incident's `fields`."""
    display_name: str = ""
    """Label shown in the console."""
    description: str = ""
    """Free-text description."""
    field_type: Annotated[
        Literal["text", "single_select", "multi_select", "checkbox"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Input control of the field."""
    value_type: Annotated[Literal["string", "bool", "float"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Type of the field's values."""
    options: Annotated[list[Any], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Allowed values for select fields, of the `value_type`."""
    default_value: Any = Field(default_factory=new_dict)
    """Value used when none is set, of the `value_type`."""
    status: Annotated[Literal["enabled", "disabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Lifecycle state."""
    account_id: int = 0
    """Account that owns it."""
    creator_id: int = 0
    """Member who created it."""
    updated_by: int = 0
    """Member who last changed it."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """When the field was removed, Unix seconds; only a removed field has it."""
