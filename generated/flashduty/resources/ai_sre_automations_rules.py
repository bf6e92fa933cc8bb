"""`client.ai_sre.automations.rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.automation_manual_run import AutomationManualRun
    from ..types.defs.automation_rule import AutomationRule
    from ..types.defs.automation_rule_list import AutomationRuleList

_TYPES = TypeNames(
    __name__,
    {
        "AutomationManualRun": "defs.automation_manual_run",
        "AutomationRule": "defs.automation_rule",
        "AutomationRuleList": "defs.automation_rule_list",
    },
)

__all__ = ["AiSreAutomationsRules", "AsyncAiSreAutomationsRules"]

_AUTOMATIONS_RULES_CREATE: Endpoint[AutomationRule] = Endpoint(
    "POST",
    "/safari/automation/rule/create",
    kind="model",
    data="AutomationRule",
    types=_TYPES,
    limits=(20, 300),
)
_AUTOMATIONS_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/safari/automation/rule/delete", kind="none", limits=(20, 300)
)
_AUTOMATIONS_RULES_GET: Endpoint[AutomationRule] = Endpoint(
    "POST",
    "/safari/automation/rule/get",
    kind="model",
    data="AutomationRule",
    types=_TYPES,
    idempotent=True,
)
_AUTOMATIONS_RULES_LIST: Endpoint[AutomationRuleList] = Endpoint(
    "POST",
    "/safari/automation/rule/list",
    kind="page",
    data="AutomationRuleList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="rules", page="p", total="total"),
)
_AUTOMATIONS_RULES_RUN: Endpoint[AutomationManualRun] = Endpoint(
    "POST",
    "/safari/automation/rule/run",
    kind="model",
    data="AutomationManualRun",
    types=_TYPES,
    limits=(5, 100),
)
_AUTOMATIONS_RULES_UPDATE: Endpoint[AutomationRule] = Endpoint(
    "POST",
    "/safari/automation/rule/update",
    kind="model",
    data="AutomationRule",
    types=_TYPES,
    limits=(20, 300),
)


class AiSreAutomationsRules(SyncResource):
    """Operations under `client.ai_sre.automations.rules`."""

    def create(
        self,
        *,
        name: str,
        cron_expr: str,
        prompt: str,
        team_id: int | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        schedule_trigger_enabled: bool | Omit = OMIT,
        environment_kind: Literal["", "cloud", "byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        http_post_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_channel_ids: SequenceNotStr[int] | Omit = OMIT,
        oncall_incident_severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info"] | EnumValue] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AutomationRule:
        """Create an automation rule.

        Creates a rule that starts an AI SRE session with a fixed prompt when one of its
        triggers fires: a cron schedule, an HTTP POST to the rule's own URL, or an
        on-call incident in the given channels and severities. A rule with `team_id` 0
        belongs to the caller; otherwise to a team the caller is a member of. The HTTP
        POST trigger's token is shown only in the answer that creates (or rotates) it.

        Permission: Manager of the rule.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/automation/rule/create

        Args:
            name: Name.
            cron_expr: Cron schedule of four (hour first, minute 0) or five fields, read
                in `timezone`; the minute is one fixed number, and day of month and day
                of week cannot both be set. Needed even when only the HTTP POST trigger
                is wanted: then turn `schedule_trigger_enabled` off.
            prompt: What the agent is asked to do on each run.
            team_id: Team that owns the rule; 0 makes it the caller's personal rule.
            enabled: Whether it is on.
            timezone: IANA time zone of the schedule.
            schedule_trigger_enabled: Whether the cron schedule starts runs.
            environment_kind: Where it runs: empty or `cloud` for Flashcat's cloud,
                `byoc` for a BYOC runner.
            environment_id: The BYOC runner environment, when `environment_kind` is
                `byoc`.
            http_post_trigger_enabled: Whether posting to the trigger URL starts runs.
            oncall_incident_trigger_enabled: Whether on-call incidents start runs.
            oncall_incident_channel_ids: Channels whose incidents start runs.
            oncall_incident_severities: Incident severities that start runs.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "name": name,
            "cron_expr": cron_expr,
            "prompt": prompt,
            "team_id": team_id,
            "enabled": enabled,
            "timezone": timezone,
            "schedule_trigger_enabled": schedule_trigger_enabled,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "http_post_trigger_enabled": http_post_trigger_enabled,
            "oncall_incident_trigger_enabled": oncall_incident_trigger_enabled,
            "oncall_incident_channel_ids": oncall_incident_channel_ids,
            "oncall_incident_severities": oncall_incident_severities,
        }
        return self._client.request(_AUTOMATIONS_RULES_CREATE, args, **options)

    def delete(self, *, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an automation rule.

        Deletes a rule together with its triggers; the HTTP POST trigger's token stops
        working at once.

        Permission: Manager of the rule.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/automation/rule/delete

        Args:
            rule_id: The automation rule.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"rule_id": rule_id}
        return self._client.request(_AUTOMATIONS_RULES_DELETE, args, **options)

    def get(self, *, rule_id: str, **options: Unpack[RequestOptions]) -> AutomationRule:
        """Get an automation rule.

        Returns one automation rule with the state of its triggers and the time the
        schedule fires next. Only a member who manages the rule may read it: the owner
        of a personal rule; for a team rule, an account admin or a member of the team.

        Permission: Manager of the rule.
        HTTP: POST /safari/automation/rule/get

        Args:
            rule_id: The automation rule.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"rule_id": rule_id}
        return self._client.request(_AUTOMATIONS_RULES_GET, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "personal", "team"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_person: bool | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        keyword: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AutomationRule, AutomationRuleList]:
        """List automation rules.

        Lists the automation rules the caller can see: their own personal rules and
        those of their teams, narrowed by `scope`, `team_ids`, `enabled` and a keyword.
        Paged by `p` and `limit` (at most 200); `total` counts every match.

        Permission: Any key; only rules the caller can see.
        HTTP: POST /safari/automation/rule/list

        Args:
            p: Page number, from 1.
            limit: Items per page.
            scope: All visible rules, only the caller's personal ones, or only team
                ones.
            team_ids: Only these teams (among those the caller can see).
            include_person: Whether personal rules are included.
            enabled: Only rules that are on (true) or off (false).
            keyword: Text to search for.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "scope": scope,
            "team_ids": team_ids,
            "include_person": include_person,
            "enabled": enabled,
            "keyword": keyword,
        }
        return sync_page(self._client, _AUTOMATIONS_RULES_LIST, args, options)

    def run(self, *, rule_id: str, **options: Unpack[RequestOptions]) -> AutomationManualRun:
        """Run an automation rule now.

        Fires a rule by hand, outside its schedule. The call runs the rule's pre-flight
        checks and returns once the run's session has started, with the run and session
        IDs; it does not wait for the session to finish (list the rule's runs for that).
        Only an enabled rule runs, and each rule at most once a minute
        (`RequestTooFrequently` otherwise).

        Permission: Manager of the rule.
        Rate limit: 5 per second, 100 per minute.
        HTTP: POST /safari/automation/rule/run

        Args:
            rule_id: The automation rule.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"rule_id": rule_id}
        return self._client.request(_AUTOMATIONS_RULES_RUN, args, **options)

    def update(
        self,
        *,
        rule_id: str,
        name: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        cron_expr: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        schedule_trigger_enabled: bool | Omit = OMIT,
        prompt: str | Omit = OMIT,
        environment_kind: Literal["", "cloud", "byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        http_post_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_channel_ids: SequenceNotStr[int] | Omit = OMIT,
        oncall_incident_severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info"] | EnumValue] | Omit
        ) = OMIT,
        rotate_http_post_trigger_token: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AutomationRule:
        """Update an automation rule.

        Changes the fields that are sent and leaves the others as they are. Set
        `rotate_http_post_trigger_token` to issue a new HTTP POST token; the old one
        stops working and the new one appears in this answer only.

        Permission: Manager of the rule.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/automation/rule/update

        Args:
            rule_id: The automation rule.
            name: Name.
            team_id: Move the rule: 0 makes it personal (only its owner may do that to a
                team rule), otherwise a team the caller belongs to.
            enabled: Whether it is on.
            cron_expr: Cron schedule of four (hour first, minute 0) or five fields, read
                in `timezone`; the minute is one fixed number, and day of month and day
                of week cannot both be set. Needed even when only the HTTP POST trigger
                is wanted: then turn `schedule_trigger_enabled` off.
            timezone: IANA time zone of the schedule.
            schedule_trigger_enabled: Whether the cron schedule starts runs.
            prompt: What the agent is asked to do on each run.
            environment_kind: Where it runs: empty or `cloud` for Flashcat's cloud,
                `byoc` for a BYOC runner.
            environment_id: The BYOC runner environment, when `environment_kind` is
                `byoc`.
            http_post_trigger_enabled: Whether posting to the trigger URL starts runs.
            oncall_incident_trigger_enabled: Whether on-call incidents start runs.
            oncall_incident_channel_ids: Channels whose incidents start runs.
            oncall_incident_severities: Incident severities that start runs.
            rotate_http_post_trigger_token: Issue a new token for the HTTP POST trigger.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "rule_id": rule_id,
            "name": name,
            "team_id": team_id,
            "enabled": enabled,
            "cron_expr": cron_expr,
            "timezone": timezone,
            "schedule_trigger_enabled": schedule_trigger_enabled,
            "prompt": prompt,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "http_post_trigger_enabled": http_post_trigger_enabled,
            "oncall_incident_trigger_enabled": oncall_incident_trigger_enabled,
            "oncall_incident_channel_ids": oncall_incident_channel_ids,
            "oncall_incident_severities": oncall_incident_severities,
            "rotate_http_post_trigger_token": rotate_http_post_trigger_token,
        }
        return self._client.request(_AUTOMATIONS_RULES_UPDATE, args, **options)


