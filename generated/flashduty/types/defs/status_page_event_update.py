"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import status_page_component_change


class StatusPageEventUpdate(FlashdutyModel):
    """One update on an event's timeline, as visitors see it."""

    update_id: str
    """Update ID."""
    at_seconds: int
    """When it was posted, Unix seconds."""
    status: (
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | str
        | None
    ) = None
    """
    Stage of a status page event. Incidents move through `investigating`, `identified`, `monitoring` and `resolved`; maintenances through `scheduled`, `ongoing` and `completed`.
    """
    description: str | None = None
    """Message, in Markdown."""
    component_changes: list[status_page_component_change.StatusPageComponentChange] | None = None
    """Component statuses this update changed."""
