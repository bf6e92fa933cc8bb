"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class PostMortemContentReset(FlashdutyModel):
    """Where a post-mortem stands after its content was replaced."""

    post_mortem_id: str = ""
    generation: int = 0
    revision: int = 0
    previous_generation: int = 0
    previous_revision: int = 0
    markdown_bytes: int = 0
    markdown_sha256: str = ""
