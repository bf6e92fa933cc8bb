"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import FlashdutyModel
from pydantic import Field, RootModel

from ._internal import Responder
from .common import Page


class IncidentCardView(FlashdutyModel):
    """
    A saved card view of the incident list, which groups incidents that share the listed attributes.
    """

    view_id: str
    """
    View ID.
    """
    view_name: str
    """
    View name.
    """
    priority: int | None = None
    """
    Display order of the view.
    """
    equals: list[str] | None
    """
    Attributes the grouped incidents share: property names, or `labels.<key>` for labels.
    """
    created_at: str
    """
    Creation time (Unix seconds; the reference types it as a string).
    """
    updated_at: str
    """
    Last change (Unix seconds; the reference types it as a string).
    """


class IncidentCardViewCreated(FlashdutyModel):
    """
    The ID of a new card view.
    """

    view_id: str
    """
    ID of the new view.
    """


class IncidentCardViewEquals(RootModel[str]):
    root: str
    """
    What incidents must share to fall into the same card: `title`, `incident_severity`, `incident_status`, or a label written `labels.<key>`.
    """


class IncidentCardViewList(FlashdutyModel):
    """
    The account's incident card views.
    """

    items: list[IncidentCardView] | None
    """
    Card views.
    """


class IncidentCardViewUpdated(FlashdutyModel):
    """
    What updating a card view answers.
    """

    rule_id: str
    """
    ID of the updated view (the reference names it `rule_id`).
    """


class PostMortem(FlashdutyModel):
    """
    A full post-mortem report.
    """

    meta: PostMortemMeta | None
    basics: PostMortemBasics | None
    content: PostMortemContent | None
    follow_ups: str
    """
    Follow-up actions as free text.
    """


class PostMortemBasics(FlashdutyModel):
    """
    Figures about the covered incidents, computed from them and editable afterwards.
    """

    incidents_highest_severity: str
    """
    Worst severity among the incidents, e.g. `Critical`.
    """
    incidents_earliest_start_seconds: int
    """
    Earliest incident start, Unix seconds.
    """
    incidents_latest_close_seconds: int
    """
    Latest incident close, Unix seconds.
    """
    incidents_total_duration_seconds: int
    """
    Combined duration of the incidents, in seconds.
    """
    responders: list[Responder] | None
    """
    Members who responded to the incidents.
    """


class PostMortemContent(FlashdutyModel):
    """
    The body of a post-mortem.
    """

    content: str
    """
    The report body as a serialized BlockNote document (JSON text).
    """


class PostMortemId(RootModel[str]):
    root: str
    """
    Post-mortem ID, an MD5 hex string the server derives from the account and the set of linked incidents, so the same incidents always map to the same report.
    """


class PostMortemMedia(FlashdutyModel):
    """
    An image stored with a post-mortem.
    """

    url: str
    """
    Relative storage key of the upload. The key is not a download link: trade it for a presigned URL through `/object/presigned/get` to fetch the file.
    """


class PostMortemMeta(FlashdutyModel):
    """
    The bookkeeping part of a post-mortem, as lists return it.
    """

    account_id: int
    """
    Account that owns the report.
    """
    title: str
    """
    Report title.
    """
    status: Literal["drafting", "published"] | str
    """
    Whether the report is still a draft or has been published.
    """
    post_mortem_id: str
    """
    Post-mortem ID, an MD5 hex string the server derives from the account and the set of linked incidents, so the same incidents always map to the same report.
    """
    template_id: str
    """
    Template the report was started from.
    """
    incident_ids: list[str] | None
    """
    Incidents the report covers.
    """
    media_count: int
    """
    Images uploaded to the report (at most 100).
    """
    author_ids: list[int] | None
    """
    Members who have edited the report.
    """
    team_id: int
    """
    Owning team, taken from the first incident's channel; 0 when none.
    """
    channel_id: int
    """
    Owning channel, taken from the first incident; 0 when none.
    """
    is_private: bool
    """
    Restricts the report to admins and the members of its owning team.
    """
    channel_name: str
    """
    Channel name, filled in by the server (a placeholder once the channel is deleted).
    """
    created_at_seconds: int
    """
    Creation time, Unix seconds.
    """
    updated_at_seconds: int
    """
    Last change, Unix seconds.
    """


