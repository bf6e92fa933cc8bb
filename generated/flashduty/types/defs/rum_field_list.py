"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import rum_field


class RumFieldList(FlashdutyModel):
    """Queryable fields."""

    items: Annotated[list[rum_field.RumField], Field(validate_default=True)] = []
    """The fields."""
