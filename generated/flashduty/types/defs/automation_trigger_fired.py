"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AutomationTriggerFired(FlashdutyModel):
    """What firing an automation trigger started."""

    type: str = ""
    """Kind of result; a run that started reports `routine_fire`."""
    session_id: str = ""
    """The AI SRE session the run opened."""
    session_url: str = ""
    """Where that session can be followed in the console."""
