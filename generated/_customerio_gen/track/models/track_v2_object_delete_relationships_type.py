from typing import Literal

TrackV2ObjectDeleteRelationshipsType = Literal["object"]

TRACK_V2_OBJECT_DELETE_RELATIONSHIPS_TYPE_VALUES: set[TrackV2ObjectDeleteRelationshipsType] = {
    "object",
}


def check_track_v2_object_delete_relationships_type(value: str) -> TrackV2ObjectDeleteRelationshipsType:
    if value in TRACK_V2_OBJECT_DELETE_RELATIONSHIPS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_OBJECT_DELETE_RELATIONSHIPS_TYPE_VALUES!r}")
