"""Generated from spec/ by `make regenerate`; do not edit."""

GROUPS = {
    "incidents": [
        "incidents",
        "69 commands: ack, add-responders, assign, card-views, comment, comment-types, create, create-external, delete, disable-merge, feed, info, list, list-alerts, list-by-card, list-by-ids, list-past, merge, post-mortems, reopen, resolve, run-custom-action, service-desk-plus, snooze, unack, update, update-description, update-field, update-impact, update-resolution, update-root-cause, update-severity, update-title, wake, war-rooms, work-items",
    ],
    "schedules": [
        "schedules",
        "31 commands: by-person, calendars, create, delete, disable, enable, fields, info, infos, list, list-mine, oncall-roles, preview, templates, update",
    ],
    "channels": [
        "channels",
        "55 commands: create, delete, disable, drop-rules, enable, escalate-rules, info, inhibit-rules, list, list-by-ids, list-by-integration, notify-rules, reorder, routes, silence-rules, star, subscribe-rules, unstar, update",
    ],
    "ai-sre": [
        "ai_sre",
        "56 commands: a2a-agents, artifacts, automations, knowledge, mcp-servers, sessions, skills",
    ],
    "people": [
        "people",
        "37 commands: account, app-keys, audit-logs, licenses, members, persons, preferences, roles, teams",
    ],
    "monitors": [
        "monitors",
        "59 commands: dashboards, data-sources, folders, queries, rule-sets, rules, targets, tools",
    ],
    "rum": [
        "rum",
        "42 commands: applications, data, error-ingestion-rules, facets, fields, issues, preset-severity-rules, remote-config, resources, session-replays, sourcemaps",
    ],
    "alerts": [
        "alerts",
        "41 commands: card-views, changes, close, data-sources, enrichment, events, feed, info, list, list-by-card, list-by-ids, list-events, merge, pipelines, webhooks",
    ],
    "events": ["events", "2 commands: push-alert, push-change"],
    "analytics": [
        "analytics",
        "12 commands: account, alerts, channels, incidents, reports, responders, teams",
    ],
    "status-pages": [
        "status_pages",
        "29 commands: components, create, delete, drafts, events, info, list, migrations, sections, subscribers, templates, update",
    ],
    "integrations": [
        "integrations",
        "11 commands: create, delete, disable, enable, im, info, keys, list, types, update",
    ],
}
