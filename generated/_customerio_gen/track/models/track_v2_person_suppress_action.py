from typing import Literal

TrackV2PersonSuppressAction = Literal["suppress"]

TRACK_V2_PERSON_SUPPRESS_ACTION_VALUES: set[TrackV2PersonSuppressAction] = {
    "suppress",
}


def check_track_v2_person_suppress_action(value: str) -> TrackV2PersonSuppressAction:
    if value in TRACK_V2_PERSON_SUPPRESS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_SUPPRESS_ACTION_VALUES!r}")
