"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import alert_grouping_case


class AlertGrouping(FlashdutyModel):
    """How a channel groups incoming alerts into incidents."""

    method: Annotated[Literal["i", "p", "n"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`i` intelligent (similarity), `p` by rule (`equals`/`cases`), `n` no grouping."""
    equals: Annotated[list[list[str]], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Default grouping keys for `p`: alternative sets of fields (`title`, `description`, `severity`, `labels.<name>`); alerts equal on every field of any one set join the same incident. Used when no case matches.
    """
    cases: Annotated[list[alert_grouping_case.AlertGroupingCase], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Conditional grouping keys for `p`, tried top to bottom; the first matching case wins."""
    all_equals_required: bool = False
    """When true, alerts where a grouping field is empty on both sides are not considered equal."""
    time_window: int = 0
    """
    Grouping window in minutes; 0 keeps merging until the incident closes. At most 1440 by default, up to 43200 on extended accounts.
    """
    window_type: Annotated[Literal["tumbling", "sliding"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Fixed (`tumbling`, the default) or `sliding` window."""
    storm_threshold: int = 0
    """Single storm-warning threshold; 0 disables. Use `storm_thresholds`."""
    storm_thresholds: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Alert counts at which a storm warning is raised for an incident; empty disables warnings."""
    i_keys: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Fields whose similarity intelligent grouping measures (`title`, `description` or `labels.<name>`). Left out, it uses `title`, `description`, `labels.service` and `labels.resource`.
    """
    i_score_threshold: float = 0.9
    """Similarity an alert needs to join an incident under intelligent grouping."""
