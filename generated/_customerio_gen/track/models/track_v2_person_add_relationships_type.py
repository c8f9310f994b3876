from typing import Literal

TrackV2PersonAddRelationshipsType = Literal["person"]

TRACK_V2_PERSON_ADD_RELATIONSHIPS_TYPE_VALUES: set[TrackV2PersonAddRelationshipsType] = {
    "person",
}


def check_track_v2_person_add_relationships_type(value: str) -> TrackV2PersonAddRelationshipsType:
    if value in TRACK_V2_PERSON_ADD_RELATIONSHIPS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_ADD_RELATIONSHIPS_TYPE_VALUES!r}")
