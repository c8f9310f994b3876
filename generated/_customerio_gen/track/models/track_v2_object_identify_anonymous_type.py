from typing import Literal

TrackV2ObjectIdentifyAnonymousType = Literal["object"]

TRACK_V2_OBJECT_IDENTIFY_ANONYMOUS_TYPE_VALUES: set[TrackV2ObjectIdentifyAnonymousType] = {
    "object",
}


def check_track_v2_object_identify_anonymous_type(value: str) -> TrackV2ObjectIdentifyAnonymousType:
    if value in TRACK_V2_OBJECT_IDENTIFY_ANONYMOUS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_IDENTIFY_ANONYMOUS_TYPE_VALUES!r}")
