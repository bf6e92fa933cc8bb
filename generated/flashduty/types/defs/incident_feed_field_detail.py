"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from pydantic import Field
from ..._models import new_dict, FlashdutyModel


class IncidentFeedFieldDetail(FlashdutyModel):
    """Detail of `i_r_field`."""

    field_name: str = ""
    """Custom field changed."""
    to: Any = Field(default_factory=new_dict)
    """Its new value, of the field's type."""
