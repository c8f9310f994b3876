from typing import Literal

TrackV2ObjectIdentifyType = Literal["object"]

TRACK_V2_OBJECT_IDENTIFY_TYPE_VALUES: set[TrackV2ObjectIdentifyType] = {
    "object",
}


def check_track_v2_object_identify_type(value: str) -> TrackV2ObjectIdentifyType:
    if value in TRACK_V2_OBJECT_IDENTIFY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_IDENTIFY_TYPE_VALUES!r}")
