"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class NotificationTemplateFixedField(FlashdutyModel):
    """A field an IM card always shows, rendered."""

    field: str = ""
    """Field name."""
    value: str = ""
    """Rendered value."""
