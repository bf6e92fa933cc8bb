"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import app_key
from .page import Page


class AppKeyPage(Page):
    """One page of personal APP keys."""

    items: list[app_key.AppKey] | None
    """Keys on this page."""
