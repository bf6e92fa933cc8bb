"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel

from . import account_restrictions


class Account(FlashdutyModel):
    """The account an APP key belongs to."""

    account_id: int = 0
    account_name: str = ""
    domain: str = ""
    extra_domains: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    phone: str = ""
    country_code: str = ""
    email: str = ""
    avatar: str = ""
    locale: str = ""
    time_zone: str = ""
    created_at: int = 0
    restrictions: account_restrictions.AccountRestrictions | None = None
    mp_plat: str = ""
    mp_account_id: str = ""
