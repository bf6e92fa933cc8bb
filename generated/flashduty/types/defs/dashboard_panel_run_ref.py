"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import dashboard_runtime_error


class DashboardPanelRunRef(FlashdutyModel):
    """The outcome of one query of a panel run."""

    ref_id: str = ""
    """Query letter within the panel."""
    state: Annotated[Literal["success", "error", "incompatible"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Outcome of the query."""
    child_request_id: str = ""
    """Request ID of the data source call, for tracing."""
    execution: dict[str, Any] | None = None
    """The data source's result, passed through unchanged."""
    error: dashboard_runtime_error.DashboardRuntimeError | None = None
