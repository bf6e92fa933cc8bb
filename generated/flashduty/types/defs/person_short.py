"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field


class PersonShort(FlashdutyModel):
    """A member as other objects mention it."""

    person_id: int | None = None
    """Member ID."""
    person_name: str | None = None
    """Display name."""
    email: str | None = None
    """Email address."""
    as_: Annotated[str | None, Field(alias="as")] = None
    """The member's role in the object that mentions them."""