class AsyncAiSreAutomationsRules(AsyncResource):
    """Operations under `client.ai_sre.automations.rules`."""

    async def create(
        self,
        *,
        name: str,
        cron_expr: str,
        prompt: str,
        team_id: int | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        schedule_trigger_enabled: bool | Omit = OMIT,
        environment_kind: Literal["", "cloud", "byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        http_post_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_channel_ids: SequenceNotStr[int] | Omit = OMIT,
        oncall_incident_severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info"] | EnumValue] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AutomationRule:
        """Create an automation rule: the awaitable `AiSreAutomationsRules.create`, documented there."""
        args = {
            "name": name,
            "cron_expr": cron_expr,
            "prompt": prompt,
            "team_id": team_id,
            "enabled": enabled,
            "timezone": timezone,
            "schedule_trigger_enabled": schedule_trigger_enabled,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "http_post_trigger_enabled": http_post_trigger_enabled,
            "oncall_incident_trigger_enabled": oncall_incident_trigger_enabled,
            "oncall_incident_channel_ids": oncall_incident_channel_ids,
            "oncall_incident_severities": oncall_incident_severities,
        }
        return await self._client.request(_AUTOMATIONS_RULES_CREATE, args, **options)

    async def delete(self, *, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an automation rule: the awaitable `AiSreAutomationsRules.delete`, documented there."""
        args = {"rule_id": rule_id}
        return await self._client.request(_AUTOMATIONS_RULES_DELETE, args, **options)

    async def get(self, *, rule_id: str, **options: Unpack[RequestOptions]) -> AutomationRule:
        """Get an automation rule: the awaitable `AiSreAutomationsRules.get`, documented there."""
        args = {"rule_id": rule_id}
        return await self._client.request(_AUTOMATIONS_RULES_GET, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "personal", "team"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_person: bool | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        keyword: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AutomationRule, AutomationRuleList]:
        """List automation rules: the awaitable `AiSreAutomationsRules.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "scope": scope,
            "team_ids": team_ids,
            "include_person": include_person,
            "enabled": enabled,
            "keyword": keyword,
        }
        return AsyncPager(self._client, _AUTOMATIONS_RULES_LIST, args, options)

    async def run(self, *, rule_id: str, **options: Unpack[RequestOptions]) -> AutomationManualRun:
        """Run an automation rule now: the awaitable `AiSreAutomationsRules.run`, documented there."""
        args = {"rule_id": rule_id}
        return await self._client.request(_AUTOMATIONS_RULES_RUN, args, **options)

    async def update(
        self,
        *,
        rule_id: str,
        name: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        cron_expr: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        schedule_trigger_enabled: bool | Omit = OMIT,
        prompt: str | Omit = OMIT,
        environment_kind: Literal["", "cloud", "byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        http_post_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_trigger_enabled: bool | Omit = OMIT,
        oncall_incident_channel_ids: SequenceNotStr[int] | Omit = OMIT,
        oncall_incident_severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info"] | EnumValue] | Omit
        ) = OMIT,
        rotate_http_post_trigger_token: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AutomationRule:
        """Update an automation rule: the awaitable `AiSreAutomationsRules.update`, documented there."""
        args = {
            "rule_id": rule_id,
            "name": name,
            "team_id": team_id,
            "enabled": enabled,
            "cron_expr": cron_expr,
            "timezone": timezone,
            "schedule_trigger_enabled": schedule_trigger_enabled,
            "prompt": prompt,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "http_post_trigger_enabled": http_post_trigger_enabled,
            "oncall_incident_trigger_enabled": oncall_incident_trigger_enabled,
            "oncall_incident_channel_ids": oncall_incident_channel_ids,
            "oncall_incident_severities": oncall_incident_severities,
            "rotate_http_post_trigger_token": rotate_http_post_trigger_token,
        }
        return await self._client.request(_AUTOMATIONS_RULES_UPDATE, args, **options)
