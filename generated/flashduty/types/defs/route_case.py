"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import filter_condition


class RouteCase(FlashdutyModel):
    """
    A routing branch - when every condition of `if` holds, the alert goes to this branch's channels.
    """

    if_: Annotated[list[filter_condition.FilterCondition], Field(alias="if"), NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Conditions that must all match (logical AND)."""
    channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Target channels, for `standard` mode; leave empty in `name_mapping` mode."""
    fallthrough: bool = False
    """Keep evaluating later cases after this one matched; false stops at the first match."""
    routing_mode: Annotated[Literal["standard", "name_mapping"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """
    `standard` (the default when empty) routes to `channel_ids`; `name_mapping` routes to the channel named by a label of the alert.
    """
    name_mapping_label: str = ""
    """
    Required in `name_mapping` mode: the label that holds the name of the channel to route to, e.g. `labels.ChannelName`.
    """
