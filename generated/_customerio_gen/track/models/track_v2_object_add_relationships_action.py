from typing import Literal

TrackV2ObjectAddRelationshipsAction = Literal["add_relationships"]

TRACK_V2_OBJECT_ADD_RELATIONSHIPS_ACTION_VALUES: set[TrackV2ObjectAddRelationshipsAction] = {
    "add_relationships",
}


def check_track_v2_object_add_relationships_action(value: str) -> TrackV2ObjectAddRelationshipsAction:
    if value in TRACK_V2_OBJECT_ADD_RELATIONSHIPS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_ADD_RELATIONSHIPS_ACTION_VALUES!r}")
