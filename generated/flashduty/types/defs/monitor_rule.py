"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list
from .monitor_rule_settings import MonitorRuleSettings


class MonitorRule(MonitorRuleSettings):
    """An alert rule with its server-assigned fields."""

    id: int = 0
    """Rule ID."""
    account_id: int = 0
    """Account that owns the rule."""
    folder_id: int = 0
    """Folder the rule lives in."""
    channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels that receive the rule's alerts; empty lets the integration's routing decide."""
    creator_id: int = 0
    """Member who created the rule."""
    creator_name: str = ""
    """Name of the member who created the rule."""
    updater_id: int = 0
    """Member who changed the rule last."""
    updater_name: str = ""
    """Name of the member who changed the rule last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
