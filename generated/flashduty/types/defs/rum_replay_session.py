"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumReplaySession(FlashdutyModel):
    """Span of a recorded session."""

    start: int
    """Start, Unix milliseconds."""
    end: int
    """End, Unix milliseconds."""
    is_active: bool
    """Whether the session is still going on."""
    source: str
    """Platform that recorded it."""
    server_time_delta: int
    """Clock offset between client and server (undocumented)."""
