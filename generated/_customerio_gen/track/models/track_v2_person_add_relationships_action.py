from typing import Literal

TrackV2PersonAddRelationshipsAction = Literal["add_relationships"]

TRACK_V2_PERSON_ADD_RELATIONSHIPS_ACTION_VALUES: set[TrackV2PersonAddRelationshipsAction] = {
    "add_relationships",
}


def check_track_v2_person_add_relationships_action(value: str) -> TrackV2PersonAddRelationshipsAction:
    if value in TRACK_V2_PERSON_ADD_RELATIONSHIPS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_ADD_RELATIONSHIPS_ACTION_VALUES!r}")
