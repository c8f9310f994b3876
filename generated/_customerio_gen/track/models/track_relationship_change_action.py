from typing import Literal

TrackRelationshipChangeAction = Literal["add_relationships", "delete_relationships"]

TRACK_RELATIONSHIP_CHANGE_ACTION_VALUES: set[TrackRelationshipChangeAction] = {
    "add_relationships",
    "delete_relationships",
}


def check_track_relationship_change_action(value: str) -> TrackRelationshipChangeAction:
    if value in TRACK_RELATIONSHIP_CHANGE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_RELATIONSHIP_CHANGE_ACTION_VALUES!r}")
