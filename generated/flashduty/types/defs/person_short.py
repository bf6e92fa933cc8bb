"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field


class PersonShort(FlashdutyModel):
    """A member as other objects mention it."""

    person_id: int = 0
    """Member ID."""
    person_name: str = ""
    """Display name."""
    email: str = ""
    """Email address."""
    as_: Annotated[str, Field(alias="as")] = ""
    """The member's role in the object that mentions them."""
