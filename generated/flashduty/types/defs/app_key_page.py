"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import app_key
from .page import Page


class AppKeyPage(Page):
    """One page of personal APP keys."""

    items: Annotated[list[app_key.AppKey], Field(validate_default=True)] = []
    """Keys on this page."""
