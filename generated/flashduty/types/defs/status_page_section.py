"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageSection(FlashdutyModel):
    """A section of a status page: a named group of components."""

    section_id: str = ""
    name: str = ""
    description: str = ""
    order_id: int = 0
    hide_uptime: bool = False
    hide_all: bool = False
