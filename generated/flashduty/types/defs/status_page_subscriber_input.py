"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageSubscriberInput(FlashdutyModel):
    """A subscriber to import. It must follow at least one component or event, or set `all`."""

    recipient: str = ""
    """For a public page an email address; for an internal page a user ID."""
    component_ids: list[str] = []
    """Components to follow."""
    change_ids: list[int] = []
    """Individual events to follow."""
    all: bool = False
    """Follow every component; must be true when no component or event is given."""
    locale: str = ""
    """Language of their notifications, e.g. `en-US`; the request's language by default."""
