"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import alert
from .page import Page


class IncidentAlertPage(Page):
    """One page of the alerts grouped into an incident."""

    items: Annotated[list[alert.Alert], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Alerts on this page."""
