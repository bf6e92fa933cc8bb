"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel
from pydantic import Field


class RumResource(FlashdutyModel):
    account_id: int = 0
    product: Annotated[Literal["rum"] | EnumValue, OPEN_ENUM] = EnumValue("")
    resource_id: str = ""
    resource_name: str = ""
    order_id: str = ""
    version: Annotated[Literal["free", "professional"] | EnumValue, OPEN_ENUM] = EnumValue("")
    offering_id: int = 0
    session_measure_used_cnt: Annotated[int, Field(alias="session_measure.used_cnt")] = 0
    session_investigate_used_cnt: Annotated[int, Field(alias="session_investigate.used_cnt")] = 0
    session_replay_used_cnt: Annotated[int, Field(alias="session_replay.used_cnt")] = 0
    session_measure_free_cnt: Annotated[int, Field(alias="session_measure.free_cnt")] = 0
    session_investigate_free_cnt: Annotated[int, Field(alias="session_investigate.free_cnt")] = 0
    session_replay_free_cnt: Annotated[int, Field(alias="session_replay.free_cnt")] = 0
    session_days: Annotated[int, Field(alias="session.days")] = 0
    view_days: Annotated[int, Field(alias="view.days")] = 0
    error_days: Annotated[int, Field(alias="error.days")] = 0
    action_days: Annotated[int, Field(alias="action.days")] = 0
    resource_days: Annotated[int, Field(alias="resource.days")] = 0
    long_task_days: Annotated[int, Field(alias="long_task.days")] = 0
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    created_at: int = 0
    """Creation time, Unix seconds; the first billing window starts here."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    window_start_time: int = 0
    """Start of the 30-day billing window now running, Unix seconds."""
    window_end_time: int = 0
    """End of the 30-day billing window now running, Unix seconds."""
    session_limit_reached: bool = False
    expired_at: int = 0
    """When an on-premises license runs out, Unix seconds; absent on SaaS accounts."""