class PostMortemPage(Page):
    """
    One page of post-mortems (their metadata only).
    """

    items: list[PostMortemMeta] | None
    """
    Reports on this page.
    """
    search_after_ctx: str | None = None
    """
    Cursor for the next page; pass it back as `search_after_ctx`.
    """


class PostMortemStatus(RootModel[Literal["drafting", "published"] | str]):
    root: Literal["drafting", "published"] | str
    """
    Whether the report is still a draft or has been published.
    """


class PostMortemTemplate(FlashdutyModel):
    """
    A template new post-mortems start from. Built-in templates belong to account 0.
    """

    account_id: int
    """
    Owning account; 0 for built-in templates.
    """
    template_id: str
    """
    Template ID.
    """
    name: str
    """
    Template name.
    """
    description: str | None = None
    """
    What the template is for.
    """
    content: str
    """
    Template body as a serialized BlockNote document (JSON text).
    """
    content_markdown: str | None = None
    """
    The same body as Markdown, which AI generation reads.
    """
    team_id: int | None = None
    """
    Managing team; only its members and admins may edit or delete the template.
    """
    created_at_seconds: int | None = None
    """
    Creation time, Unix seconds.
    """
    updated_at_seconds: int | None = None
    """
    Last change, Unix seconds.
    """


class PostMortemTemplatePage(Page):
    """
    One page of post-mortem templates, built-in ones first.
    """

    items: list[PostMortemTemplate] | None
    """
    Templates on this page.
    """


class WarRoom(FlashdutyModel):
    """
    A war room as the chat tool reports it right now. The server answers an empty object when the group was dissolved outside Flashduty.
    """

    chat_id: str
    """
    Group chat ID in the chat tool.
    """
    chat_name: str
    """
    Group chat name.
    """
    share_link: str
    """
    Link to join the group, when the chat tool offers one; may be empty.
    """


class WarRoomList(FlashdutyModel):
    """
    The war rooms of an incident.
    """

    items: list[WarRoomRecord] | None
    """
    War rooms, one per chat group.
    """


class WarRoomObserver(FlashdutyModel):
    """
    A member who would join a new war room as an observer.
    """

    account_id: int
    """
    Account of the member.
    """
    person_id: int
    """
    Member ID.
    """
    person_name: str | None = None
    """
    Display name.
    """
    avatar: str | None = None
    """
    Avatar image URL.
    """
    email: str | None = None
    """
    Email address.
    """
    phone: str | None = None
    """
    Phone number.
    """
    locale: str | None = None
    """
    Preferred language.
    """
    time_zone: str | None = None
    """
    Time zone.
    """
    as_: Annotated[str | None, Field(alias="as")] = None
    """
    Role label.
    """
    status: str | None = None
    """
    Member account status.
    """


class WarRoomObserverList(FlashdutyModel):
    """
    Members a war room would add as observers.
    """

    observers: list[WarRoomObserver] | None
    """
    Earlier responders who are no longer assigned to the incident.
    """


class WarRoomRecord(FlashdutyModel):
    """
    A war room as Flashduty stores it for an incident.
    """

    account_id: int
    """
    Account that owns it.
    """
    integration_id: int
    """
    Chat integration hosting the group.
    """
    created_by: int
    """
    Member who opened it.
    """
    chat_id: str
    """
    Group chat ID in the chat tool.
    """
    chat_name: str | None = None
    """
    Name the group was created with.
    """
    share_link: str | None = None
    """
    Link to join the group, when there is one.
    """
    incident_id: str
    """
    Incident ID, 24 hexadecimal characters.
    """
    status: str
    """
    War room state.
    """
    created_at: int
    """
    When it was opened, Unix seconds.
    """
    plugin_type: str
    """
    Chat tool, e.g. `feishu`, `dingtalk`, `wecom` or `slack`.
    """
