"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OncallRole(FlashdutyModel):
    """A role a member can hold in an on-call group, such as primary or secondary."""

    id: int = 0
    """Role ID, used as `role_id` in schedule groups."""
    name: str = ""
    """Role name."""
    account_id: int = 0
    """Account the role belongs to."""
    create_at: int = 0
    """Creation time, Unix seconds; 0 for built-in roles."""
    create_by: int = 0
    """Member who created it; 0 for built-in roles."""
    update_at: int = 0
    """Last change, Unix seconds."""
    update_by: int = 0
    """Member who last changed it."""
