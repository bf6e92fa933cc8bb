"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RouteSection(FlashdutyModel):
    """A named heading placed before a case of a routing rule."""

    name: str = ""
    """Heading, unique within the rule."""
    position: int = 0
    """Index of the case it precedes; 0 is before the first case, at most the number of cases."""
