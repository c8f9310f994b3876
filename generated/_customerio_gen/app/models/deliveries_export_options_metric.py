from typing import Literal

DeliveriesExportOptionsMetric = Literal[
    "attempted",
    "bounced",
    "clicked",
    "converted",
    "created",
    "delivered",
    "dropped",
    "failed",
    "opened",
    "sent",
    "spammed",
    "undeliverable",
    "unsubscribed",
]

DELIVERIES_EXPORT_OPTIONS_METRIC_VALUES: set[DeliveriesExportOptionsMetric] = {
    "attempted",
    "bounced",
    "clicked",
    "converted",
    "created",
    "delivered",
    "dropped",
    "failed",
    "opened",
    "sent",
    "spammed",
    "undeliverable",
    "unsubscribed",
}


def check_deliveries_export_options_metric(value: str) -> DeliveriesExportOptionsMetric:
    if value in DELIVERIES_EXPORT_OPTIONS_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERIES_EXPORT_OPTIONS_METRIC_VALUES!r}")
