"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class MonitorSLSConfig(FlashdutyModel):
    """Settings of an Alibaba Cloud Simple Log Service (SLS) data source."""

    access_key_id: str = ""
    """Alibaba Cloud AccessKey ID."""
    access_key_secret: Annotated[str, Field(repr=False)] = ""
    """Alibaba Cloud AccessKey secret."""
    headers: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Extra HTTP headers."""
