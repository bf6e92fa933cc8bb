"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class StatusPageComponentChange(FlashdutyModel):
    """A component's new status, set by a timeline update."""

    component_id: str = ""
    """Component ID."""
    component_name: str = ""
    """Component name; filled in on reads and ignored on writes."""
    status: Annotated[
        Literal["operational", "degraded", "partial_outage", "full_outage", "under_maintenance"]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Health shown for a component. Incidents use `operational`, `degraded`, `partial_outage` and `full_outage`; maintenances use `operational` and `under_maintenance`.
    """
