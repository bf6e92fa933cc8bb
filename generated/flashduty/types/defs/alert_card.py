"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class AlertCard(FlashdutyModel):
    """A group of alerts sharing the values a card view groups by."""

    title: str = ""
    """Card title, built from the shared values."""
    total: int = 0
    """Alerts in the card."""
    alert_severity: str = ""
    """Highest severity among them."""
    alert_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The alerts in the card."""
