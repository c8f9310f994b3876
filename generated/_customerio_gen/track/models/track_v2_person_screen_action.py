from typing import Literal

TrackV2PersonScreenAction = Literal["screen"]

TRACK_V2_PERSON_SCREEN_ACTION_VALUES: set[TrackV2PersonScreenAction] = {
    "screen",
}


def check_track_v2_person_screen_action(value: str) -> TrackV2PersonScreenAction:
    if value in TRACK_V2_PERSON_SCREEN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_SCREEN_ACTION_VALUES!r}")
