"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class IncidentFeedNewDetail(FlashdutyModel):
    """Detail of `i_new`."""

    severity: Literal["Critical", "Warning", "Info", "Ok"] | str = ""
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    title: str = ""
    """Title it was created with."""
    reporter_email: str = ""
    """Reporter's email, for incidents reported from outside."""
