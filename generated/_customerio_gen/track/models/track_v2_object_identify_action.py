from typing import Literal

TrackV2ObjectIdentifyAction = Literal["identify"]

TRACK_V2_OBJECT_IDENTIFY_ACTION_VALUES: set[TrackV2ObjectIdentifyAction] = {
    "identify",
}


def check_track_v2_object_identify_action(value: str) -> TrackV2ObjectIdentifyAction:
    if value in TRACK_V2_OBJECT_IDENTIFY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_IDENTIFY_ACTION_VALUES!r}")
