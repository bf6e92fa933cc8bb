"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel


class NotificationTemplate(FlashdutyModel):
    """
    A notification template: the message source per delivery channel, written in Go template syntax against the incident. An empty channel falls back to the default message.
    """

    wecom_markdown_v2_enabled: bool = False
    """WeCom messages use markdown v2."""
    feishu_app_card_v2_table_enabled: bool = False
    """Tables are rendered in v2 Feishu app cards."""
    feishu_app_card_v2_preserve_blank_lines: bool = False
    """Blank lines are kept in v2 Feishu app cards."""
    feishu_app_war_room_enabled: bool = False
    """Feishu app cards offer war rooms."""
    incident_card_closed_action_apps: Annotated[list[str], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """IM apps whose incident cards keep their buttons after the incident closes."""
    incident_card_hidden_fields: Annotated[dict[str, list[str]], NULL_AS_EMPTY] = Field(
        default_factory=new_dict
    )
    """Incident card fields left out, per IM app."""
    template_id: str = ""
    """
    Notification template ID, 24 hexadecimal characters. The built-in preset has the fixed ID `000000000000000000000001`.
    """
    template_name: str = ""
    """Name, unique in the account."""
    description: str = ""
    """Free-text description."""
    team_id: int = 0
    """Team the template belongs to; 0 for the whole account."""
    account_id: int = 0
    """Account that owns it."""
    email: str = ""
    """Email body (Go `html/template`)."""
    sms: str = ""
    """SMS text (Go `text/template`)."""
    voice: str = ""
    """Script read out in voice calls."""
    dingtalk: str = ""
    """Message for DingTalk robots."""
    wecom: str = ""
    """Message for WeCom robots."""
    feishu: str = ""
    """Message for Feishu robots."""
    feishu_app: str = ""
    """Message for the Feishu app."""
    dingtalk_app: str = ""
    """Message for the DingTalk app."""
    wecom_app: str = ""
    """Message for the WeCom app."""
    slack_app: str = ""
    """Message for the Slack app."""
    teams_app: str = ""
    """Message for the Microsoft Teams app."""
    telegram: str = ""
    """Message for Telegram bots."""
    slack: str = ""
    """Message for Slack robots."""
    zoom: str = ""
    """Message for Zoom bots."""
    status: Annotated[Literal["enabled", "disabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Lifecycle state."""
    creator_id: int = 0
    """Member who created it."""
    updated_by: int = 0
    """Member who last changed it."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """When it was deleted, Unix seconds; absent while live."""
