"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import escalate_webhook, personal_notify_channels


class EscalateTarget(FlashdutyModel):
    """
    Who to notify and how. Recipients come from `person_ids`, `team_ids`, `schedule_to_role_ids` and/or `emails` (one of them is required); delivery goes through `by`, `webhooks` or both (one is required).
    """

    person_ids: list[int] = []
    """Members to notify."""
    team_ids: list[int] = []
    """Teams to notify."""
    schedule_to_role_ids: dict[str, list[int]] = {}
    """
    On-call schedule ID (as a string key) to the schedule roles whose on-call members are notified.
    """
    emails: list[str] = []
    """Extra recipients given by email address (push-only use)."""
    by: personal_notify_channels.PersonalNotifyChannels | None = None
    webhooks: Annotated[list[escalate_webhook.EscalateWebhook], Field(validate_default=True)] = []
    """Group chats and webhooks to post to."""
