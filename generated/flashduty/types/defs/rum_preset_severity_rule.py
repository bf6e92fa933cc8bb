"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import rum_preset_severity_rule_filter_condition


class RumPresetSeverityRule(FlashdutyModel):
    rule_id: str = ""
    rule_name: str = ""
    description: str = ""
    filters: Annotated[
        list[list[rum_preset_severity_rule_filter_condition.RumPresetSeverityRuleFilterCondition]],
        NULL_AS_EMPTY,
    ] = Field(default_factory=new_list)
    severity: Annotated[Literal["Critical", "Warning", "Info"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    priority: int = 0
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    created_at: int = 0
    """When the rule was created, Unix milliseconds."""
    updated_at: int = 0
    """When the rule was last changed, Unix milliseconds."""
