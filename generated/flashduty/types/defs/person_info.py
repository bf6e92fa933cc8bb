"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import FlashdutyModel
from pydantic import Field


class PersonInfo(FlashdutyModel):
    """Public profile of a person, who is either the account itself or one of its members."""

    account_id: int
    """Account ID."""
    person_id: int
    """Person ID (an account ID or a member ID)."""
    person_name: str | None = None
    """Display name."""
    avatar: str | None = None
    """Avatar image URL or path."""
    locale: str | None = None
    """Preferred language."""
    time_zone: str | None = None
    """Time zone."""
    email: str | None = None
    """Email address."""
    phone: str | None = None
    """Phone number."""
    phone_verified: bool
    """Whether the phone number has been verified."""
    email_verified: bool
    """Whether the email address has been verified."""
    as_: Annotated[Literal["member", "account"] | str | None, Field(alias="as")] = None
    """Whether the person is a member or the account itself."""
    status: Literal["enabled", "pending", "deleted"] | str | None = None
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """
