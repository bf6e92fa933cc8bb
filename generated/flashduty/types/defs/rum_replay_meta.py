"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import (
    rum_replay_device,
    rum_replay_foreground_period,
    rum_replay_ref,
    rum_replay_session,
    rum_replay_view,
)


class RumReplayMeta(FlashdutyModel):
    """Outline of a recorded session - its span, views, foreground periods and device."""

    session: rum_replay_session.RumReplaySession | None
    views: list[rum_replay_view.RumReplayView] | None
    """Views shown during the session."""
    foreground_periods: list[rum_replay_foreground_period.RumReplayForegroundPeriod] | None
    """Periods the app was in the foreground."""
    device: rum_replay_device.RumReplayDevice | None
    application: rum_replay_ref.RumReplayRef | None
