"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertCardViewUpdated(FlashdutyModel):
    """The card view just updated."""

    rule_id: str = ""
    """ID of the updated view."""
