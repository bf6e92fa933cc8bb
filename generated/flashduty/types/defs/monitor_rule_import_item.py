"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list
from .monitor_rule_settings import MonitorRuleSettings


class MonitorRuleImportItem(MonitorRuleSettings):
    """One rule to import: exported settings plus the target folder and, optionally, channels."""

    folder_id: int = 0
    """Folder to create the rule in."""
    channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels that receive the rule's alerts."""
