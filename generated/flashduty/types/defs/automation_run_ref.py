"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AutomationRunRef(FlashdutyModel):
    """The run (and its session) that a manual start created."""

    run_id: str = ""
    """ID of the run (`trun_...`)."""
    session_id: str = ""
    """ID of the session (`sess_...`)."""
