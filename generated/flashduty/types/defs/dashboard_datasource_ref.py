"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DashboardDatasourceRef(FlashdutyModel):
    """The data source a panel or variable queries, fixed or chosen by a datasource variable."""

    kind: Annotated[Literal["fixed", "variable"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`fixed` names `datasource_id`; `variable` names a datasource variable in `name`."""
    datasource_type: str = ""
    """Data source type, e.g. `prometheus` or `victorialogs`."""
    datasource_id: int = 0
    """Data source ID (`fixed` only)."""
    name: str = ""
    """Datasource variable name (`variable` only)."""
