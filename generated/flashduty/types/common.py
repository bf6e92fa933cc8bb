"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._models import FlashdutyModel
from pydantic import Field, RootModel


class DutyError(FlashdutyModel):
    """
    What went wrong. `code` is stable and meant for programs; `message` is for people and may change.
    """

    code: (
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
            "ResourceNotFound",
            "NoLicense",
            "BalanceNotEnough",
            "UndonedOrderExist",
            "InternalError",
            "ServiceUnavailable",
        ]
        | str
    )
    """
    Machine-readable error code. The HTTP status only hints at the class of failure; branch on this value. `ResourceNotFound` means the account has not purchased the product involved, not that an object is missing.
    """
    message: str | None = None
    """
    Human-readable explanation, localised by the `Accept-Language` header; may name the offending field.
    """


class Envelope(FlashdutyModel):
    """
    Successful response wrapper. `data` carries the operation's payload; each operation narrows it in its own 200 response.
    """

    request_id: str
    """
    Identifier of this call, also sent as the `Flashcat-Request-Id` header. Quote it in support requests.
    """
    data: Any | None = None
    """
    The operation's payload.
    """


class ErrorCode(
    RootModel[
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
            "ResourceNotFound",
            "NoLicense",
            "BalanceNotEnough",
            "UndonedOrderExist",
            "InternalError",
            "ServiceUnavailable",
        ]
        | str
    ]
):
    root: (
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
            "ResourceNotFound",
            "NoLicense",
            "BalanceNotEnough",
            "UndonedOrderExist",
            "InternalError",
            "ServiceUnavailable",
        ]
        | str
    )
    """
    Machine-readable error code. The HTTP status only hints at the class of failure; branch on this value. `ResourceNotFound` means the account has not purchased the product involved, not that an object is missing.
    """


class ErrorEnvelope(FlashdutyModel):
    """
    Failed response wrapper. Flashduty may send it with any HTTP status, 200 included.
    """

    request_id: str
    """
    Identifier of this call, also sent as the `Flashcat-Request-Id` header.
    """
    error: DutyError | None


class Labels(RootModel[dict[str, str]]):
    """
    String labels (key to value), as attached to alerts and incidents.
    """

    root: dict[str, str]


class Page(FlashdutyModel):
    """
    Fields every paginated list answers with. `total` stops counting at 1000, so use `has_next_page` to decide whether to fetch more.
    """

    total: int
    """
    Number of matches, exact below 1000 and reported as 1000 above it.
    """
    has_next_page: bool
    """
    Whether another page follows this one.
    """


class PersonShort(FlashdutyModel):
    """
    A member as other objects mention it.
    """

    person_id: int | None = None
    """
    Member ID.
    """
    person_name: str | None = None
    """
    Display name.
    """
    email: str | None = None
    """
    Email address.
    """
    as_: Annotated[str | None, Field(alias="as")] = None
    """
    The member's role in the object that mentions them.
    """
