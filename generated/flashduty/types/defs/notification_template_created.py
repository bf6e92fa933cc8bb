"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class NotificationTemplateCreated(FlashdutyModel):
    """The template just created."""

    template_id: str = ""
    """
    Notification template ID, 24 hexadecimal characters. The built-in preset has the fixed ID `000000000000000000000001`.
    """
    template_name: str = ""
    """Its name."""
