"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class RumReplayView(FlashdutyModel):
    """A view (page or screen) of a recorded session."""

    url: str = ""
    """Page URL (web) or screen identifier (mobile) of the view."""
    view_id: str = ""
    """View ID."""
    name: str = ""
    """View name."""
    source: Annotated[
        Literal[
            "browser",
            "ios",
            "android",
            "react-native",
            "flutter",
            "kotlin-multiplatform",
            "roku",
            "unity",
            "miniprogram",
            "harmony",
            "electron",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Platform an application (or a replayed view) runs on."""
    container_view_id: str | None = None
    """View that wraps this one, if any."""
    container_source: (
        Literal[
            "browser",
            "ios",
            "android",
            "react-native",
            "flutter",
            "kotlin-multiplatform",
            "roku",
            "unity",
            "miniprogram",
            "harmony",
            "electron",
        ]
        | str
        | None
    ) = None
    """Platform of the wrapping view, if any."""
    loading_type: Annotated[
        Literal[
            "initial_load",
            "route_change",
            "activity_display",
            "activity_redisplay",
            "fragment_display",
            "fragment_redisplay",
            "view_controller_display",
            "view_controller_redisplay",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """How the view was loaded."""
    start: int = 0
    """Start, Unix milliseconds."""
    end: int = 0
    """End, Unix milliseconds."""
    server_time_delta: int = 0
    """Clock offset between client and server (undocumented)."""
    is_active: bool = False
    """Whether the view is still shown."""
