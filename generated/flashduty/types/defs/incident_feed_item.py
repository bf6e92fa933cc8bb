"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import (
    incident_feed_ack_detail,
    incident_feed_assign_detail,
    incident_feed_comment_detail,
    incident_feed_custom_action_detail,
    incident_feed_empty_detail,
    incident_feed_field_detail,
    incident_feed_flapping_detail,
    incident_feed_merge_detail,
    incident_feed_new_detail,
    incident_feed_notify_detail,
    incident_feed_reopen_detail,
    incident_feed_resolve_detail,
    incident_feed_responders_detail,
    incident_feed_severity_detail,
    incident_feed_snooze_detail,
    incident_feed_storm_detail,
    incident_feed_title_detail,
    incident_feed_wake_detail,
    incident_feed_war_room_detail,
)


class IncidentFeedItem(FlashdutyModel):
    """
    One entry of an incident's timeline. The shape of `detail` depends on `type`; each `IncidentFeed*Detail` schema names the types it serves.
    """

    ref_id: str = ""
    """Incident or alert the entry is about."""
    type: Annotated[
        Literal[
            "i_new",
            "i_assign",
            "i_a_rspd",
            "i_notify",
            "i_storm",
            "i_snooze",
            "i_wake",
            "i_ack",
            "i_unack",
            "i_comm",
            "i_rslv",
            "i_reopen",
            "i_merge",
            "i_r_title",
            "i_r_desc",
            "i_r_impact",
            "i_r_rc",
            "i_r_rsltn",
            "i_r_severity",
            "i_r_field",
            "i_m_flapping",
            "i_m_reply",
            "i_custom",
            "i_wr_create",
            "i_wr_delete",
            "i_auto_refresh",
            "a_merge",
            "i_wi_created",
            "i_wi_updated",
            "i_wi_deleted",
            "i_wi_completed",
            "i_wi_converted",
            "i_wi_assignees",
            "i_wi_bound",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Kind of a timeline entry: `i_new` created, `i_assign` assigned, `i_a_rspd` responders added, `i_notify` notification sent, `i_storm` alert storm threshold reached, `i_snooze` / `i_wake` snoozed / woken, `i_ack` / `i_unack` acknowledged / unacknowledged, `i_comm` comment, `i_rslv` resolved, `i_reopen` reopened, `i_merge` incidents merged into it, `i_r_title`, `i_r_desc`, `i_r_impact`, `i_r_rc`, `i_r_rsltn`, `i_r_severity`, `i_r_field` a field changed, `i_m_flapping` muted for flapping, `i_m_reply` comment with replies muted, `i_custom` custom action run, `i_wr_create` / `i_wr_delete` war room opened / closed, `i_auto_refresh` chat card refreshed, `a_merge` an alert joined it, `i_wi_*` a work item was created, updated, deleted, completed, converted, reassigned or bound to a post-mortem.
    """
    detail: (
        incident_feed_new_detail.IncidentFeedNewDetail
        | incident_feed_assign_detail.IncidentFeedAssignDetail
        | incident_feed_responders_detail.IncidentFeedRespondersDetail
        | incident_feed_notify_detail.IncidentFeedNotifyDetail
        | incident_feed_storm_detail.IncidentFeedStormDetail
        | incident_feed_snooze_detail.IncidentFeedSnoozeDetail
        | incident_feed_wake_detail.IncidentFeedWakeDetail
        | incident_feed_ack_detail.IncidentFeedAckDetail
        | incident_feed_comment_detail.IncidentFeedCommentDetail
        | incident_feed_resolve_detail.IncidentFeedResolveDetail
        | incident_feed_reopen_detail.IncidentFeedReopenDetail
        | incident_feed_merge_detail.IncidentFeedMergeDetail
        | incident_feed_title_detail.IncidentFeedTitleDetail
        | incident_feed_severity_detail.IncidentFeedSeverityDetail
        | incident_feed_field_detail.IncidentFeedFieldDetail
        | incident_feed_flapping_detail.IncidentFeedFlappingDetail
        | incident_feed_custom_action_detail.IncidentFeedCustomActionDetail
        | incident_feed_war_room_detail.IncidentFeedWarRoomDetail
        | incident_feed_empty_detail.IncidentFeedEmptyDetail
        | None
    ) = None
    """What happened, shaped by `type`."""
    account_id: int = 0
    """Account."""
    creator_id: int = 0
    """Member who acted; 0 for the system."""
    created_at: int = 0
    """When it was recorded, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    deleted_at: int = 0
    """When it was deleted, Unix milliseconds; 0 if not."""
