"""Models of the `incident_post_mortems` area. Generated from spec/; do not edit."""

from .defs.incident_card_view import IncidentCardView as IncidentCardView
from .defs.incident_card_view_created import IncidentCardViewCreated as IncidentCardViewCreated
from .defs.incident_card_view_equals import IncidentCardViewEquals as IncidentCardViewEquals
from .defs.incident_card_view_list import IncidentCardViewList as IncidentCardViewList
from .defs.incident_card_view_updated import IncidentCardViewUpdated as IncidentCardViewUpdated
from .defs.post_mortem import PostMortem as PostMortem
from .defs.post_mortem_basics import PostMortemBasics as PostMortemBasics
from .defs.post_mortem_content import PostMortemContent as PostMortemContent
from .defs.post_mortem_content_reset import PostMortemContentReset as PostMortemContentReset
from .defs.post_mortem_media import PostMortemMedia as PostMortemMedia
from .defs.post_mortem_meta import PostMortemMeta as PostMortemMeta
from .defs.post_mortem_page import PostMortemPage as PostMortemPage
from .defs.post_mortem_template import PostMortemTemplate as PostMortemTemplate
from .defs.post_mortem_template_page import PostMortemTemplatePage as PostMortemTemplatePage
from .defs.war_room import WarRoom as WarRoom
from .defs.war_room_list import WarRoomList as WarRoomList
from .defs.war_room_observer import WarRoomObserver as WarRoomObserver
from .defs.war_room_observer_list import WarRoomObserverList as WarRoomObserverList
from .defs.war_room_record import WarRoomRecord as WarRoomRecord

__all__ = [
    "IncidentCardView",
    "IncidentCardViewCreated",
    "IncidentCardViewEquals",
    "IncidentCardViewList",
    "IncidentCardViewUpdated",
    "PostMortem",
    "PostMortemBasics",
    "PostMortemContent",
    "PostMortemContentReset",
    "PostMortemMedia",
    "PostMortemMeta",
    "PostMortemPage",
    "PostMortemTemplate",
    "PostMortemTemplatePage",
    "WarRoom",
    "WarRoomList",
    "WarRoomObserver",
    "WarRoomObserverList",
    "WarRoomRecord",
]
