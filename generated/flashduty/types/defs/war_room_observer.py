"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field


class WarRoomObserver(FlashdutyModel):
    """A member who would join a new war room as an observer."""

    account_id: int = 0
    """Account of the member."""
    person_id: int = 0
    """Member ID."""
    person_name: str = ""
    """Display name."""
    avatar: str = ""
    """Avatar image URL."""
    email: str = ""
    """Email address."""
    phone: str = ""
    """Phone number."""
    locale: str = ""
    """Preferred language."""
    time_zone: str = ""
    """Time zone."""
    as_: Annotated[str, Field(alias="as")] = ""
    """Role label."""
    status: str = ""
    """Member account status."""
