"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import incident_card_view


class IncidentCardViewList(FlashdutyModel):
    """The account's incident card views."""

    items: Annotated[list[incident_card_view.IncidentCardView], Field(validate_default=True)] = []
    """Card views."""
