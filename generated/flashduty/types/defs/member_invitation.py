"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class MemberInvitation(FlashdutyModel):
    """
    One person to invite. Give an email address, a phone number or both; the invitation creates the member straight away, and a channel only receives notifications once the member has verified it.
    """

    member_name: str = ""
    """
    Display name, unique in the account. Required with a phone number; with only an email address it defaults to the part before the `@`.
    """
    email: str = ""
    """Email address."""
    phone: str = ""
    """Phone number."""
    country_code: str = ""
    """Country code of the phone number; `CN` when omitted."""
    role_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Roles to grant; none when omitted."""
    locale: Annotated[Literal["zh-CN", "en-US"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Preferred language."""
    time_zone: str = ""
    """Time zone in tz database form, e.g. `Asia/Shanghai`."""
    ref_id: str = ""
    """Identifier of the person in an external system."""
