from typing import Literal

TrackV2PersonMergeType = Literal["person"]

TRACK_V2_PERSON_MERGE_TYPE_VALUES: set[TrackV2PersonMergeType] = {
    "person",
}


def check_track_v2_person_merge_type(value: str) -> TrackV2PersonMergeType:
    if value in TRACK_V2_PERSON_MERGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_MERGE_TYPE_VALUES!r}")
