from typing import Literal

TrackV2ObjectDeleteType = Literal["object"]

TRACK_V2_OBJECT_DELETE_TYPE_VALUES: set[TrackV2ObjectDeleteType] = {
    "object",
}


def check_track_v2_object_delete_type(value: str) -> TrackV2ObjectDeleteType:
    if value in TRACK_V2_OBJECT_DELETE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_DELETE_TYPE_VALUES!r}")
