"""Credentials, and arguments that travel in the path and in headers."""

from __future__ import annotations

from typing_extensions import assert_type

import flashduty
from flashduty.types import AutomationTriggerFired, PrometheusLabelValues


def credentials() -> None:
    client = flashduty.Flashduty(access_token="tok")
    assert_type(client.with_options(app_key="key"), flashduty.Flashduty)
    assert_type(client.with_options(access_token="tok2"), flashduty.Flashduty)
    flashduty.AsyncFlashduty(access_token="tok")
    flashduty.Flashduty(access_token=5)  # type: ignore[arg-type]
    flashduty.Flashduty("key", "tok")  # type: ignore[call-arg]


def own_secret_and_parameters(client: flashduty.Flashduty) -> None:
    fired = client.ai_sre.automations.triggers.fire(trigger_id="t", trigger_token="x")
    assert_type(fired, AutomationTriggerFired)
    client.ai_sre.automations.triggers.fire(trigger_id="t")  # type: ignore[call-arg]
    values = client.monitors.data_sources.prometheus.label_values(
        label_name="job", data_source_id=10
    )
    assert_type(values, PrometheusLabelValues)
    assert_type(values.data, list[str])
    client.monitors.data_sources.prometheus.label_values(
        label_name="job", data_source_id="10"  # type: ignore[arg-type]
    )


async def async_parameters(client: flashduty.AsyncFlashduty) -> None:
    values = await client.monitors.data_sources.prometheus.label_values(
        label_name="job", data_source_id=10
    )
    assert_type(values, PrometheusLabelValues)
