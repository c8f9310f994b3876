from typing import Literal

TrackV2PersonDeleteAction = Literal["delete"]

TRACK_V2_PERSON_DELETE_ACTION_VALUES: set[TrackV2PersonDeleteAction] = {
    "delete",
}


def check_track_v2_person_delete_action(value: str) -> TrackV2PersonDeleteAction:
    if value in TRACK_V2_PERSON_DELETE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_DELETE_ACTION_VALUES!r}")
