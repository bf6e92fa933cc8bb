"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel
from pydantic import Field


class PersonInfo(FlashdutyModel):
    """Public profile of a person, who is either the account itself or one of its members."""

    account_id: int = 0
    """Account ID."""
    person_id: int = 0
    """Person ID (an account ID or a member ID)."""
    person_name: str = ""
    """Display name."""
    avatar: str = ""
    """Avatar image URL or path."""
    locale: str = ""
    """Preferred language."""
    time_zone: str = ""
    """Time zone."""
    email: str = ""
    """Email address."""
    phone: str = ""
    """Phone number."""
    phone_verified: bool = False
    """Whether the phone number has been verified."""
    email_verified: bool = False
    """Whether the email address has been verified."""
    as_: Annotated[Literal["member", "account"] | EnumValue, Field(alias="as"), OPEN_ENUM] = (
        EnumValue("")
    )
    """Whether the person is a member or the account itself."""
    status: Annotated[Literal["enabled", "pending", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """
