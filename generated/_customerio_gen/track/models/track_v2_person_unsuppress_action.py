from typing import Literal

TrackV2PersonUnsuppressAction = Literal["unsuppress"]

TRACK_V2_PERSON_UNSUPPRESS_ACTION_VALUES: set[TrackV2PersonUnsuppressAction] = {
    "unsuppress",
}


def check_track_v2_person_unsuppress_action(value: str) -> TrackV2PersonUnsuppressAction:
    if value in TRACK_V2_PERSON_UNSUPPRESS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_UNSUPPRESS_ACTION_VALUES!r}")
