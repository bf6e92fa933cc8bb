"""`client.incidents`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack, deprecated

    from .._types import RequestOptions
    from .incidents_post_mortems import IncidentsPostMortems, AsyncIncidentsPostMortems
    from .incidents_war_rooms import IncidentsWarRooms, AsyncIncidentsWarRooms
    from .incidents_card_views import IncidentsCardViews, AsyncIncidentsCardViews
    from .incidents_comment_types import IncidentsCommentTypes, AsyncIncidentsCommentTypes
    from .incidents_service_desk_plus import IncidentsServiceDeskPlus, AsyncIncidentsServiceDeskPlus
    from .incidents_work_items import IncidentsWorkItems, AsyncIncidentsWorkItems
    from ..types.defs.alert import Alert
    from ..types.defs.assigned_to import AssignedTo
    from ..types.defs.custom_action_result import CustomActionResult
    from ..types.defs.external_incident_created import ExternalIncidentCreated
    from ..types.defs.image import Image
    from ..types.defs.incident import Incident
    from ..types.defs.incident_alert_page import IncidentAlertPage
    from ..types.defs.incident_card_list import IncidentCardList
    from ..types.defs.incident_created import IncidentCreated
    from ..types.defs.incident_feed_item import IncidentFeedItem
    from ..types.defs.incident_feed_page import IncidentFeedPage
    from ..types.defs.incident_page import IncidentPage
    from ..types.defs.notify_override import NotifyOverride
    from ..types.defs.past_incident_list import PastIncidentList
else:
    from .._deprecation import deprecated

_TYPES = TypeNames(
    __name__,
    {
        "Alert": "defs.alert",
        "AssignedTo": "defs.assigned_to",
        "CustomActionResult": "defs.custom_action_result",
        "ExternalIncidentCreated": "defs.external_incident_created",
        "Image": "defs.image",
        "Incident": "defs.incident",
        "IncidentAlertPage": "defs.incident_alert_page",
        "IncidentCardList": "defs.incident_card_list",
        "IncidentCreated": "defs.incident_created",
        "IncidentFeedItem": "defs.incident_feed_item",
        "IncidentFeedPage": "defs.incident_feed_page",
        "IncidentPage": "defs.incident_page",
        "NotifyOverride": "defs.notify_override",
        "PastIncidentList": "defs.past_incident_list",
    },
)

__all__ = ["Incidents", "AsyncIncidents"]

_INFO: Endpoint[Incident] = Endpoint(
    "POST", "/incident/info", kind="model", data="Incident", types=_TYPES, idempotent=True
)
_LIST: Endpoint[IncidentPage] = Endpoint(
    "POST",
    "/incident/list",
    kind="page",
    data="IncidentPage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_ACK: Endpoint[None] = Endpoint(
    "POST", "/incident/ack", kind="none", types=_TYPES, models={"images": ("Image", "l")}
)
_LIST_BY_IDS: Endpoint[IncidentPage] = Endpoint(
    "POST",
    "/incident/list-by-ids",
    kind="model",
    data="IncidentPage",
    types=_TYPES,
    idempotent=True,
)
_LIST_ALERTS: Endpoint[IncidentAlertPage] = Endpoint(
    "POST",
    "/incident/alert/list",
    kind="page",
    data="IncidentAlertPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_FEED: Endpoint[IncidentFeedPage] = Endpoint(
    "POST",
    "/incident/feed",
    kind="page",
    data="IncidentFeedPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_LIST_PAST: Endpoint[PastIncidentList] = Endpoint(
    "POST",
    "/incident/past/list",
    kind="model",
    data="PastIncidentList",
    types=_TYPES,
    idempotent=True,
    limits=(20, 100),
)
_CREATE: Endpoint[IncidentCreated] = Endpoint(
    "POST",
    "/incident/create",
    kind="model",
    data="IncidentCreated",
    types=_TYPES,
    models={"assigned_to": ("AssignedTo", "")},
)
_UNACK: Endpoint[None] = Endpoint("POST", "/incident/unack", kind="none")
_RESOLVE: Endpoint[None] = Endpoint(
    "POST", "/incident/resolve", kind="none", types=_TYPES, models={"images": ("Image", "l")}
)
_REOPEN: Endpoint[None] = Endpoint("POST", "/incident/reopen", kind="none")
_SNOOZE: Endpoint[None] = Endpoint("POST", "/incident/snooze", kind="none")
_WAKE: Endpoint[None] = Endpoint("POST", "/incident/wake", kind="none")
_MERGE: Endpoint[None] = Endpoint("POST", "/incident/merge", kind="none")
_DISABLE_MERGE: Endpoint[None] = Endpoint("POST", "/incident/disable-merge", kind="none")
_UPDATE: Endpoint[None] = Endpoint("POST", "/incident/reset", kind="none")
_DELETE: Endpoint[None] = Endpoint("POST", "/incident/remove", kind="none")
_COMMENT: Endpoint[None] = Endpoint("POST", "/incident/comment", kind="none")
_ASSIGN: Endpoint[None] = Endpoint(
    "POST",
    "/incident/assign",
    kind="none",
    types=_TYPES,
    models={"assigned_to": ("AssignedTo", "")},
)
_ADD_RESPONDERS: Endpoint[None] = Endpoint(
    "POST",
    "/incident/responder/add",
    kind="none",
    types=_TYPES,
    models={"notify": ("NotifyOverride", "")},
)
_UPDATE_FIELD: Endpoint[None] = Endpoint("POST", "/incident/field/reset", kind="none")
_RUN_CUSTOM_ACTION: Endpoint[CustomActionResult] = Endpoint(
    "POST", "/incident/custom-action/do", kind="model", data="CustomActionResult", types=_TYPES
)
_UPDATE_TITLE: Endpoint[None] = Endpoint("POST", "/incident/title/reset", kind="none")
_UPDATE_DESCRIPTION: Endpoint[None] = Endpoint("POST", "/incident/description/reset", kind="none")
_UPDATE_IMPACT: Endpoint[None] = Endpoint("POST", "/incident/impact/reset", kind="none")
_UPDATE_ROOT_CAUSE: Endpoint[None] = Endpoint("POST", "/incident/root-cause/reset", kind="none")
_UPDATE_RESOLUTION: Endpoint[None] = Endpoint("POST", "/incident/resolution/reset", kind="none")
_UPDATE_SEVERITY: Endpoint[None] = Endpoint("POST", "/incident/severity/reset", kind="none")
_LIST_BY_CARD: Endpoint[IncidentCardList] = Endpoint(
    "POST",
    "/incident/list-by-card",
    kind="model",
    data="IncidentCardList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
)
_CREATE_EXTERNAL: Endpoint[ExternalIncidentCreated] = Endpoint(
    "POST",
    "/incident/external-create",
    kind="model",
    data="ExternalIncidentCreated",
    types=_TYPES,
    auth="none",
    query=("token",),
    multipart=True,
)


class Incidents(SyncResource):
    """Operations under `client.incidents`."""

    @cached_property
    def post_mortems(self) -> IncidentsPostMortems:
        from .incidents_post_mortems import IncidentsPostMortems

        return IncidentsPostMortems(self._client)

    @cached_property
    def war_rooms(self) -> IncidentsWarRooms:
        from .incidents_war_rooms import IncidentsWarRooms

        return IncidentsWarRooms(self._client)

    @cached_property
    def card_views(self) -> IncidentsCardViews:
        from .incidents_card_views import IncidentsCardViews

        return IncidentsCardViews(self._client)

    @cached_property
    def comment_types(self) -> IncidentsCommentTypes:
        from .incidents_comment_types import IncidentsCommentTypes

        return IncidentsCommentTypes(self._client)

    @cached_property
    def service_desk_plus(self) -> IncidentsServiceDeskPlus:
        from .incidents_service_desk_plus import IncidentsServiceDeskPlus

        return IncidentsServiceDeskPlus(self._client)

    @cached_property
    def work_items(self) -> IncidentsWorkItems:
        from .incidents_work_items import IncidentsWorkItems

        return IncidentsWorkItems(self._client)

    def info(
        self, *, incident_id: str, num: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> Incident:
        """Get one incident.

        Returns an incident with its responders, labels, custom fields and assignment.

        Permission: Incidents Read.
        HTTP: POST /incident/info

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            num: Short incident number shown in the console, instead of `incident_id`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "num": num}
        return self._client.request(_INFO, args, **options)

    def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        asc: bool | Omit = OMIT,
        is_snoozed: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_channel: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        is_rare: bool | Omit = OMIT,
        progress: str | Omit = OMIT,
        query: str | Omit = OMIT,
        incident_severity: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        acker_ids: SequenceNotStr[int] | Omit = OMIT,
        creator_ids: SequenceNotStr[int] | Omit = OMIT,
        closer_ids: SequenceNotStr[int] | Omit = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        nums: SequenceNotStr[str] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Incident, IncidentPage]:
        """List incidents.

        Lists incidents that started inside a time window of at most 31 days, filtered
        by channel, team, people, progress and severity. Pages with `p` and `limit`, or
        with the `search_after_ctx` cursor for deep walks.

        Permission: Incidents Read.
        HTTP: POST /incident/list

        Args:
            start_time: Lower bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            end_time: Upper bound of the time range, Unix seconds; after `start_time`,
                by 31 days at most. An aware `datetime` is accepted too.
            asc: Oldest first when true.
            is_snoozed: Only snoozed incidents when true.
            is_my_team: Only incidents of channels owned by the caller's teams when
                true.
            is_my_channel: Only incidents of channels the caller manages when true.
            ever_muted: Only incidents that were silenced at some point when true.
            is_rare: Only rarely seen (outlier) incidents when true.
            progress: Progress states to match, comma separated, e.g.
                `Triggered,Processing`.
            query: Full-text search.
            incident_severity: Severities to match, comma separated, e.g.
                `Critical,Warning`.
            channel_ids: Channels to match; 0 stands for incidents outside any channel.
            team_ids: Teams whose channels to match.
            responder_ids: Responders to match.
            acker_ids: Members who acknowledged, to match.
            creator_ids: Creators to match; 0 stands for incidents the system opened.
            closer_ids: Closers to match; 0 stands for incidents the system closed.
            incident_ids: Only these incidents.
            nums: Only incidents with these short numbers.
            p: Page number, from 1.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "asc": asc,
            "is_snoozed": is_snoozed,
            "is_my_team": is_my_team,
            "is_my_channel": is_my_channel,
            "ever_muted": ever_muted,
            "is_rare": is_rare,
            "progress": progress,
            "query": query,
            "incident_severity": incident_severity,
            "channel_ids": channel_ids,
            "team_ids": team_ids,
            "responder_ids": responder_ids,
            "acker_ids": acker_ids,
            "creator_ids": creator_ids,
            "closer_ids": closer_ids,
            "incident_ids": incident_ids,
            "nums": nums,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return sync_page(self._client, _LIST, args, options)

    def ack(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        images: SequenceNotStr[Image | Mapping[str, Any]] | Omit = OMIT,
        custom_fields: Mapping[str, Any] | Omit = OMIT,
        summary: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Acknowledge incidents.

        Marks incidents as being handled by the caller, which stops further escalation.

        Permission: Incidents Manage.
        HTTP: POST /incident/ack

        Args:
            incident_ids: Incidents to acknowledge.
            images: Images to attach to the timeline entry.
            custom_fields: Custom field values to set at the same time, by field name.
            summary: Short note recorded with the change.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_ids": incident_ids,
            "images": images,
            "custom_fields": custom_fields,
            "summary": summary,
        }
        return self._client.request(_ACK, args, **options)

    def list_by_ids(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> IncidentPage:
        """Get several incidents by ID.

        Fetches the incidents with the given IDs in one call, each in the same shape as
        `incidents.info`.

        Permission: Incidents Read.
        HTTP: POST /incident/list-by-ids

        Args:
            incident_ids: Incidents to fetch.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids}
        return self._client.request(_LIST_BY_IDS, args, **options)

    def list_alerts(
        self,
        *,
        incident_id: str,
        include_events: bool | Omit = OMIT,
        is_active: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Alert, IncidentAlertPage]:
        """List an incident's alerts.

        Lists the alerts grouped into one incident, optionally only the firing or only
        the recovered ones, and optionally with their raw events. Pages with `p` and
        `limit` (up to 1000 per page).

        Permission: Incidents Read.
        HTTP: POST /incident/alert/list

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            include_events: Also return each alert's raw events in `events` when true.
            is_active: True for firing alerts only (Critical, Warning, Info), false for
                recovered ones only (Ok); omit for both.
            p: Page number, from 1.
            limit: Page size, at most 1000.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_id": incident_id,
            "include_events": include_events,
            "is_active": is_active,
            "p": p,
            "limit": limit,
        }
        return sync_page(self._client, _LIST_ALERTS, args, options)

    def feed(
        self,
        *,
        incident_id: str,
        types: (
            SequenceNotStr[
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
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[IncidentFeedItem, IncidentFeedPage]:
        """Read an incident's timeline.

        Returns the timeline of one incident - state changes, assignments,
        notifications, comments, field edits and more - newest first unless `asc` is
        set. Filter by entry kind with `types`. Pages with `p` and `limit`; the response
        has `has_next_page` but no total. Entry times are in milliseconds.

        Permission: Incidents Read.
        HTTP: POST /incident/feed

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            types: Only entries of these kinds; omit for all.
            asc: Oldest first when true.
            p: Page number, from 1.
            limit: Page size, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "types": types, "asc": asc, "p": p, "limit": limit}
        return sync_page(self._client, _FEED, args, options)

    def list_past(
        self, *, incident_id: str, limit: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> PastIncidentList:
        """Find similar past incidents.

        Returns earlier incidents that resemble the given one, ranked by a similarity
        score, to help with triage. Rate limited more tightly than most calls: 20 per
        second and 100 per minute.

        Permission: Incidents Read.
        Rate limit: 20 per second, 100 per minute.
        HTTP: POST /incident/past/list

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            limit: Most incidents to return, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "limit": limit}
        return self._client.request(_LIST_PAST, args, **options)

    def create(
        self,
        *,
        incident_severity: Literal["Critical", "Warning", "Info"] | EnumValue,
        fields: Mapping[str, Any] | Omit = OMIT,
        title: str | Omit = OMIT,
        description: str | Omit = OMIT,
        channel_id: int | Omit = OMIT,
        assigned_to: AssignedTo | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IncidentCreated:
        """Create an incident.

        Opens an incident by hand, optionally in a channel and assigned to members or an
        escalation rule. Without `assigned_to`, the channel's escalation rules decide
        who is notified.

        Permission: Incidents Manage.
        HTTP: POST /incident/create

        Args:
            incident_severity: How serious an incident is.
            fields: Custom field values of the new incident, by field name.
            title: Title, up to 512 characters.
            description: Description in plain text or Markdown, up to 1024 characters.
            channel_id: Channel to open it in; omit for an incident outside any channel.
            assigned_to: Who an incident is assigned to, directly or through an
                escalation rule. In requests give `person_ids` (or `emails`) for a
                direct assignment, or `escalate_rule_id` (and optionally `layer_idx`) to
                follow a rule.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_severity": incident_severity,
            "fields": fields,
            "title": title,
            "description": description,
            "channel_id": channel_id,
            "assigned_to": assigned_to,
        }
        return self._client.request(_CREATE, args, **options)

    def unack(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Withdraw acknowledgement of incidents.

        Takes back the acknowledgement of incidents, undoing `incidents.ack`.

        Permission: Incidents Manage.
        HTTP: POST /incident/unack

        Args:
            incident_ids: Up to 100 incidents to unacknowledge.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids}
        return self._client.request(_UNACK, args, **options)

    def resolve(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        images: SequenceNotStr[Image | Mapping[str, Any]] | Omit = OMIT,
        custom_fields: Mapping[str, Any] | Omit = OMIT,
        summary: str | Omit = OMIT,
        description: str | None | Omit = OMIT,
        root_cause: str | Omit = OMIT,
        resolution: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Resolve incidents.

        Closes incidents. A root cause and a resolution may be recorded at the same
        time; both are written to every incident in the call.

        Permission: Incidents Manage.
        HTTP: POST /incident/resolve

        Args:
            incident_ids: Up to 100 incidents to resolve.
            images: Images to attach to the timeline entry.
            custom_fields: Custom field values to set at the same time, by field name.
            summary: Short note recorded with the change.
            description: New description of the incident, set while resolving it.
            root_cause: Root cause to record, up to 1024 characters.
            resolution: How it was fixed, up to 1024 characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_ids": incident_ids,
            "images": images,
            "custom_fields": custom_fields,
            "summary": summary,
            "description": description,
            "root_cause": root_cause,
            "resolution": resolution,
        }
        return self._client.request(_RESOLVE, args, **options)

    def reopen(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        reason: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reopen incidents.

        Opens closed incidents again; the optional reason shows on their timelines.

        Permission: Incidents Manage.
        HTTP: POST /incident/reopen

        Args:
            incident_ids: Up to 100 incidents to reopen.
            reason: Why they are reopened, up to 1024 characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids, "reason": reason}
        return self._client.request(_REOPEN, args, **options)

    def snooze(
        self, *, incident_ids: SequenceNotStr[str], minutes: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Snooze incidents.

        Pauses notifications for incidents for a number of minutes (1 to 1440).
        `incidents.wake` ends the pause early.

        Permission: Incidents Manage.
        HTTP: POST /incident/snooze

        Args:
            incident_ids: Up to 100 incidents to snooze.
            minutes: How long to pause, in minutes; more than 0 and at most 1440 (a
                day).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids, "minutes": minutes}
        return self._client.request(_SNOOZE, args, **options)

    def wake(self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]) -> None:
        """Wake snoozed incidents.

        Ends the snooze of incidents so their notifications resume.

        Permission: Incidents Manage.
        HTTP: POST /incident/wake

        Args:
            incident_ids: Up to 100 incidents to wake.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids}
        return self._client.request(_WAKE, args, **options)

    def merge(
        self,
        *,
        source_incident_ids: SequenceNotStr[str],
        target_incident_id: str,
        title: str | Omit = OMIT,
        comment: str | Omit = OMIT,
        owner_id: int | Omit = OMIT,
        remove_source_incidents: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Merge incidents into another.

        Moves the source incidents into a target incident. The sources are closed, or
        deleted when `remove_source_incidents` is true. The target may get a new title
        and owner at the same time. The target is dropped from the sources if listed
        there.

        Permission: Incidents Manage.
        HTTP: POST /incident/merge

        Args:
            source_incident_ids: Up to 100 incidents to merge in.
            target_incident_id: Incident ID, 24 hexadecimal characters.
            title: New title for the target, up to 512 characters.
            comment: Comment for the merge entry of the timeline, up to 1024 characters.
            owner_id: New owning member of the target.
            remove_source_incidents: Delete the source incidents instead of closing them
                when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "source_incident_ids": source_incident_ids,
            "target_incident_id": target_incident_id,
            "title": title,
            "comment": comment,
            "owner_id": owner_id,
            "remove_source_incidents": remove_source_incidents,
        }
        return self._client.request(_MERGE, args, **options)

    def disable_merge(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Stop new alerts merging into incidents.

        Turns off automatic merging for incidents, so later alerts no longer join them.

        Permission: Incidents Manage.
        HTTP: POST /incident/disable-merge

        Args:
            incident_ids: Incidents to stop merging into.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids}
        return self._client.request(_DISABLE_MERGE, args, **options)

    def update(
        self,
        *,
        incident_id: str,
        title: str | Omit = OMIT,
        description: str | Omit = OMIT,
        impact: str | Omit = OMIT,
        root_cause: str | Omit = OMIT,
        resolution: str | Omit = OMIT,
        incident_severity: Literal["Critical", "Warning", "Info"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an incident.

        Changes the title, description, impact, root cause, resolution or severity of an
        incident. Only the fields sent are changed, and at least one must be sent.
        Custom fields are changed with `incidents.update_field`.

        Permission: Incidents Manage.
        HTTP: POST /incident/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            title: Replacement title of 3-200 characters.
            description: Replacement description of 3-6144 characters.
            impact: New impact statement, 3 to 6144 characters.
            root_cause: New root cause, 3 to 6144 characters.
            resolution: New resolution notes, 3 to 6144 characters.
            incident_severity: How serious an incident is.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_id": incident_id,
            "title": title,
            "description": description,
            "impact": impact,
            "root_cause": root_cause,
            "resolution": resolution,
            "incident_severity": incident_severity,
        }
        return self._client.request(_UPDATE, args, **options)

    def delete(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete incidents.

        Deletes incidents for good, with everything attached to them. The caller needs
        access to the channel of every incident in the call.

        Permission: Incidents Manage.
        HTTP: POST /incident/remove

        Args:
            incident_ids: Up to 100 incidents to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids}
        return self._client.request(_DELETE, args, **options)

    def comment(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        comment_type_id: str | None | Omit = OMIT,
        comment: str | Omit = OMIT,
        mute_reply: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Comment on incidents.

        Adds the same comment to the timeline of each incident. Set `mute_reply` to keep
        the comment from triggering webhook reply actions.

        Permission: Incidents Manage.
        HTTP: POST /incident/comment

        Args:
            incident_ids: Up to 100 incidents to comment on.
            comment_type_id: Label of the comment, from `incidents.comment_types.list`.
            comment: Comment text, up to 1024 characters.
            mute_reply: If true, posting the comment fires no webhook reply actions.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_ids": incident_ids,
            "comment_type_id": comment_type_id,
            "comment": comment,
            "mute_reply": mute_reply,
        }
        return self._client.request(_COMMENT, args, **options)

    def assign(
        self,
        *,
        assigned_to: AssignedTo | Mapping[str, Any],
        incident_id: str | Omit = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign incidents.

        Hands incidents to members directly, or to an escalation rule (optionally
        starting at a given level). Give either `incident_id` or `incident_ids`; when
        both are sent, `incident_ids` wins.

        Permission: Incidents Manage.
        HTTP: POST /incident/assign

        Args:
            assigned_to: Who an incident is assigned to, directly or through an
                escalation rule. In requests give `person_ids` (or `emails`) for a
                direct assignment, or `escalate_rule_id` (and optionally `layer_idx`) to
                follow a rule.
            incident_id: Incident ID, 24 hexadecimal characters.
            incident_ids: Several incidents to assign at once, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "assigned_to": assigned_to,
            "incident_id": incident_id,
            "incident_ids": incident_ids,
        }
        return self._client.request(_ASSIGN, args, **options)

    def add_responders(
        self,
        *,
        incident_id: str,
        person_ids: SequenceNotStr[int],
        notify: NotifyOverride | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add responders to an incident.

        Brings more members onto an incident. They are notified according to their own
        preferences unless `notify` says otherwise.

        Permission: Incidents Manage.
        HTTP: POST /incident/responder/add

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            person_ids: Members to add.
            notify: How to notify the people an assignment reaches. Omit it to let each
                person's own notification preferences decide.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "person_ids": person_ids, "notify": notify}
        return self._client.request(_ADD_RESPONDERS, args, **options)

    def update_field(
        self,
        *,
        incident_id: str,
        field_name: str,
        field_value: Any | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set an incident's custom field value.

        Sets one custom field of an incident. The value must fit the field's definition;
        leaving `field_value` out clears the field.

        Permission: Incidents Manage.
        HTTP: POST /incident/field/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            field_name: Name of a custom field defined in the account.
            field_value: New value, of the field's type (text, number, boolean,
                list...); omit to clear the field.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "field_name": field_name, "field_value": field_value}
        return self._client.request(_UPDATE_FIELD, args, **options)

    def run_custom_action(
        self, *, incident_id: str, integration_id: int, **options: Unpack[RequestOptions]
    ) -> CustomActionResult:
        """Run a custom action on an incident.

        Runs a custom action integration against an incident; Flashduty calls the
        action's endpoint with the incident. The integration has to be switched on and
        linked to the incident's channel. A failed call is reported in `message`, not as
        an error.

        Permission: Incidents Manage.
        HTTP: POST /incident/custom-action/do

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            integration_id: Custom action integration to run.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "integration_id": integration_id}
        return self._client.request(_RUN_CUSTOM_ACTION, args, **options)

    @deprecated("incidents.update_title is deprecated; use client.incidents.update instead")
    def update_title(
        self, *, incident_id: str, title: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the title of an incident.

        Replaces the title of one incident. Deprecated: use `incidents.update`, which
        changes this and the other editable fields in one call.

        Deprecated: use `client.incidents.update` instead.

        HTTP: POST /incident/title/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            title: New title.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "title": title}
        return self._client.request(_UPDATE_TITLE, args, **options)

    @deprecated("incidents.update_description is deprecated; use client.incidents.update instead")
    def update_description(
        self, *, incident_id: str, description: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the description of an incident.

        Replaces the description of one incident. Deprecated: use `incidents.update`,
        which changes this and the other editable fields in one call.

        Deprecated: use `client.incidents.update` instead.

        HTTP: POST /incident/description/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            description: New description, plain text or Markdown.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "description": description}
        return self._client.request(_UPDATE_DESCRIPTION, args, **options)

    @deprecated("incidents.update_impact is deprecated; use client.incidents.update instead")
    def update_impact(
        self, *, incident_id: str, impact: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the impact of an incident.

        Replaces the impact statement of one incident. Deprecated: use
        `incidents.update`, which changes this and the other editable fields in one
        call.

        Deprecated: use `client.incidents.update` instead.

        HTTP: POST /incident/impact/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            impact: New impact statement.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "impact": impact}
        return self._client.request(_UPDATE_IMPACT, args, **options)

    @deprecated("incidents.update_root_cause is deprecated; use client.incidents.update instead")
    def update_root_cause(
        self, *, incident_id: str, root_cause: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the root cause of an incident.

        Replaces the root cause of one incident. Deprecated: use `incidents.update`,
        which changes this and the other editable fields in one call.

        Deprecated: use `client.incidents.update` instead.

        HTTP: POST /incident/root-cause/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            root_cause: New root cause.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "root_cause": root_cause}
        return self._client.request(_UPDATE_ROOT_CAUSE, args, **options)

    @deprecated("incidents.update_resolution is deprecated; use client.incidents.update instead")
    def update_resolution(
        self, *, incident_id: str, resolution: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the resolution of an incident.

        Replaces the resolution notes of one incident. Deprecated: use
        `incidents.update`, which changes this and the other editable fields in one
        call.

        Deprecated: use `client.incidents.update` instead.

        HTTP: POST /incident/resolution/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            resolution: New resolution notes.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "resolution": resolution}
        return self._client.request(_UPDATE_RESOLUTION, args, **options)

    @deprecated("incidents.update_severity is deprecated; use client.incidents.update instead")
    def update_severity(
        self,
        *,
        incident_id: str,
        incident_severity: Literal["Critical", "Warning", "Info"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set the severity of an incident.

        Replaces the severity of one incident. Deprecated: use `incidents.update`, which
        changes this and the other editable fields in one call.

        Deprecated: use `client.incidents.update` instead.

        HTTP: POST /incident/severity/reset

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            incident_severity: How serious an incident is.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "incident_severity": incident_severity}
        return self._client.request(_UPDATE_SEVERITY, args, **options)

    def list_by_card(
        self,
        *,
        view_id: str,
        start_time: int | datetime,
        end_time: int | datetime,
        range_by: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        progress: str | Omit = OMIT,
        title: str | Omit = OMIT,
        incident_severity: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        acker_ids: SequenceNotStr[int] | Omit = OMIT,
        creator_ids: SequenceNotStr[int] | Omit = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        is_related: bool | Omit = OMIT,
        is_snoozed: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        labels: Mapping[str, SequenceNotStr[str]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IncidentCardList:
        """Group incidents by the cards of a card view.

        Applies a saved card view to the incidents of a time window (at most one month)
        and returns its cards, each with the IDs of the incidents it holds. Only the
        first 100 matching incidents are grouped. Card views themselves are managed
        under `/incident/card-view/`.

        HTTP: POST /incident/list-by-card

        Args:
            view_id: Card view to apply.
            start_time: Lower bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            end_time: Upper bound of the time range, Unix seconds; no more than one
                month past `start_time`. An aware `datetime` is accepted too.
            range_by: Time field the window applies to: `last_time` (the default),
                `start_time` or `updated_at`.
            asc: Oldest first when true.
            progress: Progress states to match, comma separated: `Triggered,Processing`
                for open incidents, `Triggered`, `Processing` or `Closed`; omit for all.
            title: Text the title must contain.
            incident_severity: Severities to match, comma separated, from `Critical`,
                `Warning` and `Info`.
            channel_ids: Channels to match; 0 stands for incidents outside any channel.
            responder_ids: Responders to match, including members assigned who have not
                acknowledged.
            acker_ids: Members who acknowledged, to match.
            creator_ids: Creators to match; 0 stands for incidents grouped by the
                system.
            incident_ids: Only these incidents.
            is_related: Only incidents the caller created, closed, was assigned to or
                responded to when true.
            is_snoozed: Only incidents snoozed right now when true, whatever the window.
            is_my_team: Only incidents of channels owned by the caller's teams when
                true.
            labels: Label filter: label key to accepted values; any value matches. A
                value may be exact, a wildcard such as `sh-*`, or a regular expression
                between slashes such as `/api-server-\\d+/`. Keys are combined with AND.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "view_id": view_id,
            "start_time": start_time,
            "end_time": end_time,
            "range_by": range_by,
            "asc": asc,
            "progress": progress,
            "title": title,
            "incident_severity": incident_severity,
            "channel_ids": channel_ids,
            "responder_ids": responder_ids,
            "acker_ids": acker_ids,
            "creator_ids": creator_ids,
            "incident_ids": incident_ids,
            "is_related": is_related,
            "is_snoozed": is_snoozed,
            "is_my_team": is_my_team,
            "labels": labels,
        }
        return self._client.request(_LIST_BY_CARD, args, **options)

    def create_external(
        self,
        *,
        token: str,
        title: str,
        description: str,
        reporter_email: str,
        captcha_verify_param: str,
        reporter_company: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ExternalIncidentCreated:
        """Report an incident from outside the account.

        Backs the public incident-report form: anyone holding the form's report `token`
        can open an incident, without an APP key. The form data must include the
        reporter's work email and an Alibaba Cloud captcha answer
        (`captcha_verify_param`), so this call is meant for browsers rather than
        scripts.

        HTTP: POST /incident/external-create

        Args:
            token: Report token of the incident-report form.
            title: Title.
            description: What is going on.
            reporter_email: Work email of the reporter.
            captcha_verify_param: Answer of the Alibaba Cloud captcha shown by the form.
            reporter_company: Company of the reporter.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "token": token,
            "title": title,
            "description": description,
            "reporter_email": reporter_email,
            "captcha_verify_param": captcha_verify_param,
            "reporter_company": reporter_company,
        }
        return self._client.request(_CREATE_EXTERNAL, args, **options)


class AsyncIncidents(AsyncResource):
    """Operations under `client.incidents`."""

    @cached_property
    def post_mortems(self) -> AsyncIncidentsPostMortems:
        from .incidents_post_mortems import AsyncIncidentsPostMortems

        return AsyncIncidentsPostMortems(self._client)

    @cached_property
    def war_rooms(self) -> AsyncIncidentsWarRooms:
        from .incidents_war_rooms import AsyncIncidentsWarRooms

        return AsyncIncidentsWarRooms(self._client)

    @cached_property
    def card_views(self) -> AsyncIncidentsCardViews:
        from .incidents_card_views import AsyncIncidentsCardViews

        return AsyncIncidentsCardViews(self._client)

    @cached_property
    def comment_types(self) -> AsyncIncidentsCommentTypes:
        from .incidents_comment_types import AsyncIncidentsCommentTypes

        return AsyncIncidentsCommentTypes(self._client)

    @cached_property
    def service_desk_plus(self) -> AsyncIncidentsServiceDeskPlus:
        from .incidents_service_desk_plus import AsyncIncidentsServiceDeskPlus

        return AsyncIncidentsServiceDeskPlus(self._client)

    @cached_property
    def work_items(self) -> AsyncIncidentsWorkItems:
        from .incidents_work_items import AsyncIncidentsWorkItems

        return AsyncIncidentsWorkItems(self._client)

    async def info(
        self, *, incident_id: str, num: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> Incident:
        """Get one incident: the awaitable `Incidents.info`, documented there."""
        args = {"incident_id": incident_id, "num": num}
        return await self._client.request(_INFO, args, **options)

    def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        asc: bool | Omit = OMIT,
        is_snoozed: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_channel: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        is_rare: bool | Omit = OMIT,
        progress: str | Omit = OMIT,
        query: str | Omit = OMIT,
        incident_severity: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        acker_ids: SequenceNotStr[int] | Omit = OMIT,
        creator_ids: SequenceNotStr[int] | Omit = OMIT,
        closer_ids: SequenceNotStr[int] | Omit = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        nums: SequenceNotStr[str] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Incident, IncidentPage]:
        """List incidents: the awaitable `Incidents.list`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "asc": asc,
            "is_snoozed": is_snoozed,
            "is_my_team": is_my_team,
            "is_my_channel": is_my_channel,
            "ever_muted": ever_muted,
            "is_rare": is_rare,
            "progress": progress,
            "query": query,
            "incident_severity": incident_severity,
            "channel_ids": channel_ids,
            "team_ids": team_ids,
            "responder_ids": responder_ids,
            "acker_ids": acker_ids,
            "creator_ids": creator_ids,
            "closer_ids": closer_ids,
            "incident_ids": incident_ids,
            "nums": nums,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return AsyncPager(self._client, _LIST, args, options)

    async def ack(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        images: SequenceNotStr[Image | Mapping[str, Any]] | Omit = OMIT,
        custom_fields: Mapping[str, Any] | Omit = OMIT,
        summary: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Acknowledge incidents: the awaitable `Incidents.ack`, documented there."""
        args = {
            "incident_ids": incident_ids,
            "images": images,
            "custom_fields": custom_fields,
            "summary": summary,
        }
        return await self._client.request(_ACK, args, **options)

    async def list_by_ids(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> IncidentPage:
        """Get several incidents by ID: the awaitable `Incidents.list_by_ids`, documented there."""
        args = {"incident_ids": incident_ids}
        return await self._client.request(_LIST_BY_IDS, args, **options)

    def list_alerts(
        self,
        *,
        incident_id: str,
        include_events: bool | Omit = OMIT,
        is_active: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Alert, IncidentAlertPage]:
        """List an incident's alerts: the awaitable `Incidents.list_alerts`, documented there."""
        args = {
            "incident_id": incident_id,
            "include_events": include_events,
            "is_active": is_active,
            "p": p,
            "limit": limit,
        }
        return AsyncPager(self._client, _LIST_ALERTS, args, options)

    def feed(
        self,
        *,
        incident_id: str,
        types: (
            SequenceNotStr[
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
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[IncidentFeedItem, IncidentFeedPage]:
        """Read an incident's timeline: the awaitable `Incidents.feed`, documented there."""
        args = {"incident_id": incident_id, "types": types, "asc": asc, "p": p, "limit": limit}
        return AsyncPager(self._client, _FEED, args, options)

    async def list_past(
        self, *, incident_id: str, limit: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> PastIncidentList:
        """Find similar past incidents: the awaitable `Incidents.list_past`, documented there."""
        args = {"incident_id": incident_id, "limit": limit}
        return await self._client.request(_LIST_PAST, args, **options)

    async def create(
        self,
        *,
        incident_severity: Literal["Critical", "Warning", "Info"] | EnumValue,
        fields: Mapping[str, Any] | Omit = OMIT,
        title: str | Omit = OMIT,
        description: str | Omit = OMIT,
        channel_id: int | Omit = OMIT,
        assigned_to: AssignedTo | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IncidentCreated:
        """Create an incident: the awaitable `Incidents.create`, documented there."""
        args = {
            "incident_severity": incident_severity,
            "fields": fields,
            "title": title,
            "description": description,
            "channel_id": channel_id,
            "assigned_to": assigned_to,
        }
        return await self._client.request(_CREATE, args, **options)

    async def unack(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Withdraw acknowledgement of incidents: the awaitable `Incidents.unack`, documented there."""
        args = {"incident_ids": incident_ids}
        return await self._client.request(_UNACK, args, **options)

    async def resolve(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        images: SequenceNotStr[Image | Mapping[str, Any]] | Omit = OMIT,
        custom_fields: Mapping[str, Any] | Omit = OMIT,
        summary: str | Omit = OMIT,
        description: str | None | Omit = OMIT,
        root_cause: str | Omit = OMIT,
        resolution: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Resolve incidents: the awaitable `Incidents.resolve`, documented there."""
        args = {
            "incident_ids": incident_ids,
            "images": images,
            "custom_fields": custom_fields,
            "summary": summary,
            "description": description,
            "root_cause": root_cause,
            "resolution": resolution,
        }
        return await self._client.request(_RESOLVE, args, **options)

    async def reopen(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        reason: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reopen incidents: the awaitable `Incidents.reopen`, documented there."""
        args = {"incident_ids": incident_ids, "reason": reason}
        return await self._client.request(_REOPEN, args, **options)

    async def snooze(
        self, *, incident_ids: SequenceNotStr[str], minutes: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Snooze incidents: the awaitable `Incidents.snooze`, documented there."""
        args = {"incident_ids": incident_ids, "minutes": minutes}
        return await self._client.request(_SNOOZE, args, **options)

    async def wake(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Wake snoozed incidents: the awaitable `Incidents.wake`, documented there."""
        args = {"incident_ids": incident_ids}
        return await self._client.request(_WAKE, args, **options)

    async def merge(
        self,
        *,
        source_incident_ids: SequenceNotStr[str],
        target_incident_id: str,
        title: str | Omit = OMIT,
        comment: str | Omit = OMIT,
        owner_id: int | Omit = OMIT,
        remove_source_incidents: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Merge incidents into another: the awaitable `Incidents.merge`, documented there."""
        args = {
            "source_incident_ids": source_incident_ids,
            "target_incident_id": target_incident_id,
            "title": title,
            "comment": comment,
            "owner_id": owner_id,
            "remove_source_incidents": remove_source_incidents,
        }
        return await self._client.request(_MERGE, args, **options)

    async def disable_merge(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Stop new alerts merging into incidents: the awaitable `Incidents.disable_merge`, documented there."""
        args = {"incident_ids": incident_ids}
        return await self._client.request(_DISABLE_MERGE, args, **options)

    async def update(
        self,
        *,
        incident_id: str,
        title: str | Omit = OMIT,
        description: str | Omit = OMIT,
        impact: str | Omit = OMIT,
        root_cause: str | Omit = OMIT,
        resolution: str | Omit = OMIT,
        incident_severity: Literal["Critical", "Warning", "Info"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an incident: the awaitable `Incidents.update`, documented there."""
        args = {
            "incident_id": incident_id,
            "title": title,
            "description": description,
            "impact": impact,
            "root_cause": root_cause,
            "resolution": resolution,
            "incident_severity": incident_severity,
        }
        return await self._client.request(_UPDATE, args, **options)

    async def delete(
        self, *, incident_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete incidents: the awaitable `Incidents.delete`, documented there."""
        args = {"incident_ids": incident_ids}
        return await self._client.request(_DELETE, args, **options)

    async def comment(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        comment_type_id: str | None | Omit = OMIT,
        comment: str | Omit = OMIT,
        mute_reply: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Comment on incidents: the awaitable `Incidents.comment`, documented there."""
        args = {
            "incident_ids": incident_ids,
            "comment_type_id": comment_type_id,
            "comment": comment,
            "mute_reply": mute_reply,
        }
        return await self._client.request(_COMMENT, args, **options)

    async def assign(
        self,
        *,
        assigned_to: AssignedTo | Mapping[str, Any],
        incident_id: str | Omit = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign incidents: the awaitable `Incidents.assign`, documented there."""
        args = {
            "assigned_to": assigned_to,
            "incident_id": incident_id,
            "incident_ids": incident_ids,
        }
        return await self._client.request(_ASSIGN, args, **options)

    async def add_responders(
        self,
        *,
        incident_id: str,
        person_ids: SequenceNotStr[int],
        notify: NotifyOverride | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add responders to an incident: the awaitable `Incidents.add_responders`, documented there."""
        args = {"incident_id": incident_id, "person_ids": person_ids, "notify": notify}
        return await self._client.request(_ADD_RESPONDERS, args, **options)

    async def update_field(
        self,
        *,
        incident_id: str,
        field_name: str,
        field_value: Any | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set an incident's custom field value: the awaitable `Incidents.update_field`, documented there."""
        args = {"incident_id": incident_id, "field_name": field_name, "field_value": field_value}
        return await self._client.request(_UPDATE_FIELD, args, **options)

    async def run_custom_action(
        self, *, incident_id: str, integration_id: int, **options: Unpack[RequestOptions]
    ) -> CustomActionResult:
        """Run a custom action on an incident: the awaitable `Incidents.run_custom_action`, documented there."""
        args = {"incident_id": incident_id, "integration_id": integration_id}
        return await self._client.request(_RUN_CUSTOM_ACTION, args, **options)

    @deprecated("incidents.update_title is deprecated; use client.incidents.update instead")
    async def update_title(
        self, *, incident_id: str, title: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the title of an incident: the awaitable `Incidents.update_title`, documented there."""
        args = {"incident_id": incident_id, "title": title}
        return await self._client.request(_UPDATE_TITLE, args, **options)

    @deprecated("incidents.update_description is deprecated; use client.incidents.update instead")
    async def update_description(
        self, *, incident_id: str, description: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the description of an incident: the awaitable `Incidents.update_description`, documented there."""
        args = {"incident_id": incident_id, "description": description}
        return await self._client.request(_UPDATE_DESCRIPTION, args, **options)

    @deprecated("incidents.update_impact is deprecated; use client.incidents.update instead")
    async def update_impact(
        self, *, incident_id: str, impact: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the impact of an incident: the awaitable `Incidents.update_impact`, documented there."""
        args = {"incident_id": incident_id, "impact": impact}
        return await self._client.request(_UPDATE_IMPACT, args, **options)

    @deprecated("incidents.update_root_cause is deprecated; use client.incidents.update instead")
    async def update_root_cause(
        self, *, incident_id: str, root_cause: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the root cause of an incident: the awaitable `Incidents.update_root_cause`, documented there."""
        args = {"incident_id": incident_id, "root_cause": root_cause}
        return await self._client.request(_UPDATE_ROOT_CAUSE, args, **options)

    @deprecated("incidents.update_resolution is deprecated; use client.incidents.update instead")
    async def update_resolution(
        self, *, incident_id: str, resolution: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Set the resolution of an incident: the awaitable `Incidents.update_resolution`, documented there."""
        args = {"incident_id": incident_id, "resolution": resolution}
        return await self._client.request(_UPDATE_RESOLUTION, args, **options)

    @deprecated("incidents.update_severity is deprecated; use client.incidents.update instead")
    async def update_severity(
        self,
        *,
        incident_id: str,
        incident_severity: Literal["Critical", "Warning", "Info"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set the severity of an incident: the awaitable `Incidents.update_severity`, documented there."""
        args = {"incident_id": incident_id, "incident_severity": incident_severity}
        return await self._client.request(_UPDATE_SEVERITY, args, **options)

    async def list_by_card(
        self,
        *,
        view_id: str,
        start_time: int | datetime,
        end_time: int | datetime,
        range_by: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        progress: str | Omit = OMIT,
        title: str | Omit = OMIT,
        incident_severity: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        acker_ids: SequenceNotStr[int] | Omit = OMIT,
        creator_ids: SequenceNotStr[int] | Omit = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        is_related: bool | Omit = OMIT,
        is_snoozed: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        labels: Mapping[str, SequenceNotStr[str]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IncidentCardList:
        """Group incidents by the cards of a card view: the awaitable `Incidents.list_by_card`, documented there."""
        args = {
            "view_id": view_id,
            "start_time": start_time,
            "end_time": end_time,
            "range_by": range_by,
            "asc": asc,
            "progress": progress,
            "title": title,
            "incident_severity": incident_severity,
            "channel_ids": channel_ids,
            "responder_ids": responder_ids,
            "acker_ids": acker_ids,
            "creator_ids": creator_ids,
            "incident_ids": incident_ids,
            "is_related": is_related,
            "is_snoozed": is_snoozed,
            "is_my_team": is_my_team,
            "labels": labels,
        }
        return await self._client.request(_LIST_BY_CARD, args, **options)

    async def create_external(
        self,
        *,
        token: str,
        title: str,
        description: str,
        reporter_email: str,
        captcha_verify_param: str,
        reporter_company: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ExternalIncidentCreated:
        """Report an incident from outside the account: the awaitable `Incidents.create_external`, documented there."""
        args = {
            "token": token,
            "title": title,
            "description": description,
            "reporter_email": reporter_email,
            "captcha_verify_param": captcha_verify_param,
            "reporter_company": reporter_company,
        }
        return await self._client.request(_CREATE_EXTERNAL, args, **options)
