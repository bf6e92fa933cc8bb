"""Models of the `status_pages` area. Generated from spec/; do not edit."""

from .defs.status_page_affected_component import (
    StatusPageAffectedComponent as StatusPageAffectedComponent,
)
from .defs.status_page_component import StatusPageComponent as StatusPageComponent
from .defs.status_page_component_change import (
    StatusPageComponentChange as StatusPageComponentChange,
)
from .defs.status_page_event import StatusPageEvent as StatusPageEvent
from .defs.status_page_event_created import StatusPageEventCreated as StatusPageEventCreated
from .defs.status_page_event_list import StatusPageEventList as StatusPageEventList
from .defs.status_page_event_update import StatusPageEventUpdate as StatusPageEventUpdate
from .defs.status_page_event_update_created import (
    StatusPageEventUpdateCreated as StatusPageEventUpdateCreated,
)
from .defs.status_page_event_update_input import (
    StatusPageEventUpdateInput as StatusPageEventUpdateInput,
)
from .defs.status_page_migration_job import StatusPageMigrationJob as StatusPageMigrationJob
from .defs.status_page_migration_progress import (
    StatusPageMigrationProgress as StatusPageMigrationProgress,
)
from .defs.status_page_migration_started import (
    StatusPageMigrationStarted as StatusPageMigrationStarted,
)
from .defs.status_page_subscriber import StatusPageSubscriber as StatusPageSubscriber
from .defs.status_page_subscriber_input import (
    StatusPageSubscriberInput as StatusPageSubscriberInput,
)
from .defs.status_page_subscriber_page import StatusPageSubscriberPage as StatusPageSubscriberPage

__all__ = [
    "StatusPageAffectedComponent",
    "StatusPageComponent",
    "StatusPageComponentChange",
    "StatusPageEvent",
    "StatusPageEventCreated",
    "StatusPageEventList",
    "StatusPageEventUpdate",
    "StatusPageEventUpdateCreated",
    "StatusPageEventUpdateInput",
    "StatusPageMigrationJob",
    "StatusPageMigrationProgress",
    "StatusPageMigrationStarted",
    "StatusPageSubscriber",
    "StatusPageSubscriberInput",
    "StatusPageSubscriberPage",
]
