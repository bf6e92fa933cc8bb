"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardCandidate(FlashdutyModel):
    """One value a variable can take."""

    value: str = ""
    """Value put into templates."""
    text: str = ""
    """Label shown in the picker."""
