"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_preset_severity_rule_history_snapshot_rule


class RumPresetSeverityRuleHistoryEntry(FlashdutyModel):
    rules: Annotated[
        list[
            rum_preset_severity_rule_history_snapshot_rule.RumPresetSeverityRuleHistorySnapshotRule
        ],
        NULL_AS_EMPTY,
    ] = Field(default_factory=new_list)
    version: int = 0
    updated_by: int = 0
    updated_by_name: str = ""
    updated_at: int = 0
    """Unix milliseconds."""
