from typing import Literal

TrackV2PersonScreenType = Literal["person"]

TRACK_V2_PERSON_SCREEN_TYPE_VALUES: set[TrackV2PersonScreenType] = {
    "person",
}


def check_track_v2_person_screen_type(value: str) -> TrackV2PersonScreenType:
    if value in TRACK_V2_PERSON_SCREEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_SCREEN_TYPE_VALUES!r}")
