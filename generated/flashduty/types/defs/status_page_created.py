"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageCreated(FlashdutyModel):
    """A new status page."""

    page_id: int = 0
    page_name: str = ""
    page_url_name: str = ""
