"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class SeverityNotifyChannels(FlashdutyModel):
    """Channels that notify the member of a new incident, per severity."""

    critical: list[str] = []
    """Channels for Critical incidents."""
    warning: list[str] = []
    """Channels for Warning incidents."""
    info: list[str] = []
    """Channels for Info incidents."""
