"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class StatusPageSubscriberInput(FlashdutyModel):
    """A subscriber to import. It must follow at least one component or event, or set `all`."""

    recipient: str = ""
    """For a public page an email address; for an internal page a user ID."""
    component_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Components to follow."""
    change_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Individual events to follow."""
    all: bool = False
    """Follow every component; must be true when no component or event is given."""
    locale: str = ""
    """Language of their notifications, e.g. `en-US`; the request's language by default."""
