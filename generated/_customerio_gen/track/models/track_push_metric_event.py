from typing import Literal

TrackPushMetricEvent = Literal["converted", "delivered", "opened"]

TRACK_PUSH_METRIC_EVENT_VALUES: set[TrackPushMetricEvent] = {
    "converted",
    "delivered",
    "opened",
}


def check_track_push_metric_event(value: str) -> TrackPushMetricEvent:
    if value in TRACK_PUSH_METRIC_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_PUSH_METRIC_EVENT_VALUES!r}")
