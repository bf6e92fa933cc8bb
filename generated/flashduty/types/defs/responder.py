"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field


class Responder(FlashdutyModel):
    """A member responding to an incident."""

    person_id: int = 0
    """Member ID."""
    assigned_at: int = 0
    """When they were assigned, Unix seconds."""
    acknowledged_at: int = 0
    """When they acknowledged, Unix seconds; 0 if not yet."""
    person_name: str = ""
    """Name of the member (set by the server)."""
    email: str = ""
    """Email address of the member (set by the server)."""
    as_: Annotated[str, Field(alias="as")] = ""
    """Their role on the incident."""
