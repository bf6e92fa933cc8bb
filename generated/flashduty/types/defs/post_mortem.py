"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import post_mortem_basics, post_mortem_content, post_mortem_meta


class PostMortem(FlashdutyModel):
    """A full post-mortem report."""

    meta: post_mortem_meta.PostMortemMeta | None = None
    basics: post_mortem_basics.PostMortemBasics | None = None
    content: post_mortem_content.PostMortemContent | None = None
    follow_ups: str = ""
    """Follow-up actions as free text."""
