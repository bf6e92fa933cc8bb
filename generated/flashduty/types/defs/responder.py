"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field


class Responder(FlashdutyModel):
    """A member responding to an incident."""

    person_id: int
    """Member ID."""
    assigned_at: int
    """When they were assigned, Unix seconds."""
    acknowledged_at: int
    """When they acknowledged, Unix seconds; 0 if not yet."""
    person_name: str | None = None
    """Name of the member (set by the server)."""
    email: str | None = None
    """Email address of the member (set by the server)."""
    as_: Annotated[str | None, Field(alias="as")] = None
    """Their role on the incident."""
