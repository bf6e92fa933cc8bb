"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class KnowledgePackDeleted(FlashdutyModel):
    """Outcome of deleting a knowledge pack."""

    ok: bool = False
    """Whether it succeeded."""
