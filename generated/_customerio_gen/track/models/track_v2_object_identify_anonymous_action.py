from typing import Literal

TrackV2ObjectIdentifyAnonymousAction = Literal["identify_anonymous"]

TRACK_V2_OBJECT_IDENTIFY_ANONYMOUS_ACTION_VALUES: set[TrackV2ObjectIdentifyAnonymousAction] = {
    "identify_anonymous",
}


def check_track_v2_object_identify_anonymous_action(value: str) -> TrackV2ObjectIdentifyAnonymousAction:
    if value in TRACK_V2_OBJECT_IDENTIFY_ANONYMOUS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_IDENTIFY_ANONYMOUS_ACTION_VALUES!r}")
