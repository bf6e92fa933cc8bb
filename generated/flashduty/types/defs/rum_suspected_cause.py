"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class RumSuspectedCause(FlashdutyModel):
    """What probably caused an issue, guessed by the AI assistant or set by a person."""

    source: Annotated[Literal["auto", "user"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`auto` when guessed automatically, `user` when set by a member."""
    value: Annotated[
        Literal[
            "api.failed_request",
            "network.error",
            "code.exception",
            "code.invalid_object_access",
            "code.invalid_argument",
            "unknown",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Category of what probably caused an issue."""
    reason: str = ""
    """Why this cause was chosen."""
    person_id: int = 0
    """Member who set it, when `source` is `user`."""
