"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class MemberProfileUpdates(FlashdutyModel):
    """New values of a member's profile; fields left out keep their value, give at least one."""

    member_name: str | None = None
    """New display name."""
    password: Annotated[str | None, Field(repr=False)] = None
    """New login password, encrypted as the console does."""
    phone: str | None = None
    """New phone number; with `country_code` unless in E.164 form."""
    country_code: str | None = None
    """Region of the phone number (ISO 3166-1 alpha-2, e.g. `US`); may change on its own."""
    email: str | None = None
    """New email address."""
    avatar: str | None = None
    """New avatar URL."""
    locale: Literal["zh-CN", "en-US"] | str | None = None
    """Preferred language."""
    time_zone: str | None = None
    """Time zone in tz database form, e.g. `Asia/Shanghai`."""
    ref_id: str | None = None
    """New external reference ID."""
