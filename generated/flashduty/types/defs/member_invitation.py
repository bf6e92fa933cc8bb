"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class MemberInvitation(FlashdutyModel):
    """
    One person to invite. Give an email address, a phone number or both; the invitation creates the member straight away, and a channel only receives notifications once the member has verified it.
    """

    member_name: str | None = None
    """
    Display name, unique in the account. Required with a phone number; with only an email address it defaults to the part before the `@`.
    """
    email: str | None = None
    """Email address."""
    phone: str | None = None
    """Phone number."""
    country_code: str | None = None
    """Country code of the phone number; `CN` when omitted."""
    role_ids: list[int] | None = None
    """Roles to grant; none when omitted."""
    locale: Literal["zh-CN", "en-US"] | str | None = None
    """Preferred language."""
    time_zone: str | None = None
    """Time zone in tz database form, e.g. `Asia/Shanghai`."""
    ref_id: str | None = None
    """Identifier of the person in an external system."""
