"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class PostMortemTemplate(FlashdutyModel):
    """A template new post-mortems start from. Built-in templates belong to account 0."""

    account_id: int
    """Owning account; 0 for built-in templates."""
    template_id: str
    """Template ID."""
    name: str
    """Template name."""
    description: str | None = None
    """What the template is for."""
    content: str
    """Template body as a serialized BlockNote document (JSON text)."""
    content_markdown: str | None = None
    """The same body as Markdown, which AI generation reads."""
    team_id: int | None = None
    """Managing team; only its members and admins may edit or delete the template."""
    created_at_seconds: int | None = None
    """Creation time, Unix seconds."""
    updated_at_seconds: int | None = None
    """Last change, Unix seconds."""
