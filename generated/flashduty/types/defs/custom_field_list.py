"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import custom_field


class CustomFieldList(FlashdutyModel):
    """Every custom field of the account."""

    items: Annotated[list[custom_field.CustomField], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The fields."""
