"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_remote_config_version


class RumRemoteConfigHistoryPage(FlashdutyModel):
    """One page of remote configuration versions."""

    items: Annotated[list[rum_remote_config_version.RumRemoteConfigVersion], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    total: int = 0
    """Versions in all."""
    has_next_page: bool = False
    """Whether another page follows."""
