"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import person_info


class PersonInfoList(FlashdutyModel):
    """Profiles of the persons asked for."""

    items: list[person_info.PersonInfo] | None = None
    """One profile per person found."""
