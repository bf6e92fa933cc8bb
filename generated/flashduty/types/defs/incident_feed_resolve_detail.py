"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel
from pydantic import Field


class IncidentFeedResolveDetail(FlashdutyModel):
    """Detail of `i_rslv`."""

    from_: Annotated[
        Literal[
            "voice", "console", "card", "wcard", "event", "autorslv", "autorefresh", "escalation"
        ]
        | EnumValue,
        Field(alias="from"),
        OPEN_ENUM,
    ] = EnumValue("")
    """
    What resolved it: a phone call, the console, an IM card, a web card, a recovery event, auto-resolve, a card refresh or the escalation rule.
    """
