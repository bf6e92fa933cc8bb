"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel
from pydantic import Field


class IncidentFeedSeverityDetail(FlashdutyModel):
    """Detail of `i_r_severity`."""

    from_: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, Field(alias="from"), OPEN_ENUM
    ] = EnumValue("")
    """Severity before the change."""
    to: Annotated[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Severity after the change."""
