"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class StatusPageAffectedComponent(FlashdutyModel):
    """A component an event affects, with the status the event gives it."""

    component_id: str = ""
    """Component ID."""
    section_id: str = ""
    """Section the component sits in."""
    name: str = ""
    """Display name."""
    description: str = ""
    """Description shown to visitors."""
    available_since_seconds: int = 0
    """Since when the component counts as available, Unix seconds."""
    order_id: int = 0
    """Position within its section."""
    hide_uptime: bool = False
    """Whether its uptime history is hidden."""
    hide_all: bool = False
    """Whether the component is hidden from the page altogether."""
    status: Annotated[
        Literal["operational", "degraded", "partial_outage", "full_outage", "under_maintenance"]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Health shown for a component. Incidents use `operational`, `degraded`, `partial_outage` and `full_outage`; maintenances use `operational` and `under_maintenance`.
    """
