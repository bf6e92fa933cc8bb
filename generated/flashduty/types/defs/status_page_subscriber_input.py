"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageSubscriberInput(FlashdutyModel):
    """A subscriber to import. It must follow at least one component or event, or set `all`."""

    recipient: str
    """For a public page an email address; for an internal page a user ID."""
    component_ids: list[str] | None = None
    """Components to follow."""
    change_ids: list[int] | None = None
    """Individual events to follow."""
    all: bool | None = None
    """Follow every component; must be true when no component or event is given."""
    locale: str | None = None
    """Language of their notifications, e.g. `en-US`; the request's language by default."""
