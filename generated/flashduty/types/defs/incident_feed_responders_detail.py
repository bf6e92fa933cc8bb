"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedRespondersDetail(FlashdutyModel):
    """Detail of `i_a_rspd`."""

    to: list[int] = []
    """Members added as responders."""
