"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class FeedNotifyPerson(FlashdutyModel):
    """A notification delivered, or not, to one member."""

    person_id: int = 0
    """Member."""
    failed_reason: str = ""
    """Why delivery failed; empty on success."""
