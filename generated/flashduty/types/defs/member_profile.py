"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class MemberProfile(FlashdutyModel):
    """The profile of the member who owns the APP key, with account details."""

    account_id: int | None = None
    """Account ID."""
    account_name: str | None = None
    """Account name."""
    account_avatar: str | None = None
    """Account avatar URL."""
    account_email: str | None = None
    """Email address of the account."""
    account_role_ids: list[int] | None = None
    """Roles the member holds."""
    account_locale: str | None = None
    """Default language of the account, e.g. `en-US`."""
    account_time_zone: str | None = None
    """Default time zone of the account, e.g. `Asia/Shanghai`."""
    domain: str | None = None
    """Account domain (the console sub-domain)."""
    member_id: int | None = None
    """Member ID."""
    member_name: str | None = None
    """Display name."""
    phone: str | None = None
    """Phone number with its middle digits masked."""
    phone_verified: bool | None = None
    """Whether the phone number has been verified."""
    email: str | None = None
    """Email address."""
    email_verified: bool | None = None
    """Whether the email address has been verified."""
    country_code: str | None = None
    """Country code of the phone number."""
    avatar: str | None = None
    """Avatar image URL or path."""
    locale: str | None = None
    """The member's own language preference."""
    time_zone: str | None = None
    """The member's own time zone."""
    is_external: bool | None = None
    """Whether the member was provisioned through single sign-on."""
    status: Literal["enabled", "pending", "deleted"] | str | None = None
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """
    created_at: int | None = None
    """When the member was added, Unix seconds."""
