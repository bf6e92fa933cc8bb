"""Models of the `channels` area. Generated from spec/; do not edit."""

from .defs.alert_grouping import AlertGrouping as AlertGrouping
from .defs.alert_grouping_case import AlertGroupingCase as AlertGroupingCase
from .defs.channel import Channel as Channel
from .defs.channel_brief import ChannelBrief as ChannelBrief
from .defs.channel_brief_list import ChannelBriefList as ChannelBriefList
from .defs.channel_created import ChannelCreated as ChannelCreated
from .defs.channel_default_escalation import ChannelDefaultEscalation as ChannelDefaultEscalation
from .defs.channel_event_group import ChannelEventGroup as ChannelEventGroup
from .defs.channel_incident_counts import ChannelIncidentCounts as ChannelIncidentCounts
from .defs.channel_page import ChannelPage as ChannelPage
from .defs.channel_rule_created import ChannelRuleCreated as ChannelRuleCreated
from .defs.channel_updated import ChannelUpdated as ChannelUpdated
from .defs.drop_rule import DropRule as DropRule
from .defs.drop_rule_list import DropRuleList as DropRuleList
from .defs.escalate_layer import EscalateLayer as EscalateLayer
from .defs.escalate_rule import EscalateRule as EscalateRule
from .defs.escalate_rule_list import EscalateRuleList as EscalateRuleList
from .defs.escalate_target import EscalateTarget as EscalateTarget
from .defs.escalate_webhook import EscalateWebhook as EscalateWebhook
from .defs.filter_and_group import FilterAndGroup as FilterAndGroup
from .defs.filter_condition import FilterCondition as FilterCondition
from .defs.flapping import Flapping as Flapping
from .defs.inhibit_rule import InhibitRule as InhibitRule
from .defs.inhibit_rule_list import InhibitRuleList as InhibitRuleList
from .defs.notify_rule import NotifyRule as NotifyRule
from .defs.notify_rule_list import NotifyRuleList as NotifyRuleList
from .defs.once_time_window import OnceTimeWindow as OnceTimeWindow
from .defs.personal_notify_channels import PersonalNotifyChannels as PersonalNotifyChannels
from .defs.recurring_time_window import RecurringTimeWindow as RecurringTimeWindow
from .defs.route_case import RouteCase as RouteCase
from .defs.route_default import RouteDefault as RouteDefault
from .defs.route_draft import RouteDraft as RouteDraft
from .defs.route_history import RouteHistory as RouteHistory
from .defs.route_history_page import RouteHistoryPage as RouteHistoryPage
from .defs.route_preview_list import RoutePreviewList as RoutePreviewList
from .defs.route_preview_result import RoutePreviewResult as RoutePreviewResult
from .defs.route_rule import RouteRule as RouteRule
from .defs.route_rule_list import RouteRuleList as RouteRuleList
from .defs.route_section import RouteSection as RouteSection
from .defs.silence_rule import SilenceRule as SilenceRule
from .defs.silence_rule_list import SilenceRuleList as SilenceRuleList
from .defs.subscribe_rule import SubscribeRule as SubscribeRule
from .defs.subscribe_rule_list import SubscribeRuleList as SubscribeRuleList
from .defs.webhook_robot import WebhookRobot as WebhookRobot
from .defs.webhook_robot_list import WebhookRobotList as WebhookRobotList
from .defs.webhook_robot_reference import WebhookRobotReference as WebhookRobotReference
from .defs.webhook_robot_settings import WebhookRobotSettings as WebhookRobotSettings

__all__ = [
    "AlertGrouping",
    "AlertGroupingCase",
    "Channel",
    "ChannelBrief",
    "ChannelBriefList",
    "ChannelCreated",
    "ChannelDefaultEscalation",
    "ChannelEventGroup",
    "ChannelIncidentCounts",
    "ChannelPage",
    "ChannelRuleCreated",
    "ChannelUpdated",
    "DropRule",
    "DropRuleList",
    "EscalateLayer",
    "EscalateRule",
    "EscalateRuleList",
    "EscalateTarget",
    "EscalateWebhook",
    "FilterAndGroup",
    "FilterCondition",
    "Flapping",
    "InhibitRule",
    "InhibitRuleList",
    "NotifyRule",
    "NotifyRuleList",
    "OnceTimeWindow",
    "PersonalNotifyChannels",
    "RecurringTimeWindow",
    "RouteCase",
    "RouteDefault",
    "RouteDraft",
    "RouteHistory",
    "RouteHistoryPage",
    "RoutePreviewList",
    "RoutePreviewResult",
    "RouteRule",
    "RouteRuleList",
    "RouteSection",
    "SilenceRule",
    "SilenceRuleList",
    "SubscribeRule",
    "SubscribeRuleList",
    "WebhookRobot",
    "WebhookRobotList",
    "WebhookRobotReference",
    "WebhookRobotSettings",
]
