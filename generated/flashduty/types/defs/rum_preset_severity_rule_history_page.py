"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_preset_severity_rule_history_entry


class RumPresetSeverityRuleHistoryPage(FlashdutyModel):
    total: int = 0
    has_next_page: bool = False
    items: Annotated[
        list[rum_preset_severity_rule_history_entry.RumPresetSeverityRuleHistoryEntry],
        NULL_AS_EMPTY,
    ] = Field(default_factory=new_list)
