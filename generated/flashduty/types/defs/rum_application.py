"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import rum_application_alerting, rum_application_links, rum_application_tracing


class RumApplication(FlashdutyModel):
    """A RUM application, the unit that collects data from one front end."""

    account_id: int = 0
    """Account that owns the application."""
    application_id: str = ""
    """Application ID."""
    application_name: str = ""
    """Display name."""
    type: Annotated[
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
    client_token: Annotated[str, Field(repr=False)] = ""
    """Token the RUM SDK is initialised with."""
    team_id: int = 0
    """Owning team; its members may edit the application."""
    is_private: bool = False
    """When true only the creator, the owning team and account admins can see it."""
    no_ip: bool = False
    """If true, client IPs are left out of the collected data."""
    no_geo: bool = False
    """When true no location is derived from IP addresses."""
    alerting: rum_application_alerting.RumApplicationAlerting | None = None
    tracing: rum_application_tracing.RumApplicationTracing | None = None
    links: rum_application_links.RumApplicationLinks | None = None
    status: Annotated[Literal["enabled", "disabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Lifecycle state."""
    created_by: int = 0
    """Member who created it."""
    updated_by: int = 0
    """Member who changed it last."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
