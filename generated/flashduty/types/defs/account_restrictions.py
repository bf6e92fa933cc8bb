"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class AccountRestrictions(FlashdutyModel):
    """Where members of the account may sign in from."""

    ips: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    email_domains: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    allow_subdomain: bool = False
