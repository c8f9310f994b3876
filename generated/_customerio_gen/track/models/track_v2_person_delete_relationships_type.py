from typing import Literal

TrackV2PersonDeleteRelationshipsType = Literal["person"]

TRACK_V2_PERSON_DELETE_RELATIONSHIPS_TYPE_VALUES: set[TrackV2PersonDeleteRelationshipsType] = {
    "person",
}


def check_track_v2_person_delete_relationships_type(value: str) -> TrackV2PersonDeleteRelationshipsType:
    if value in TRACK_V2_PERSON_DELETE_RELATIONSHIPS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_DELETE_RELATIONSHIPS_TYPE_VALUES!r}")
