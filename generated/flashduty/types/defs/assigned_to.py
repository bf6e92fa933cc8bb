"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel

from . import notify_override


class AssignedTo(FlashdutyModel):
    """
    Who an incident is assigned to, directly or through an escalation rule. In requests give `person_ids` (or `emails`) for a direct assignment, or `escalate_rule_id` (and optionally `layer_idx`) to follow a rule.
    """

    person_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members assigned directly."""
    escalate_rule_id: str = ""
    """Escalation rule that drives the assignment."""
    layer_idx: int = 0
    """Current level of that escalation rule, from 0."""
    type: Annotated[
        Literal["assign", "reassign", "escalate", "reopen", ""] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """
    How the assignment came about - `assign` direct, `reassign` changed by a person, `escalate` by the escalation rule, `reopen` redone on reopening. Responses carry an empty string for an incident never assigned.
    """
    emails: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Addresses to email; ServiceNow and similar integrations use this."""
    escalate_rule_name: str = ""
    """Name of that escalation rule (set by the server)."""
    assigned_at: int = 0
    """When the assignment was made, Unix seconds."""
    id: str = ""
    """Assignment ID, chosen by the server."""
    notify: notify_override.NotifyOverride | None = None
