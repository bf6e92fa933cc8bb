"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import oncall_change_count


class OncallChangeCountList(FlashdutyModel):
    """Change counts per period."""

    items: Annotated[list[oncall_change_count.OncallChangeCount], Field(validate_default=True)] = []
    """One entry per period of the requested `step`."""
