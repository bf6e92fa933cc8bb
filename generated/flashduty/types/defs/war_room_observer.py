"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field


class WarRoomObserver(FlashdutyModel):
    """A member who would join a new war room as an observer."""

    account_id: int
    """Account of the member."""
    person_id: int
    """Member ID."""
    person_name: str | None = None
    """Display name."""
    avatar: str | None = None
    """Avatar image URL."""
    email: str | None = None
    """Email address."""
    phone: str | None = None
    """Phone number."""
    locale: str | None = None
    """Preferred language."""
    time_zone: str | None = None
    """Time zone."""
    as_: Annotated[str | None, Field(alias="as")] = None
    """Role label."""
    status: str | None = None
    """Member account status."""
