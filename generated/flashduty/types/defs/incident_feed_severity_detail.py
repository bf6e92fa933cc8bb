"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, FlashdutyModel
from pydantic import Field


class IncidentFeedSeverityDetail(FlashdutyModel):
    """Detail of `i_r_severity`."""

    from_: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | str, Field(alias="from"), OPEN_ENUM
    ] = ""
    """Severity before the change."""
    to: Annotated[Literal["Critical", "Warning", "Info", "Ok"] | str, OPEN_ENUM] = ""
    """Severity after the change."""
