"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import escalate_target


class EscalateLayer(FlashdutyModel):
    """One level of an escalation rule."""

    target: escalate_target.EscalateTarget | None = None
    max_times: int = 2
    """How many times this level notifies while unacknowledged."""
    notify_step: float = 10
    """Minutes between repeated notifications."""
    escalate_window: int = 30
    """Minutes without acknowledgement before moving on to the next level."""
    force_escalate: bool = False
    """Escalate even after the incident was acknowledged."""
