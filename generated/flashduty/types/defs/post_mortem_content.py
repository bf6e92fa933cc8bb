"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class PostMortemContent(FlashdutyModel):
    """The body of a post-mortem."""

    content: str = ""
    """The report body as a serialized BlockNote document (JSON text)."""
