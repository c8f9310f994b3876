from typing import Literal

TrackV2PersonIdentifyType = Literal["person"]

TRACK_V2_PERSON_IDENTIFY_TYPE_VALUES: set[TrackV2PersonIdentifyType] = {
    "person",
}


def check_track_v2_person_identify_type(value: str) -> TrackV2PersonIdentifyType:
    if value in TRACK_V2_PERSON_IDENTIFY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_IDENTIFY_TYPE_VALUES!r}")
