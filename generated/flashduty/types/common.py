"""Models of the `common` area. Generated from spec/; do not edit."""

from .defs.duty_error import DutyError as DutyError
from .defs.envelope import Envelope as Envelope
from .defs.error_envelope import ErrorEnvelope as ErrorEnvelope
from .defs.page import Page as Page
from .defs.person_short import PersonShort as PersonShort

__all__ = ["DutyError", "Envelope", "ErrorEnvelope", "Page", "PersonShort"]
