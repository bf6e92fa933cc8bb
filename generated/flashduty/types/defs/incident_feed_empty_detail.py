"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel
from pydantic import ConfigDict


class IncidentFeedEmptyDetail(FlashdutyModel):
    """
    Detail of `i_r_desc`, `i_r_impact`, `i_r_rc`, `i_r_rsltn`, `i_m_reply` and `i_auto_refresh`, which carry no fields.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
