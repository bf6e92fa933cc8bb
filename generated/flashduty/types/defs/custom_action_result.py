"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class CustomActionResult(FlashdutyModel):
    """Outcome of running a custom action."""

    message: str = ""
    """Error reported by the action's endpoint when its call failed; empty or absent on success."""
