"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel

from . import alert_grouping, channel_event_group, channel_incident_counts
from . import flapping as flapping_1


class Channel(FlashdutyModel):
    """
    A channel (collaboration space): where incidents land, with its grouping, flapping and auto-resolve settings. Fields are sent only when set; a brief listing carries just the ID, name, description and status.
    """

    team_name: str = ""
    """Name of the owning team."""
    creator_name: str = ""
    """Name of the member who created it."""
    event_group: channel_event_group.ChannelEventGroup | None = None
    channel_id: int = 0
    """Channel ID."""
    account_id: int = 0
    """Account that owns the channel."""
    team_id: int = 0
    """Owning team; its members can read and edit the channel."""
    managing_team_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Teams that manage the channel in place of the owning team."""
    creator_id: int = 0
    """Member who created the channel."""
    channel_name: str = ""
    """Name."""
    description: str = ""
    """Free-text description."""
    status: Annotated[Literal["enabled", "disabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Lifecycle state of a channel."""
    is_private: bool = False
    """Only the creator, the owning and managing teams and account admins can see it."""
    auto_resolve_timeout: int = 0
    """Seconds without activity after which incidents close themselves; 0 turns this off."""
    auto_resolve_mode: Annotated[Literal["trigger", "update"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """
    What restarts the auto-resolve timer: `trigger` counts from when the incident opened, `update` from its latest alert.
    """
    disable_outlier_detection: bool = False
    """Rare-incident (outlier) detection is off."""
    disable_auto_close: bool = False
    """Automatic closing of incidents is off."""
    group: alert_grouping.AlertGrouping | None = None
    flapping: flapping_1.Flapping | None = None
    progress_to_incident_cnts: channel_incident_counts.ChannelIncidentCounts | None = None
    is_starred: bool = False
    """The calling member starred this channel."""
    active_incident_highest_severity: str = ""
    """Worst severity of any incident still open; empty if nothing is open."""
    last_incident_at: int = 0
    """When the latest incident started, Unix seconds."""
    is_external_report_enabled: bool = False
    """People outside the account may report incidents into it."""
    external_report_token: Annotated[str, Field(repr=False)] = ""
    """Token external reporters use, when that is on."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """Deletion time, Unix seconds; 0 unless deleted."""
