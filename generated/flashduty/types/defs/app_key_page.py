"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import app_key
from .page import Page


class AppKeyPage(Page):
    """One page of personal APP keys."""

    items: Annotated[list[app_key.AppKey], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Keys on this page."""
