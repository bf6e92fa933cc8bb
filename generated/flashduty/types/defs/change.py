"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import change_event


class Change(FlashdutyModel):
    """
    A change (deployment, configuration change…) built from the change events sharing one `change_key`.
    """

    change_id: str = ""
    """Change ID."""
    data_source_id: int = 0
    """
    Change integration that received it, under its older name; newer servers send `integration_id` instead.
    """
    data_source_name: str = ""
    """
    Name of that integration, under its older name; newer servers send `integration_name` instead.
    """
    title: str = ""
    """Title."""
    description: str = ""
    """Description."""
    change_key: str = ""
    """Key that folds change events into this change, usually a ticket number."""
    change_status: Annotated[
        Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Where a change stands."""
    start_time: int = 0
    """When it started, Unix seconds."""
    last_time: int = 0
    """When the latest event was folded in, Unix seconds."""
    end_time: int = 0
    """When it ended, Unix seconds; 0 while ongoing."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    account_id: int = 0
    """Account that owns the change."""
    integration_id: int = 0
    """Change integration that received it; newer name of `data_source_id`."""
    integration_name: str = ""
    """Name of that integration; newer name of `data_source_name`."""
    channel_id: int = 0
    """Channel the change is routed to."""
    channel_name: str = ""
    """Name of that channel."""
    channel_status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether that channel is enabled."""
    link: str = ""
    """URL of the change ticket in the system that reported it."""
    events: Annotated[list[change_event.ChangeEvent], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Its events, when `include_events` was set."""
