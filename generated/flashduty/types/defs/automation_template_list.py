"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import automation_template


class AutomationTemplateList(FlashdutyModel):
    """The built-in automation templates."""

    templates: Annotated[list[automation_template.AutomationTemplate], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Every template."""
