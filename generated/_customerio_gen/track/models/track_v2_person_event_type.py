from typing import Literal

TrackV2PersonEventType = Literal["person"]

TRACK_V2_PERSON_EVENT_TYPE_VALUES: set[TrackV2PersonEventType] = {
    "person",
}


def check_track_v2_person_event_type(value: str) -> TrackV2PersonEventType:
    if value in TRACK_V2_PERSON_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_EVENT_TYPE_VALUES!r}")
