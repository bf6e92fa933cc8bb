"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel


class MonitorRecoveryQueryV2(FlashdutyModel):
    """The expression that decides recovery in the `*_match` recovery modes."""

    expr: str = ""
    """
    Threshold expression (`expression_match`) or query (`recovery_query_match`), e.g. `$A < 90`.
    """
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Source-specific parameters of the recovery query."""
    value_fields: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Numeric result fields the expression reads as `$A.<field>`."""
