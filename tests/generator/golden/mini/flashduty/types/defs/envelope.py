"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from pydantic import Field
from ..._models import new_dict, FlashdutyModel


class Envelope(FlashdutyModel):
    request_id: str = ""
    data: Any = Field(default_factory=new_dict)
