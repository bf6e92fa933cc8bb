"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class MonitorRuleSet(FlashdutyModel):
    """
    A set of rule templates in the rule repository, shared privately, account-wide or publicly.
    """

    id: int = 0
    """Rule set ID."""
    type_ident: str = ""
    """Data source type the rules are written for, e.g. `prometheus`."""
    note: str = ""
    """Title or description of the set."""
    open_flag: Literal[0, 1, 2] = 0
    """Who sees a rule set - `0` only its creator, `1` the creator's account, `2` everyone."""
    payload: str = ""
    """The rule definitions as a JSON string; lists leave it out."""
    creator_account_id: int = 0
    """Account of the creator."""
    creator_id: int = 0
    """Member who created the set."""
    creator_name: str = ""
    """Name of that member."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
