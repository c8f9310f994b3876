from typing import Literal

TrackV2PersonEventAction = Literal["event"]

TRACK_V2_PERSON_EVENT_ACTION_VALUES: set[TrackV2PersonEventAction] = {
    "event",
}


def check_track_v2_person_event_action(value: str) -> TrackV2PersonEventAction:
    if value in TRACK_V2_PERSON_EVENT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_EVENT_ACTION_VALUES!r}")
