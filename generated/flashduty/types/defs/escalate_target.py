"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel

from . import escalate_webhook, personal_notify_channels


class EscalateTarget(FlashdutyModel):
    """
    Who to notify and how. Recipients come from `person_ids`, `team_ids`, `schedule_to_role_ids` and/or `emails` (one of them is required); delivery goes through `by`, `webhooks` or both (one is required).
    """

    person_ids: list[int] | None = None
    """Members to notify."""
    team_ids: list[int] | None = None
    """Teams to notify."""
    schedule_to_role_ids: dict[str, Any] | None = None
    """
    On-call schedule ID (as a string key) to the schedule roles whose on-call members are notified.
    """
    emails: list[str] | None = None
    """Extra recipients given by email address (push-only use)."""
    by: personal_notify_channels.PersonalNotifyChannels | None = None
    webhooks: list[escalate_webhook.EscalateWebhook] | None = None
    """Group chats and webhooks to post to."""
