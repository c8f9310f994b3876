from typing import Literal

TrackV2PersonIdentifyAction = Literal["identify"]

TRACK_V2_PERSON_IDENTIFY_ACTION_VALUES: set[TrackV2PersonIdentifyAction] = {
    "identify",
}


def check_track_v2_person_identify_action(value: str) -> TrackV2PersonIdentifyAction:
    if value in TRACK_V2_PERSON_IDENTIFY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_IDENTIFY_ACTION_VALUES!r}")
