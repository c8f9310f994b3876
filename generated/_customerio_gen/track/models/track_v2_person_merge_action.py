from typing import Literal

TrackV2PersonMergeAction = Literal["merge"]

TRACK_V2_PERSON_MERGE_ACTION_VALUES: set[TrackV2PersonMergeAction] = {
    "merge",
}


def check_track_v2_person_merge_action(value: str) -> TrackV2PersonMergeAction:
    if value in TRACK_V2_PERSON_MERGE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_MERGE_ACTION_VALUES!r}")
