"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageDraft(FlashdutyModel):
    """A stored status page event draft."""

    draft_id: str = ""
    created_at: int = 0
