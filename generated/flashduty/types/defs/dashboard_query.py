"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class DashboardQuery(FlashdutyModel):
    """A query expression and how to evaluate it."""

    expr: str = ""
    """Expression in the data source's language; may use `{{ }}` variables."""
    mode: Annotated[Literal["instant", "range", "window"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Evaluate at one instant, over a stepped range, or return raw rows of a window."""
    min_step_seconds: int | None = None
    """Smallest step in seconds (`range` only); null lets the server choose."""
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Named arguments, passed through as given."""
