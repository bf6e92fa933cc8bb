"""Models of the `common` area. Generated from spec/; do not edit."""

from .defs.envelope import Envelope as Envelope
from .defs.page import Page as Page

__all__ = ["Envelope", "Page"]
