"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Literal

from .._models import FlashdutyModel
from pydantic import RootModel

from .common import Page


class StatusPageAffectedComponent(FlashdutyModel):
    """
    A component an event affects, with the status the event gives it.
    """

    component_id: str | None = None
    """
    Component ID.
    """
    section_id: str | None = None
    """
    Section the component sits in.
    """
    name: str
    """
    Display name.
    """
    description: str | None = None
    """
    Description shown to visitors.
    """
    available_since_seconds: int | None = None
    """
    Since when the component counts as available, Unix seconds.
    """
    order_id: int | None = None
    """
    Position within its section.
    """
    hide_uptime: bool | None = None
    """
    Whether its uptime history is hidden.
    """
    hide_all: bool | None = None
    """
    Whether the component is hidden from the page altogether.
    """
    status: (
        Literal["operational", "degraded", "partial_outage", "full_outage", "under_maintenance"]
        | str
    )
    """
    Health shown for a component. Incidents use `operational`, `degraded`, `partial_outage` and `full_outage`; maintenances use `operational` and `under_maintenance`.
    """


class StatusPageComponent(FlashdutyModel):
    """
    A component (service) shown on a status page.
    """

    component_id: str | None = None
    """
    Component ID.
    """
    section_id: str | None = None
    """
    Section the component sits in.
    """
    name: str
    """
    Display name.
    """
    description: str | None = None
    """
    Description shown to visitors.
    """
    available_since_seconds: int | None = None
    """
    Since when the component counts as available, Unix seconds.
    """
    order_id: int | None = None
    """
    Position within its section.
    """
    hide_uptime: bool | None = None
    """
    Whether its uptime history is hidden.
    """
    hide_all: bool | None = None
    """
    Whether the component is hidden from the page altogether.
    """


class StatusPageComponentChange(FlashdutyModel):
    """
    A component's new status, set by a timeline update.
    """

    component_id: str
    """
    Component ID.
    """
    component_name: str | None = None
    """
    Component name; filled in on reads and ignored on writes.
    """
    status: (
        Literal["operational", "degraded", "partial_outage", "full_outage", "under_maintenance"]
        | str
    )
    """
    Health shown for a component. Incidents use `operational`, `degraded`, `partial_outage` and `full_outage`; maintenances use `operational` and `under_maintenance`.
    """


class StatusPageComponentStatus(
    RootModel[
        Literal[
            "operational",
            "degraded",
            "partial_outage",
            "full_outage",
            "under_maintenance",
        ]
        | str
    ]
):
    root: (
        Literal["operational", "degraded", "partial_outage", "full_outage", "under_maintenance"]
        | str
    )
    """
    Health shown for a component. Incidents use `operational`, `degraded`, `partial_outage` and `full_outage`; maintenances use `operational` and `under_maintenance`.
    """


class StatusPageEvent(FlashdutyModel):
    """
    An incident or maintenance published on a status page, with its timeline.
    """

    change_id: int
    """
    Event ID.
    """
    page_id: int | None = None
    """
    Status page the event belongs to.
    """
    type: Literal["incident", "maintenance"] | str
    """
    Kind of status page event.
    """
    title: str
    """
    Title.
    """
    description: str | None = None
    """
    Description, in Markdown.
    """
    status: (
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | str
        | None
    ) = None
    """
    Stage of a status page event. Incidents move through `investigating`, `identified`, `monitoring` and `resolved`; maintenances through `scheduled`, `ongoing` and `completed`.
    """
    affected_components: list[StatusPageAffectedComponent] | None = None
    """
    Components the event affects right now, with their current status.
    """
    responder_ids: list[int] | None = None
    """
    Members in charge of the event.
    """
    linked_change_ids: list[str] | None = None
    """
    Related events, incidents or deployments.
    """
    start_at_seconds: int | None = None
    """
    When the event started, Unix seconds.
    """
    close_at_seconds: int | None = None
    """
    When the event ends, Unix seconds; set for maintenances and retrospective events.
    """
    is_retrospective: bool | None = None
    """
    Whether the event was recorded after the fact.
    """
    updates: list[StatusPageEventUpdate] | None = None
    """
    Timeline updates, oldest first.
    """
    notify_subscribers: bool | None = None
    """
    If true, subscribers receive a notification about the event.
    """
    auto_update_by_schedule: bool | None = None
    """
    Maintenances only - whether the status follows the scheduled window by itself.
    """


class StatusPageEventCreated(FlashdutyModel):
    """
    The event just created.
    """

    change_id: int
    """
    ID of the new event.
    """
    change_name: str
    """
    Its title.
    """


class StatusPageEventList(FlashdutyModel):
    """
    Events of a status page.
    """

    items: list[StatusPageEvent] | None
    """
    The matching events.
    """


class StatusPageEventStatus(
    RootModel[
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | str
    ]
):
    root: (
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | str
    )
    """
    Stage of a status page event. Incidents move through `investigating`, `identified`, `monitoring` and `resolved`; maintenances through `scheduled`, `ongoing` and `completed`.
    """


class StatusPageEventType(RootModel[Literal["incident", "maintenance"] | str]):
    root: Literal["incident", "maintenance"] | str
    """
    Kind of status page event.
    """


