from typing import Literal

TrackEventType = Literal["event", "page", "screen"]

TRACK_EVENT_TYPE_VALUES: set[TrackEventType] = {
    "event",
    "page",
    "screen",
}


def check_track_event_type(value: str) -> TrackEventType:
    if value in TRACK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_EVENT_TYPE_VALUES!r}")
