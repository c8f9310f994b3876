from typing import Literal

TrackV2PersonDeleteType = Literal["person"]

TRACK_V2_PERSON_DELETE_TYPE_VALUES: set[TrackV2PersonDeleteType] = {
    "person",
}


def check_track_v2_person_delete_type(value: str) -> TrackV2PersonDeleteType:
    if value in TRACK_V2_PERSON_DELETE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_DELETE_TYPE_VALUES!r}")
