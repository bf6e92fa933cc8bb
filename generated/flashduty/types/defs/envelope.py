"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from pydantic import Field
from ..._models import new_dict, FlashdutyModel


class Envelope(FlashdutyModel):
    """
    Successful response wrapper. `data` carries the operation's payload; each operation narrows it in its own 200 response.
    """

    request_id: str = ""
    """
    Identifier of this call, also sent as the `Flashcat-Request-Id` header. Quote it in support requests.
    """
    data: Any = Field(default_factory=new_dict)
    """The operation's payload."""
