"""Models of the `incidents` area. Generated from spec/; do not edit."""

from .defs.assigned_to import AssignedTo as AssignedTo
from .defs.comment_type import CommentType as CommentType
from .defs.comment_type_created import CommentTypeCreated as CommentTypeCreated
from .defs.comment_type_list import CommentTypeList as CommentTypeList
from .defs.custom_action_result import CustomActionResult as CustomActionResult
from .defs.external_incident_created import ExternalIncidentCreated as ExternalIncidentCreated
from .defs.feed_notify_chat import FeedNotifyChat as FeedNotifyChat
from .defs.feed_notify_person import FeedNotifyPerson as FeedNotifyPerson
from .defs.feed_notify_robot import FeedNotifyRobot as FeedNotifyRobot
from .defs.image import Image as Image
from .defs.incident import Incident as Incident
from .defs.incident_alert_page import IncidentAlertPage as IncidentAlertPage
from .defs.incident_brief import IncidentBrief as IncidentBrief
from .defs.incident_card import IncidentCard as IncidentCard
from .defs.incident_card_list import IncidentCardList as IncidentCardList
from .defs.incident_created import IncidentCreated as IncidentCreated
from .defs.incident_feed_ack_detail import IncidentFeedAckDetail as IncidentFeedAckDetail
from .defs.incident_feed_assign_detail import IncidentFeedAssignDetail as IncidentFeedAssignDetail
from .defs.incident_feed_comment_detail import (
    IncidentFeedCommentDetail as IncidentFeedCommentDetail,
)
from .defs.incident_feed_custom_action_detail import (
    IncidentFeedCustomActionDetail as IncidentFeedCustomActionDetail,
)
from .defs.incident_feed_empty_detail import IncidentFeedEmptyDetail as IncidentFeedEmptyDetail
from .defs.incident_feed_field_detail import IncidentFeedFieldDetail as IncidentFeedFieldDetail
from .defs.incident_feed_flapping_detail import (
    IncidentFeedFlappingDetail as IncidentFeedFlappingDetail,
)
from .defs.incident_feed_item import IncidentFeedItem as IncidentFeedItem
from .defs.incident_feed_merge_detail import IncidentFeedMergeDetail as IncidentFeedMergeDetail
from .defs.incident_feed_new_detail import IncidentFeedNewDetail as IncidentFeedNewDetail
from .defs.incident_feed_notify_detail import IncidentFeedNotifyDetail as IncidentFeedNotifyDetail
from .defs.incident_feed_page import IncidentFeedPage as IncidentFeedPage
from .defs.incident_feed_reopen_detail import IncidentFeedReopenDetail as IncidentFeedReopenDetail
from .defs.incident_feed_resolve_detail import (
    IncidentFeedResolveDetail as IncidentFeedResolveDetail,
)
from .defs.incident_feed_responders_detail import (
    IncidentFeedRespondersDetail as IncidentFeedRespondersDetail,
)
from .defs.incident_feed_severity_detail import (
    IncidentFeedSeverityDetail as IncidentFeedSeverityDetail,
)
from .defs.incident_feed_snooze_detail import IncidentFeedSnoozeDetail as IncidentFeedSnoozeDetail
from .defs.incident_feed_storm_detail import IncidentFeedStormDetail as IncidentFeedStormDetail
from .defs.incident_feed_title_detail import IncidentFeedTitleDetail as IncidentFeedTitleDetail
from .defs.incident_feed_wake_detail import IncidentFeedWakeDetail as IncidentFeedWakeDetail
from .defs.incident_feed_war_room_detail import (
    IncidentFeedWarRoomDetail as IncidentFeedWarRoomDetail,
)
from .defs.incident_page import IncidentPage as IncidentPage
from .defs.link_item import LinkItem as LinkItem
from .defs.notify_override import NotifyOverride as NotifyOverride
from .defs.past_incident import PastIncident as PastIncident
from .defs.past_incident_list import PastIncidentList as PastIncidentList
from .defs.responder import Responder as Responder
from .defs.service_desk_plus_request import ServiceDeskPlusRequest as ServiceDeskPlusRequest
from .defs.service_desk_plus_request_page import (
    ServiceDeskPlusRequestPage as ServiceDeskPlusRequestPage,
)
from .defs.work_item import WorkItem as WorkItem
from .defs.work_item_assignee import WorkItemAssignee as WorkItemAssignee
from .defs.work_item_page import WorkItemPage as WorkItemPage
from .defs.work_item_result import WorkItemResult as WorkItemResult

__all__ = [
    "AssignedTo",
    "CommentType",
    "CommentTypeCreated",
    "CommentTypeList",
    "CustomActionResult",
    "ExternalIncidentCreated",
    "FeedNotifyChat",
    "FeedNotifyPerson",
    "FeedNotifyRobot",
    "Image",
    "Incident",
    "IncidentAlertPage",
    "IncidentBrief",
    "IncidentCard",
    "IncidentCardList",
    "IncidentCreated",
    "IncidentFeedAckDetail",
    "IncidentFeedAssignDetail",
    "IncidentFeedCommentDetail",
    "IncidentFeedCustomActionDetail",
    "IncidentFeedEmptyDetail",
    "IncidentFeedFieldDetail",
    "IncidentFeedFlappingDetail",
    "IncidentFeedItem",
    "IncidentFeedMergeDetail",
    "IncidentFeedNewDetail",
    "IncidentFeedNotifyDetail",
    "IncidentFeedPage",
    "IncidentFeedReopenDetail",
    "IncidentFeedResolveDetail",
    "IncidentFeedRespondersDetail",
    "IncidentFeedSeverityDetail",
    "IncidentFeedSnoozeDetail",
    "IncidentFeedStormDetail",
    "IncidentFeedTitleDetail",
    "IncidentFeedWakeDetail",
    "IncidentFeedWarRoomDetail",
    "IncidentPage",
    "LinkItem",
    "NotifyOverride",
    "PastIncident",
    "PastIncidentList",
    "Responder",
    "ServiceDeskPlusRequest",
    "ServiceDeskPlusRequestPage",
    "WorkItem",
    "WorkItemAssignee",
    "WorkItemPage",
    "WorkItemResult",
]
