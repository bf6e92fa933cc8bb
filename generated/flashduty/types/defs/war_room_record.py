"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WarRoomRecord(FlashdutyModel):
    """A war room as Flashduty stores it for an incident."""

    integration_unavailable: bool = False
    """Whether the chat integration hosting it is gone or disabled."""
    account_id: int = 0
    """Account that owns it."""
    integration_id: int = 0
    """Chat integration hosting the group."""
    created_by: int = 0
    """Member who opened it."""
    chat_id: str = ""
    """Group chat ID in the chat tool."""
    chat_name: str = ""
    """Name the group was created with."""
    share_link: str = ""
    """Link to join the group, when there is one."""
    incident_id: str = ""
    """Incident ID, 24 hexadecimal characters."""
    status: str = ""
    """War room state."""
    created_at: int = 0
    """When it was opened, Unix seconds."""
    plugin_type: str = ""
    """Chat tool, e.g. `feishu`, `dingtalk`, `wecom` or `slack`."""
