from typing import Literal

TrackV2PersonDeleteRelationshipsAction = Literal["delete_relationships"]

TRACK_V2_PERSON_DELETE_RELATIONSHIPS_ACTION_VALUES: set[TrackV2PersonDeleteRelationshipsAction] = {
    "delete_relationships",
}


def check_track_v2_person_delete_relationships_action(value: str) -> TrackV2PersonDeleteRelationshipsAction:
    if value in TRACK_V2_PERSON_DELETE_RELATIONSHIPS_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_DELETE_RELATIONSHIPS_ACTION_VALUES!r}"
    )
