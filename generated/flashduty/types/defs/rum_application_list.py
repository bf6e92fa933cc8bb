"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import rum_application


class RumApplicationList(FlashdutyModel):
    """Applications asked for by ID."""

    items: Annotated[list[rum_application.RumApplication], Field(validate_default=True)] = []
    """The applications found."""
