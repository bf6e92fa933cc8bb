"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class Calendar(FlashdutyModel):
    """
    A service calendar: which days are workdays, used by escalation and silence rules to behave differently on holidays. `personal` calendars belong to the account; public holiday calendars are maintained by Flashduty.
    """

    cal_id: str = ""
    """Calendar ID, `cal.` followed by a random string, or a locale key for public calendars."""
    cal_name: str = ""
    """Name."""
    description: str = ""
    """Free-text description."""
    timezone: str = ""
    """IANA time zone the days are counted in, e.g. `Asia/Shanghai`."""
    kind: Annotated[
        Literal["region.official.holiday", "religion.holiday", "personal"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Calendar kind - the account's own, or a public holiday calendar."""
    workdays: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Regular workdays, 0 for Sunday through 6 for Saturday; empty for public calendars."""
    extra_cal_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Public holiday calendars whose events this one inherits, e.g. `zh-cn.china.official`."""
    team_id: int = 0
    """Team that manages the calendar; 0 for none."""
    account_id: int = 0
    """Account that owns it."""
    status: Annotated[Literal["enabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the calendar is live or deleted."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    creator_id: int = 0
    """Member who created it; 0 for public calendars."""
    updated_by: int = 0
    """Member who last changed it; 0 for public calendars."""
