"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import oncall_change_count


class OncallChangeCountList(FlashdutyModel):
    """Change counts per period."""

    items: list[oncall_change_count.OncallChangeCount] | None
    """One entry per period of the requested `step`."""
