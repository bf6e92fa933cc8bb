"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OncallRole(FlashdutyModel):
    """A role a member can hold in an on-call group, such as primary or secondary."""

    id: int
    """Role ID, used as `role_id` in schedule groups."""
    name: str
    """Role name."""
    account_id: int
    """Account the role belongs to."""
    create_at: int
    """Creation time, Unix seconds; 0 for built-in roles."""
    create_by: int
    """Member who created it; 0 for built-in roles."""
    update_at: int
    """Last change, Unix seconds."""
    update_by: int
    """Member who last changed it."""
