from typing import Literal

TrackV2ObjectAddRelationshipsType = Literal["object"]

TRACK_V2_OBJECT_ADD_RELATIONSHIPS_TYPE_VALUES: set[TrackV2ObjectAddRelationshipsType] = {
    "object",
}


def check_track_v2_object_add_relationships_type(value: str) -> TrackV2ObjectAddRelationshipsType:
    if value in TRACK_V2_OBJECT_ADD_RELATIONSHIPS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_ADD_RELATIONSHIPS_TYPE_VALUES!r}")
