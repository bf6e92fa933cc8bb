"""`client.ai_sre.automations.triggers`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.automation_trigger_fired import AutomationTriggerFired

_TYPES = TypeNames(
    __name__,
    {
        "AutomationTriggerFired": "defs.automation_trigger_fired",
    },
)

__all__ = ["AiSreAutomationsTriggers", "AsyncAiSreAutomationsTriggers"]

_AUTOMATIONS_TRIGGERS_FIRE: Endpoint[AutomationTriggerFired] = Endpoint(
    "POST",
    "/safari/automation/triggers/{trigger_id}/fire",
    kind="model",
    data="AutomationTriggerFired",
    types=_TYPES,
    auth="trigger_token",
    auth_kind="bearer",
    path_params=("trigger_id",),
)


class AiSreAutomationsTriggers(SyncResource):
    """Operations under `client.ai_sre.automations.triggers`."""

    def fire(
        self,
        *,
        trigger_token: str,
        trigger_id: str,
        text: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AutomationTriggerFired:
        """Fire an automation through its HTTP trigger.

        Starts one run of the automation behind an HTTP POST trigger, with optional
        context text for that run. Unlike every other call it is authorised by the
        trigger's own token, passed as `trigger_token`: the client's APP key or access
        token is not sent. Known from the vendor's Go SDK only.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /safari/automation/triggers/{trigger_id}/fire

        Args:
            trigger_token: Token of one AI SRE automation HTTP trigger, shown when the
                trigger is created. It can only fire that trigger; neither the APP key
                nor an access token is accepted in its place.
            trigger_id: The trigger, as in the path of its `http_post_trigger_url`.
            text: Context handed to this run of the automation.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"trigger_token": trigger_token, "trigger_id": trigger_id, "text": text}
        return self._client.request(_AUTOMATIONS_TRIGGERS_FIRE, args, **options)


class AsyncAiSreAutomationsTriggers(AsyncResource):
    """Operations under `client.ai_sre.automations.triggers`."""

    async def fire(
        self,
        *,
        trigger_token: str,
        trigger_id: str,
        text: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AutomationTriggerFired:
        """Fire an automation through its HTTP trigger: the awaitable `AiSreAutomationsTriggers.fire`, documented there."""
        args = {"trigger_token": trigger_token, "trigger_id": trigger_id, "text": text}
        return await self._client.request(_AUTOMATIONS_TRIGGERS_FIRE, args, **options)
