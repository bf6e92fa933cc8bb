"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_application_link


class RumApplicationLinks(FlashdutyModel):
    """Links from RUM event pages to outside systems (log stores, ticketing, ...)."""

    enabled: bool = False
    """Whether the links are shown at all."""
    systems: list[rum_application_link.RumApplicationLink] | None = None
    """The outside systems and their URL templates."""
