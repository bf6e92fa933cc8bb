"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class RumPresetSeverityRuleFilterCondition(FlashdutyModel):
    key: Annotated[
        Literal[
            "error.usr_id",
            "error.usr_email",
            "error.view_url",
            "error.view_url_path",
            "error.error_type",
            "error.error_message",
            "error.env",
            "error.service",
            "error.device_type",
            "error.os_name",
            "error.browser_name",
            "error.is_crash",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    oper: Annotated[Literal["IN", "NOTIN"] | EnumValue, OPEN_ENUM] = EnumValue("")
    vals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