class StatusPageEventUpdate(FlashdutyModel):
    """
    One update on an event's timeline, as visitors see it.
    """

    update_id: str
    """
    Update ID.
    """
    at_seconds: int
    """
    When it was posted, Unix seconds.
    """
    status: (
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | str
        | None
    ) = None
    """
    Stage of a status page event. Incidents move through `investigating`, `identified`, `monitoring` and `resolved`; maintenances through `scheduled`, `ongoing` and `completed`.
    """
    description: str | None = None
    """
    Message, in Markdown.
    """
    component_changes: list[StatusPageComponentChange] | None = None
    """
    Component statuses this update changed.
    """


class StatusPageEventUpdateCreated(FlashdutyModel):
    """
    The timeline update just posted.
    """

    update_id: str
    """
    ID of the new update.
    """


class StatusPageEventUpdateInput(FlashdutyModel):
    """
    A timeline update to post with a new event.
    """

    update_id: str | None = None
    """
    Update ID; the server assigns one, so set it only when replaying past updates.
    """
    at_seconds: int | None = None
    """
    When it was posted, Unix seconds.
    """
    status: (
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | str
        | None
    ) = None
    """
    Stage of a status page event. Incidents move through `investigating`, `identified`, `monitoring` and `resolved`; maintenances through `scheduled`, `ongoing` and `completed`.
    """
    description: str | None = None
    """
    Message, in Markdown.
    """
    component_changes: list[StatusPageComponentChange] | None = None
    """
    Component statuses this update sets; required on the first update, where it names the affected components.
    """


class StatusPageMigrationJob(FlashdutyModel):
    """
    State of a job migrating an Atlassian Statuspage into Flashduty.
    """

    job_id: str
    """
    Job ID.
    """
    account_id: int
    """
    Account running the job.
    """
    source_page_id: str
    """
    Atlassian Statuspage page being migrated.
    """
    target_page_id: int
    """
    Flashduty status page receiving the data; known once the job has created it, or given up front for subscriber migrations.
    """
    phase: Literal["structure", "history", "subscribers"] | str
    """
    What the job is migrating now - page structure, past events, or subscribers.
    """
    status: Literal["pending", "running", "completed", "failed", "cancelled"] | str
    """
    Where the job stands.
    """
    progress: StatusPageMigrationProgress | None
    error: str | None = None
    """
    Why the job failed, when `status` is `failed`.
    """
    created_at: int
    """
    When the job was created, Unix seconds.
    """
    updated_at: int
    """
    Last status change, Unix seconds.
    """


class StatusPageMigrationProgress(FlashdutyModel):
    """
    How far a migration job has got, as counts.
    """

    total_steps: int
    """
    Steps the job will take.
    """
    completed_steps: int
    """
    Steps done so far.
    """
    components_imported: int
    """
    Components imported.
    """
    sections_imported: int
    """
    Sections imported.
    """
    incidents_imported: int
    """
    Past incidents imported.
    """
    maintenances_imported: int
    """
    Maintenances imported.
    """
    subscribers_imported: int
    """
    Subscribers imported.
    """
    templates_imported: int
    """
    Templates imported.
    """
    subscribers_skipped: int
    """
    Subscribers left out, e.g. because they already exist.
    """
    warnings: list[str] | None = None
    """
    Problems that did not stop the job.
    """


class StatusPageMigrationStarted(FlashdutyModel):
    """
    A migration job that was just started.
    """

    job_id: str
    """
    Job ID, for `status_pages.migrations.status` and `status_pages.migrations.cancel`.
    """


class StatusPageSubscriber(FlashdutyModel):
    """
    Someone who subscribed to a status page's notifications.
    """

    recipient: str
    """
    For a public page an email address; for an internal page a user ID.
    """
    method: Literal["email", "im"] | str
    """
    How a subscriber is notified: `email` on public pages, `im` (instant messaging, by user ID) on internal pages.
    """
    components: list[StatusPageComponent] | None
    """
    Components they follow.
    """
    all: bool
    """
    Whether they follow every component.
    """
    locale: str | None = None
    """
    Language of their notifications, e.g. `en-US`.
    """


class StatusPageSubscriberInput(FlashdutyModel):
    """
    A subscriber to import. It must follow at least one component or event, or set `all`.
    """

    recipient: str
    """
    For a public page an email address; for an internal page a user ID.
    """
    component_ids: list[str] | None = None
    """
    Components to follow.
    """
    change_ids: list[int] | None = None
    """
    Individual events to follow.
    """
    all: bool | None = None
    """
    Follow every component; must be true when no component or event is given.
    """
    locale: str | None = None
    """
    Language of their notifications, e.g. `en-US`; the request's language by default.
    """


class StatusPageSubscriberMethod(RootModel[Literal["email", "im"] | str]):
    root: Literal["email", "im"] | str
    """
    How a subscriber is notified: `email` on public pages, `im` (instant messaging, by user ID) on internal pages.
    """


class StatusPageSubscriberPage(Page):
    """
    One page of subscribers.
    """

    items: list[StatusPageSubscriber] | None
    """
    Subscribers on this page.
    """
