"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class SeverityNotifyChannels(FlashdutyModel):
    """Channels that notify the member of a new incident, per severity."""

    critical: list[str] | None
    """Channels for Critical incidents."""
    warning: list[str] | None
    """Channels for Warning incidents."""
    info: list[str] | None
    """Channels for Info incidents."""
