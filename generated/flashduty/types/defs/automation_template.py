"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AutomationTemplate(FlashdutyModel):
    """A built-in starting point for an automation rule."""

    name: str = ""
    description: str = ""
    icon: str = ""
    enabled: bool = False
    prompt: str = ""
