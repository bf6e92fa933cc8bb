"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AutomationTemplate(FlashdutyModel):
    """A built-in starting point for an automation rule."""

    name: str = ""
    """Name of the template."""
    description: str = ""
    """What it is for."""
    icon: str = ""
    """Name of the icon shown with it."""
    enabled: bool = False
    """Whether a rule made from it starts out on."""
    prompt: str = ""
    """What the agent is asked to do on each run."""
