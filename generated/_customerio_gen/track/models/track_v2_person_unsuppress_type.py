from typing import Literal

TrackV2PersonUnsuppressType = Literal["person"]

TRACK_V2_PERSON_UNSUPPRESS_TYPE_VALUES: set[TrackV2PersonUnsuppressType] = {
    "person",
}


def check_track_v2_person_unsuppress_type(value: str) -> TrackV2PersonUnsuppressType:
    if value in TRACK_V2_PERSON_UNSUPPRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_UNSUPPRESS_TYPE_VALUES!r}")
