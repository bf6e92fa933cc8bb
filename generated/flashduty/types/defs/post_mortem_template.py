"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class PostMortemTemplate(FlashdutyModel):
    """A template new post-mortems start from. Built-in templates belong to account 0."""

    account_id: int = 0
    """Owning account; 0 for built-in templates."""
    template_id: str = ""
    """Template ID."""
    name: str = ""
    """Template name."""
    description: str = ""
    """What the template is for."""
    content: str = ""
    """Template body as a serialized BlockNote document (JSON text)."""
    content_markdown: str = ""
    """The same body as Markdown, which AI generation reads."""
    team_id: int = 0
    """Managing team; only its members and admins may edit or delete the template."""
    created_at_seconds: int = 0
    """Creation time, Unix seconds."""
    updated_at_seconds: int = 0
    """Last change, Unix seconds."""
