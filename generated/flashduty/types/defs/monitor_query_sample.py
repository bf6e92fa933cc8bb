"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MonitorQuerySample(FlashdutyModel):
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    value: float | Literal["NaN", "+Inf", "-Inf"] | str | None = None
