"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .webhook_history import WebhookHistory


class WebhookHistoryDetail(WebhookHistory):
    """One delivery attempt with the names of what it refers to."""

    ref_title: str = ""
    """Title of the incident or alert."""
    channel_name: str = ""
    """Name of the channel."""
