"""Models of the `analytics` area. Generated from spec/; do not edit."""

from .defs.insight_alert_top import InsightAlertTop as InsightAlertTop
from .defs.insight_alert_top_list import InsightAlertTopList as InsightAlertTopList
from .defs.insight_incident import InsightIncident as InsightIncident
from .defs.insight_incident_page import InsightIncidentPage as InsightIncidentPage
from .defs.insight_metrics import InsightMetrics as InsightMetrics
from .defs.insight_metrics_list import InsightMetricsList as InsightMetricsList
from .defs.oncall_change_count import OncallChangeCount as OncallChangeCount
from .defs.oncall_change_count_list import OncallChangeCountList as OncallChangeCountList
from .defs.oncall_notification_count import OncallNotificationCount as OncallNotificationCount
from .defs.oncall_notification_count_list import (
    OncallNotificationCountList as OncallNotificationCountList,
)
from .defs.responder_insight_metrics import ResponderInsightMetrics as ResponderInsightMetrics
from .defs.responder_insight_metrics_list import (
    ResponderInsightMetricsList as ResponderInsightMetricsList,
)

__all__ = [
    "InsightAlertTop",
    "InsightAlertTopList",
    "InsightIncident",
    "InsightIncidentPage",
    "InsightMetrics",
    "InsightMetricsList",
    "OncallChangeCount",
    "OncallChangeCountList",
    "OncallNotificationCount",
    "OncallNotificationCountList",
    "ResponderInsightMetrics",
    "ResponderInsightMetricsList",
]
