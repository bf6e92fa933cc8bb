"""Models of the `schedules` area. Generated from spec/; do not edit."""

from .defs.calendar import Calendar as Calendar
from .defs.calendar_created import CalendarCreated as CalendarCreated
from .defs.calendar_event import CalendarEvent as CalendarEvent
from .defs.calendar_event_list import CalendarEventList as CalendarEventList
from .defs.calendar_event_upserted import CalendarEventUpserted as CalendarEventUpserted
from .defs.calendar_list import CalendarList as CalendarList
from .defs.custom_field import CustomField as CustomField
from .defs.custom_field_created import CustomFieldCreated as CustomFieldCreated
from .defs.custom_field_list import CustomFieldList as CustomFieldList
from .defs.member_oncall_shift import MemberOncallShift as MemberOncallShift
from .defs.member_oncall_status import MemberOncallStatus as MemberOncallStatus
from .defs.member_schedule import MemberSchedule as MemberSchedule
from .defs.notification_template import NotificationTemplate as NotificationTemplate
from .defs.notification_template_created import (
    NotificationTemplateCreated as NotificationTemplateCreated,
)
from .defs.notification_template_fixed_field import (
    NotificationTemplateFixedField as NotificationTemplateFixedField,
)
from .defs.notification_template_page import NotificationTemplatePage as NotificationTemplatePage
from .defs.notification_template_preview import (
    NotificationTemplatePreview as NotificationTemplatePreview,
)
from .defs.oncall_role import OncallRole as OncallRole
from .defs.schedule import Schedule as Schedule
from .defs.schedule_created import ScheduleCreated as ScheduleCreated
from .defs.schedule_day_mask import ScheduleDayMask as ScheduleDayMask
from .defs.schedule_fixed_time_notify import ScheduleFixedTimeNotify as ScheduleFixedTimeNotify
from .defs.schedule_group import ScheduleGroup as ScheduleGroup
from .defs.schedule_im_notify import ScheduleImNotify as ScheduleImNotify
from .defs.schedule_im_notify_settings import ScheduleImNotifySettings as ScheduleImNotifySettings
from .defs.schedule_layer import ScheduleLayer as ScheduleLayer
from .defs.schedule_layer_shifts import ScheduleLayerShifts as ScheduleLayerShifts
from .defs.schedule_list import ScheduleList as ScheduleList
from .defs.schedule_member import ScheduleMember as ScheduleMember
from .defs.schedule_notify import ScheduleNotify as ScheduleNotify
from .defs.schedule_notify_by import ScheduleNotifyBy as ScheduleNotifyBy
from .defs.schedule_oncall_shift import ScheduleOncallShift as ScheduleOncallShift
from .defs.schedule_page import SchedulePage as SchedulePage
from .defs.schedule_restrict_period import ScheduleRestrictPeriod as ScheduleRestrictPeriod
from .defs.schedule_shift import ScheduleShift as ScheduleShift

__all__ = [
    "Calendar",
    "CalendarCreated",
    "CalendarEvent",
    "CalendarEventList",
    "CalendarEventUpserted",
    "CalendarList",
    "CustomField",
    "CustomFieldCreated",
    "CustomFieldList",
    "MemberOncallShift",
    "MemberOncallStatus",
    "MemberSchedule",
    "NotificationTemplate",
    "NotificationTemplateCreated",
    "NotificationTemplateFixedField",
    "NotificationTemplatePage",
    "NotificationTemplatePreview",
    "OncallRole",
    "Schedule",
    "ScheduleCreated",
    "ScheduleDayMask",
    "ScheduleFixedTimeNotify",
    "ScheduleGroup",
    "ScheduleImNotify",
    "ScheduleImNotifySettings",
    "ScheduleLayer",
    "ScheduleLayerShifts",
    "ScheduleList",
    "ScheduleMember",
    "ScheduleNotify",
    "ScheduleNotifyBy",
    "ScheduleOncallShift",
    "SchedulePage",
    "ScheduleRestrictPeriod",
    "ScheduleShift",
]
