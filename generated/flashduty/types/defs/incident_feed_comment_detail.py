"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedCommentDetail(FlashdutyModel):
    """Detail of `i_comm`."""

    comment: str = ""
    """Comment text."""
    mute_reply: bool = False
    """Whether the comment was kept from reaching webhook reply actions."""
