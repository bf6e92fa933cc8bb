"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageTemplateSaved(FlashdutyModel):
    """The ID of a saved status page template."""

    template_id: str = ""
