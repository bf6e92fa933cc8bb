"""Models of the `monitors_prometheus` area. Generated from spec/; do not edit."""

from .defs.prometheus_label_values import PrometheusLabelValues as PrometheusLabelValues

__all__ = ["PrometheusLabelValues"]
