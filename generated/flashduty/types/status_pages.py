"""Models of the `status_pages` area. Generated from spec/; do not edit."""

from .defs.status_page import StatusPage as StatusPage
from .defs.status_page_affected_component import (
    StatusPageAffectedComponent as StatusPageAffectedComponent,
)
from .defs.status_page_component import StatusPageComponent as StatusPageComponent
from .defs.status_page_component_change import (
    StatusPageComponentChange as StatusPageComponentChange,
)
from .defs.status_page_component_ids import StatusPageComponentIds as StatusPageComponentIds
from .defs.status_page_created import StatusPageCreated as StatusPageCreated
from .defs.status_page_draft import StatusPageDraft as StatusPageDraft
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
from .defs.status_page_list import StatusPageList as StatusPageList
from .defs.status_page_migration_job import StatusPageMigrationJob as StatusPageMigrationJob
from .defs.status_page_migration_progress import (
    StatusPageMigrationProgress as StatusPageMigrationProgress,
)
from .defs.status_page_migration_started import (
    StatusPageMigrationStarted as StatusPageMigrationStarted,
)
from .defs.status_page_section import StatusPageSection as StatusPageSection
from .defs.status_page_section_ids import StatusPageSectionIds as StatusPageSectionIds
from .defs.status_page_subscriber import StatusPageSubscriber as StatusPageSubscriber
from .defs.status_page_subscriber_input import (
    StatusPageSubscriberInput as StatusPageSubscriberInput,
)
from .defs.status_page_subscriber_page import StatusPageSubscriberPage as StatusPageSubscriberPage
from .defs.status_page_subscription import StatusPageSubscription as StatusPageSubscription
from .defs.status_page_template import StatusPageTemplate as StatusPageTemplate
from .defs.status_page_template_list import StatusPageTemplateList as StatusPageTemplateList
from .defs.status_page_template_saved import StatusPageTemplateSaved as StatusPageTemplateSaved

__all__ = [
    "StatusPage",
    "StatusPageAffectedComponent",
    "StatusPageComponent",
    "StatusPageComponentChange",
    "StatusPageComponentIds",
    "StatusPageCreated",
    "StatusPageDraft",
    "StatusPageEvent",
    "StatusPageEventCreated",
    "StatusPageEventList",
    "StatusPageEventUpdate",
    "StatusPageEventUpdateCreated",
    "StatusPageEventUpdateInput",
    "StatusPageList",
    "StatusPageMigrationJob",
    "StatusPageMigrationProgress",
    "StatusPageMigrationStarted",
    "StatusPageSection",
    "StatusPageSectionIds",
    "StatusPageSubscriber",
    "StatusPageSubscriberInput",
    "StatusPageSubscriberPage",
    "StatusPageSubscription",
    "StatusPageTemplate",
    "StatusPageTemplateList",
    "StatusPageTemplateSaved",
]
