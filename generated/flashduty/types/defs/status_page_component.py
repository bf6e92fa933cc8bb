"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageComponent(FlashdutyModel):
    """A component (service) shown on a status page."""

    component_id: str | None = None
    """Component ID."""
    section_id: str | None = None
    """Section the component sits in."""
    name: str
    """Display name."""
    description: str | None = None
    """Description shown to visitors."""
    available_since_seconds: int | None = None
    """Since when the component counts as available, Unix seconds."""
    order_id: int | None = None
    """Position within its section."""
    hide_uptime: bool | None = None
    """Whether its uptime history is hidden."""
    hide_all: bool | None = None
    """Whether the component is hidden from the page altogether."""
