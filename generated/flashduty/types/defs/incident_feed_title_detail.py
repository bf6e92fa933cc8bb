"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field


class IncidentFeedTitleDetail(FlashdutyModel):
    """Detail of `i_r_title`."""

    from_: Annotated[str, Field(alias="from")] = ""
    """Old title."""
    to: str = ""
    """New title."""
