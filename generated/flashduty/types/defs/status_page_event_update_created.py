"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageEventUpdateCreated(FlashdutyModel):
    """The timeline update just posted."""

    update_id: str = ""
    """ID of the new update."""
