"""`client.ai_sre.automations.templates`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.automation_template_list import AutomationTemplateList

_TYPES = TypeNames(
    __name__,
    {
        "AutomationTemplateList": "defs.automation_template_list",
    },
)

__all__ = ["AiSreAutomationsTemplates", "AsyncAiSreAutomationsTemplates"]

_AUTOMATIONS_TEMPLATES_LIST: Endpoint[AutomationTemplateList] = Endpoint(
    "POST",
    "/safari/automation/template/list",
    kind="model",
    data="AutomationTemplateList",
    types=_TYPES,
    idempotent=True,
)


class AiSreAutomationsTemplates(SyncResource):
    """Operations under `client.ai_sre.automations.templates`."""

    def list(
        self, *, locale: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> AutomationTemplateList:
        """List automation templates.

        Returns the built-in templates that prefill a new automation rule (name, prompt,
        icon), in the language of `locale`, or of the request when it is left out.

        Permission: Any key.
        HTTP: POST /safari/automation/template/list

        Args:
            locale: Language of the templates, for example `en-US`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"locale": locale}
        return self._client.request(_AUTOMATIONS_TEMPLATES_LIST, args, **options)


class AsyncAiSreAutomationsTemplates(AsyncResource):
    """Operations under `client.ai_sre.automations.templates`."""

    async def list(
        self, *, locale: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> AutomationTemplateList:
        """List automation templates: the awaitable `AiSreAutomationsTemplates.list`, documented there."""
        args = {"locale": locale}
        return await self._client.request(_AUTOMATIONS_TEMPLATES_LIST, args, **options)
