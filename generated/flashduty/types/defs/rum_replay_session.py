"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumReplaySession(FlashdutyModel):
    """Span of a recorded session."""

    start: int = 0
    """Start, Unix milliseconds."""
    end: int = 0
    """End, Unix milliseconds."""
    is_active: bool = False
    """Whether the session is still going on."""
    source: str = ""
    """Platform that recorded it."""
    server_time_delta: int = 0
    """Clock offset between client and server (undocumented)."""
