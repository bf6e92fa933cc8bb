"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import feed_notify_chat, feed_notify_person, feed_notify_robot


class IncidentFeedNotifyDetail(FlashdutyModel):
    """Detail of `i_notify` - one round of notifications and how each delivery went."""

    rid: str | None = None
    """Notification record ID."""
    msg_id: str | None = None
    """Message ID the delivery channel returned."""
    fire_type: Literal["fire", "refire"] | str | None = None
    """First notification (`fire`) or a repeat (`refire`)."""
    escalate_rule_id: str | None = None
    """Escalation rule that sent it."""
    escalate_rule_name: str | None = None
    """Name of that rule."""
    layer_idx: int
    """Escalation level, from 0."""
    by: str | None = None
    """How it was delivered, e.g. `email`."""
    persons: list[feed_notify_person.FeedNotifyPerson] | None = None
    """Deliveries to members."""
    chats: list[feed_notify_chat.FeedNotifyChat] | None = None
    """Deliveries to group chats."""
    robots: list[feed_notify_robot.FeedNotifyRobot] | None = None
    """Deliveries to chat robots."""
