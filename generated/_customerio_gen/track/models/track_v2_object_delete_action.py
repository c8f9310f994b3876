from typing import Literal

TrackV2ObjectDeleteAction = Literal["delete"]

TRACK_V2_OBJECT_DELETE_ACTION_VALUES: set[TrackV2ObjectDeleteAction] = {
    "delete",
}


def check_track_v2_object_delete_action(value: str) -> TrackV2ObjectDeleteAction:
    if value in TRACK_V2_OBJECT_DELETE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_DELETE_ACTION_VALUES!r}")
