from typing import Literal

TrackMetricMetric = Literal["bounced", "clicked", "converted", "deferred", "delivered", "dropped", "opened", "spammed"]

TRACK_METRIC_METRIC_VALUES: set[TrackMetricMetric] = {
    "bounced",
    "clicked",
    "converted",
    "deferred",
    "delivered",
    "dropped",
    "opened",
    "spammed",
}


def check_track_metric_metric(value: str) -> TrackMetricMetric:
    if value in TRACK_METRIC_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_METRIC_METRIC_VALUES!r}")
