"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import alert_grouping, channel_incident_counts
from . import flapping as flapping_1


class Channel(FlashdutyModel):
    """
    A channel (collaboration space): where incidents land, with its grouping, flapping and auto-resolve settings. Fields are sent only when set; a brief listing carries just the ID, name, description and status.
    """

    channel_id: int | None = None
    """Channel ID."""
    account_id: int | None = None
    """Account that owns the channel."""
    team_id: int | None = None
    """Owning team; its members can read and edit the channel."""
    managing_team_ids: list[int] | None = None
    """Teams that manage the channel in place of the owning team."""
    creator_id: int | None = None
    """Member who created the channel."""
    channel_name: str | None = None
    """Name."""
    description: str | None = None
    """Free-text description."""
    status: Literal["enabled", "disabled", "deleted"] | str | None = None
    """Lifecycle state of a channel."""
    is_private: bool | None = None
    """Only the creator, the owning and managing teams and account admins can see it."""
    auto_resolve_timeout: int | None = None
    """Seconds without activity after which incidents close themselves; 0 turns this off."""
    auto_resolve_mode: Literal["trigger", "update"] | str | None = None
    """
    What restarts the auto-resolve timer: `trigger` counts from when the incident opened, `update` from its latest alert.
    """
    disable_outlier_detection: bool | None = None
    """Rare-incident (outlier) detection is off."""
    disable_auto_close: bool | None = None
    """Automatic closing of incidents is off."""
    group: alert_grouping.AlertGrouping | None = None
    flapping: flapping_1.Flapping | None = None
    progress_to_incident_cnts: channel_incident_counts.ChannelIncidentCounts | None = None
    is_starred: bool | None = None
    """The calling member starred this channel."""
    active_incident_highest_severity: str | None = None
    """Worst severity of any incident still open; empty if nothing is open."""
    last_incident_at: int | None = None
    """When the latest incident started, Unix seconds."""
    is_external_report_enabled: bool | None = None
    """People outside the account may report incidents into it."""
    external_report_token: str | None = None
    """Token external reporters use, when that is on."""
    created_at: int | None = None
    """Creation time, Unix seconds."""
    updated_at: int | None = None
    """Last change, Unix seconds."""
    deleted_at: int | None = None
    """Deletion time, Unix seconds; 0 unless deleted."""
