"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_application


class RumApplicationList(FlashdutyModel):
    """Applications asked for by ID."""

    items: Annotated[list[rum_application.RumApplication], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The applications found."""
