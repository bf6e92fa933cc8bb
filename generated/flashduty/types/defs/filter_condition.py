"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class FilterCondition(FlashdutyModel):
    """
    One test on an alert or incident field. Several conditions in one `FilterAndGroup` must all hold.
    """

    key: str = ""
    """
    Field to test. Built-in fields by plain name (`title`, `description`, `severity`, `alert_severity`, `data_source_id`, `check`, `resource`…); labels with the `labels.` prefix, e.g. `labels.env`.
    """
    oper: Annotated[Literal["IN", "NOTIN"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`IN`: the value equals one of `vals`; `NOTIN`: it equals none of them."""
    vals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Values to compare with. Each is a literal, a wildcard (`*`, `?`), a regular expression between slashes (`/api-\\d+/`); routing conditions also accept `cidr:10.0.0.0/8` and numeric tests such as `num:lt:100`.
    """
