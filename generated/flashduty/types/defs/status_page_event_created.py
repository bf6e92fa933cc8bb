"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageEventCreated(FlashdutyModel):
    """The event just created."""

    change_id: int = 0
    """ID of the new event."""
    change_name: str = ""
    """Its title."""
