"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class RumApplicationLink(FlashdutyModel):
    """One outside system linked from matching RUM events."""

    id: str = ""
    """Identifier chosen by the client for this system."""
    name: str = ""
    """Name shown for the link."""
    icon_text: str = ""
    """Short text in the link's icon."""
    icon_color: str = ""
    """Colour of the icon, such as `#0F766E`."""
    url: str = ""
    """
    http(s) URL template; `${var}` placeholders are filled from the event. Not `format: uri` as the vendor declares: a template with placeholders is not a valid URI until filled.
    """
    event_types: Annotated[
        list[Literal["crash", "error", "view", "action", "resource", "session", "all"] | str],
        NULL_AS_EMPTY,
    ] = Field(default_factory=new_list)
    """Event types whose pages show the link."""
    enabled: bool = False
    """Whether this one link is shown."""
