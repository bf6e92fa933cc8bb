"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class MemberProfile(FlashdutyModel):
    """The profile of the member who owns the APP key, with account details."""

    account_id: int = 0
    """Account ID."""
    account_name: str = ""
    """Account name."""
    account_avatar: str = ""
    """Account avatar URL."""
    account_email: str = ""
    """Email address of the account."""
    account_role_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Roles the member holds."""
    account_locale: str = ""
    """Default language of the account, e.g. `en-US`."""
    account_time_zone: str = ""
    """Default time zone of the account, e.g. `Asia/Shanghai`."""
    domain: str = ""
    """Account domain (the console sub-domain)."""
    member_id: int = 0
    """Member ID."""
    member_name: str = ""
    """Display name."""
    phone: str = ""
    """Phone number with its middle digits masked."""
    phone_verified: bool = False
    """Whether the phone number has been verified."""
    email: str = ""
    """Email address."""
    email_verified: bool = False
    """Whether the email address has been verified."""
    country_code: str = ""
    """Country code of the phone number."""
    avatar: str = ""
    """Avatar image URL or path."""
    locale: str = ""
    """The member's own language preference."""
    time_zone: str = ""
    """The member's own time zone."""
    is_external: bool = False
    """Whether the member was provisioned through single sign-on."""
    status: Annotated[Literal["enabled", "pending", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """
    created_at: int = 0
    """When the member was added, Unix seconds."""
