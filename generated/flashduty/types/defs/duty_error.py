"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DutyError(FlashdutyModel):
    """
    What went wrong. `code` is stable and meant for programs; `message` is for people and may change.
    """

    code: Annotated[
        Literal[
            "InvalidParameter",
            "BadRequest",
            "InvalidContentType",
            "MethodNotAllowed",
            "Unauthorized",
            "AccessDenied",
            "RouteNotFound",
            "RequestTooFrequently",
            "RequestVerifyRequired",
            "DangerousOperation",
            "RequestLocked",
            "EntityTooLarge",
            "ReferenceExist",
            "Conflict",
            "ResourceNotFound",
            "NoLicense",
            "BalanceNotEnough",
            "UndonedOrderExist",
            "InternalError",
            "ServiceUnavailable",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Machine-readable error code. The HTTP status only hints at the class of failure; branch on this value. `ResourceNotFound` means the account has not purchased the product involved, not that an object is missing.
    """
    message: str = ""
    """
    Human-readable explanation, localised by the `Accept-Language` header; may name the offending field.
    """
