"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import automation_preflight, automation_run_ref


class AutomationManualRun(FlashdutyModel):
    """The outcome of starting an automation rule by hand."""

    rule_id: str = ""
    """ID of the automation rule (`arule_...`)."""
    trigger_kind: Annotated[Literal["manual"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Always `manual` here."""
    preflight: automation_preflight.AutomationPreflight | None = None
    run: automation_run_ref.AutomationRunRef | None = None
