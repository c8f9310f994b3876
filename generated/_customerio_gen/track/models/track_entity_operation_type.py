from typing import Literal

TrackEntityOperationType = Literal["delivery", "object", "person"]

TRACK_ENTITY_OPERATION_TYPE_VALUES: set[TrackEntityOperationType] = {
    "delivery",
    "object",
    "person",
}


def check_track_entity_operation_type(value: str) -> TrackEntityOperationType:
    if value in TRACK_ENTITY_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_ENTITY_OPERATION_TYPE_VALUES!r}")
