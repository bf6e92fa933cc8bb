"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import post_mortem_meta
from .page import Page


class PostMortemPage(Page):
    """One page of post-mortems (their metadata only)."""

    items: list[post_mortem_meta.PostMortemMeta] | None
    """Reports on this page."""
    search_after_ctx: str | None = None
    """Cursor for the next page; pass it back as `search_after_ctx`."""
