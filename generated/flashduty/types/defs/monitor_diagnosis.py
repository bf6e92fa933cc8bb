"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel

from . import monitor_diagnose_evidence_window


class MonitorDiagnosis(FlashdutyModel):
    """
    What a diagnosis found. The window and source are typed; each entry of `results` (per analysis method, shaped differently for log patterns and metric trends) and `data_handling` are kept as the JSON objects sent, since the operation is retired and its nested shapes vary by method.
    """

    schema_version: Annotated[Literal["2"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Version of this answer's layout."""
    operation: Annotated[Literal["log_patterns", "metric_trends"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """The analysis that ran."""
    ds_type: str = ""
    """Type of the data source."""
    ds_name: str = ""
    """Name of the data source."""
    query: str = ""
    """The query the analysis ran."""
    window: monitor_diagnose_evidence_window.MonitorDiagnoseEvidenceWindow | None = None
    results: Annotated[list[dict[str, Any]], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """One entry per analysis method."""
    data_handling: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """How log data was sampled and redacted (log patterns only)."""
