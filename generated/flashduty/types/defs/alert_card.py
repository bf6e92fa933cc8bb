"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertCard(FlashdutyModel):
    """A group of alerts sharing the values a card view groups by."""

    title: str = ""
    """Card title, built from the shared values."""
    total: int = 0
    """Alerts in the card."""
    alert_severity: str = ""
    """Highest severity among them."""
    alert_ids: list[str] = []
    """The alerts in the card."""
