"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class StatusPageTemplate(FlashdutyModel):
    """
    A text template of a status page: a whole update (`pre_defined`) or texts per status (`message`).
    """

    template_id: str = ""
    title: str = ""
    type: Annotated[Literal["incident", "maintenance"] | EnumValue, OPEN_ENUM] = EnumValue("")
    status: Annotated[
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    description: str = ""
    messages: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
