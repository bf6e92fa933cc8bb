"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_application


class RumApplicationList(FlashdutyModel):
    """Applications asked for by ID."""

    items: list[rum_application.RumApplication] | None
    """The applications found."""
