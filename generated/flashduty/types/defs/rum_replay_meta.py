"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    rum_replay_device,
    rum_replay_foreground_period,
    rum_replay_ref,
    rum_replay_session,
    rum_replay_view,
)


class RumReplayMeta(FlashdutyModel):
    """Outline of a recorded session - its span, views, foreground periods and device."""

    session: rum_replay_session.RumReplaySession | None = None
    views: Annotated[list[rum_replay_view.RumReplayView], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Views shown during the session."""
    foreground_periods: Annotated[
        list[rum_replay_foreground_period.RumReplayForegroundPeriod], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Periods the app was in the foreground."""
    device: rum_replay_device.RumReplayDevice | None = None
    application: rum_replay_ref.RumReplayRef | None = None
