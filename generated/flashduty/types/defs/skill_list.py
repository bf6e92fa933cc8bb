"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import skill


class SkillList(FlashdutyModel):
    """One page of skills."""

    total: int = 0
    """Number of matches over all pages."""
    skills: Annotated[list[skill.Skill], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The skills of this page."""
