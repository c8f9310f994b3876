from typing import Literal

TrackV2PersonPageAction = Literal["page"]

TRACK_V2_PERSON_PAGE_ACTION_VALUES: set[TrackV2PersonPageAction] = {
    "page",
}


def check_track_v2_person_page_action(value: str) -> TrackV2PersonPageAction:
    if value in TRACK_V2_PERSON_PAGE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_PAGE_ACTION_VALUES!r}")
