"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class Member(FlashdutyModel):
    """A member of the account, as the member list shows it."""

    account_id: int = 0
    """Account the member belongs to."""
    member_id: int = 0
    """Member ID, unique in the account."""
    member_name: str = ""
    """Display name."""
    country_code: str = ""
    """Country code of the phone number."""
    phone: str = ""
    """Phone number with its middle digits masked."""
    email: str = ""
    """Email address in clear."""
    locale: str = ""
    """Preferred language, e.g. `en-US`."""
    time_zone: str = ""
    """Time zone in tz database form, e.g. `Asia/Shanghai`."""
    phone_verified: bool = False
    """Whether the phone number has been verified."""
    email_verified: bool = False
    """Whether the email address has been verified."""
    avatar: str = ""
    """Avatar image URL or path."""
    status: Annotated[Literal["enabled", "pending", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """
    account_role_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Roles held by the member; empty or null when none."""
    is_external: bool = False
    """Whether the member was provisioned through single sign-on."""
    ref_id: str = ""
    """Identifier of the member in an external system that syncs people."""
    created_at: int = 0
    """When the member was added, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
