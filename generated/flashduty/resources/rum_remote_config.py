"""`client.rum.remote_config`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .rum_remote_config_history import RumRemoteConfigHistory, AsyncRumRemoteConfigHistory
    from ..types.defs.rum_remote_config_preview import RumRemoteConfigPreview
    from ..types.defs.rum_remote_config_settings import RumRemoteConfigSettings
    from ..types.defs.rum_remote_config_state import RumRemoteConfigState
    from ..types.defs.rum_remote_config_version_ref import RumRemoteConfigVersionRef

_TYPES = TypeNames(
    __name__,
    {
        "RumRemoteConfigPreview": "defs.rum_remote_config_preview",
        "RumRemoteConfigSettings": "defs.rum_remote_config_settings",
        "RumRemoteConfigState": "defs.rum_remote_config_state",
        "RumRemoteConfigVersionRef": "defs.rum_remote_config_version_ref",
    },
)

__all__ = ["RumRemoteConfig", "AsyncRumRemoteConfig"]

_REMOTE_CONFIG_GET: Endpoint[RumRemoteConfigState] = Endpoint(
    "POST",
    "/rum/application/remote-config/get",
    kind="model",
    data="RumRemoteConfigState",
    types=_TYPES,
    idempotent=True,
)
_REMOTE_CONFIG_UPDATE: Endpoint[RumRemoteConfigVersionRef] = Endpoint(
    "POST",
    "/rum/application/remote-config/update",
    kind="model",
    data="RumRemoteConfigVersionRef",
    types=_TYPES,
    models={"config": ("RumRemoteConfigSettings", "")},
    limits=(20, 300),
)
_REMOTE_CONFIG_PREVIEW: Endpoint[RumRemoteConfigPreview] = Endpoint(
    "POST",
    "/rum/application/remote-config/preview",
    kind="model",
    data="RumRemoteConfigPreview",
    types=_TYPES,
    idempotent=True,
    models={"config": ("RumRemoteConfigSettings", "")},
)


class RumRemoteConfig(SyncResource):
    """Operations under `client.rum.remote_config`."""

    @cached_property
    def history(self) -> RumRemoteConfigHistory:
        from .rum_remote_config_history import RumRemoteConfigHistory

        return RumRemoteConfigHistory(self._client)

    def get(
        self, *, application_id: str, **options: Unpack[RequestOptions]
    ) -> RumRemoteConfigState:
        """Get an application's remote configuration.

        Returns the configuration the RUM SDKs of an application fetch at run time, with
        its version. Version 0 means it was never set and the SDKs use their init
        values. Known from the newest catalog; the field types are read from its
        examples.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /rum/application/remote-config/get

        Args:
            application_id: The RUM application.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id}
        return self._client.request(_REMOTE_CONFIG_GET, args, **options)

    def update(
        self,
        *,
        application_id: str,
        config: RumRemoteConfigSettings | Mapping[str, Any],
        reason: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigVersionRef:
        """Publish a new remote configuration.

        Stores the whole configuration you send as a new version (not a patch: the order
        of `rules` is their priority) and keeps the previous one in the history. Check
        the effect first with `rum.remote_config.preview`. Known from the newest
        catalog; shapes read from its examples.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Applications Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/application/remote-config/update

        Args:
            application_id: The RUM application.
            config: Settings RUM SDKs fetch at run time: defaults, then per-client
                overrides by the first rule whose `match` fits.
            reason: Why the change was made; shown in the history.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "config": config, "reason": reason}
        return self._client.request(_REMOTE_CONFIG_UPDATE, args, **options)

    def preview(
        self,
        *,
        application_id: str,
        config: RumRemoteConfigSettings | Mapping[str, Any] | Omit = OMIT,
        env: str | Omit = OMIT,
        app_version: str | Omit = OMIT,
        sdk: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigPreview:
        """Preview what a client would receive.

        Evaluates a configuration (the draft in `config`, or the live one when it is
        left out) for a client described by environment, app version and SDK, the way
        the server does for real clients, without publishing anything. Known from the
        newest catalog; shapes read from its examples.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /rum/application/remote-config/preview

        Args:
            application_id: The RUM application.
            config: Settings RUM SDKs fetch at run time: defaults, then per-client
                overrides by the first rule whose `match` fits.
            env: Environment of the client, such as `production`.
            app_version: Version of the client application.
            sdk: SDK and its version, such as `web@2.4.1`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "config": config,
            "env": env,
            "app_version": app_version,
            "sdk": sdk,
        }
        return self._client.request(_REMOTE_CONFIG_PREVIEW, args, **options)


class AsyncRumRemoteConfig(AsyncResource):
    """Operations under `client.rum.remote_config`."""

    @cached_property
    def history(self) -> AsyncRumRemoteConfigHistory:
        from .rum_remote_config_history import AsyncRumRemoteConfigHistory

        return AsyncRumRemoteConfigHistory(self._client)

    async def get(
        self, *, application_id: str, **options: Unpack[RequestOptions]
    ) -> RumRemoteConfigState:
        """Get an application's remote configuration: the awaitable `RumRemoteConfig.get`, documented there."""
        args = {"application_id": application_id}
        return await self._client.request(_REMOTE_CONFIG_GET, args, **options)

    async def update(
        self,
        *,
        application_id: str,
        config: RumRemoteConfigSettings | Mapping[str, Any],
        reason: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigVersionRef:
        """Publish a new remote configuration: the awaitable `RumRemoteConfig.update`, documented there."""
        args = {"application_id": application_id, "config": config, "reason": reason}
        return await self._client.request(_REMOTE_CONFIG_UPDATE, args, **options)

    async def preview(
        self,
        *,
        application_id: str,
        config: RumRemoteConfigSettings | Mapping[str, Any] | Omit = OMIT,
        env: str | Omit = OMIT,
        app_version: str | Omit = OMIT,
        sdk: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigPreview:
        """Preview what a client would receive: the awaitable `RumRemoteConfig.preview`, documented there."""
        args = {
            "application_id": application_id,
            "config": config,
            "env": env,
            "app_version": app_version,
            "sdk": sdk,
        }
        return await self._client.request(_REMOTE_CONFIG_PREVIEW, args, **options)
