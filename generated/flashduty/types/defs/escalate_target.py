"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import escalate_webhook, personal_notify_channels


class EscalateTarget(FlashdutyModel):
    """
    Who to notify and how. Recipients come from `person_ids`, `team_ids`, `schedule_to_role_ids` and/or `emails` (one of them is required); delivery goes through `by`, `webhooks` or both (one is required).
    """

    person_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members to notify."""
    team_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Teams to notify."""
    schedule_to_role_ids: Annotated[dict[str, list[int]], NULL_AS_EMPTY] = Field(
        default_factory=new_dict
    )
    """
    On-call schedule ID (as a string key) to the schedule roles whose on-call members are notified.
    """
    emails: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Extra recipients given by email address (push-only use)."""
    by: personal_notify_channels.PersonalNotifyChannels | None = None
    webhooks: Annotated[list[escalate_webhook.EscalateWebhook], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Group chats and webhooks to post to."""
