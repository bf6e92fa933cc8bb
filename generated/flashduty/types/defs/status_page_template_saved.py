"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageTemplateSaved(FlashdutyModel):
    template_id: str = ""
