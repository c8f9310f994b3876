from typing import Literal

TrackV2PersonSuppressType = Literal["person"]

TRACK_V2_PERSON_SUPPRESS_TYPE_VALUES: set[TrackV2PersonSuppressType] = {
    "person",
}


def check_track_v2_person_suppress_type(value: str) -> TrackV2PersonSuppressType:
    if value in TRACK_V2_PERSON_SUPPRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_SUPPRESS_TYPE_VALUES!r}")
