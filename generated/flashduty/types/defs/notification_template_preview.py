"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import notification_template_fixed_field


class NotificationTemplatePreview(FlashdutyModel):
    """A template rendered for one channel."""

    fixed_fields: Annotated[
        list[notification_template_fixed_field.NotificationTemplateFixedField], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Fields the IM card always shows, with their rendered values."""
    content: str = ""
    """The rendered message."""
    success: bool = False
    """Whether the template rendered without error."""
    message: str = ""
    """What went wrong, when `success` is false."""
