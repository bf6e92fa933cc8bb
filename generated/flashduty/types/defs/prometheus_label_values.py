"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class PrometheusLabelValues(FlashdutyModel):
    """
    A Prometheus HTTP API answer listing label values, passed through as the data source sent it.
    """

    status: str = ""
    """`success`, or `error` when the data source refused the query."""
    data: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The values the label takes."""
    warnings: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Warnings the data source added to a successful answer."""
    errorType: str = ""
    """Category of the failure, when `status` is `error`."""
    error: str = ""
    """The data source's message, when `status` is `error`."""
