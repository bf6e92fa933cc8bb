"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import feed_notify_chat, feed_notify_person, feed_notify_robot


class IncidentFeedNotifyDetail(FlashdutyModel):
    """Detail of `i_notify` - one round of notifications and how each delivery went."""

    rid: str = ""
    """Notification record ID."""
    msg_id: str = ""
    """Message ID the delivery channel returned."""
    fire_type: Annotated[Literal["fire", "refire"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """First notification (`fire`) or a repeat (`refire`)."""
    escalate_rule_id: str = ""
    """Escalation rule that sent it."""
    escalate_rule_name: str = ""
    """Name of that rule."""
    layer_idx: int = 0
    """Escalation level, from 0."""
    by: str = ""
    """How it was delivered, e.g. `email`."""
    persons: Annotated[list[feed_notify_person.FeedNotifyPerson], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Deliveries to members."""
    chats: Annotated[list[feed_notify_chat.FeedNotifyChat], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Deliveries to group chats."""
    robots: Annotated[list[feed_notify_robot.FeedNotifyRobot], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Deliveries to chat robots."""
