from typing import Literal

TrackV2ObjectDeleteRelationshipsAction = Literal["delete_relationships"]

TRACK_V2_OBJECT_DELETE_RELATIONSHIPS_ACTION_VALUES: set[TrackV2ObjectDeleteRelationshipsAction] = {
    "delete_relationships",
}


def check_track_v2_object_delete_relationships_action(value: str) -> TrackV2ObjectDeleteRelationshipsAction:
    if value in TRACK_V2_OBJECT_DELETE_RELATIONSHIPS_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_DELETE_RELATIONSHIPS_ACTION_VALUES!r}"
    )
