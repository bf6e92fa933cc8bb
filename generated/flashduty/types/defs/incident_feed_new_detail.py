"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class IncidentFeedNewDetail(FlashdutyModel):
    """Detail of `i_new`."""

    severity: Annotated[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    title: str = ""
    """Title it was created with."""
    reporter_email: str = ""
    """Reporter's email, for incidents reported from outside."""
