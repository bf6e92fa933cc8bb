"""Models of the `events` area. Generated from spec/; do not edit."""

from .defs.alert_event_pushed import AlertEventPushed as AlertEventPushed

__all__ = ["AlertEventPushed"]
