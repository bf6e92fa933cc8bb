"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class NotificationTemplatePreview(FlashdutyModel):
    """A template rendered for one channel."""

    content: str = ""
    """The rendered message."""
    success: bool = False
    """Whether the template rendered without error."""
    message: str = ""
    """What went wrong, when `success` is false."""
