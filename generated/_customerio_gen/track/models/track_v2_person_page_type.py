from typing import Literal

TrackV2PersonPageType = Literal["person"]

TRACK_V2_PERSON_PAGE_TYPE_VALUES: set[TrackV2PersonPageType] = {
    "person",
}


def check_track_v2_person_page_type(value: str) -> TrackV2PersonPageType:
    if value in TRACK_V2_PERSON_PAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_PAGE_TYPE_VALUES!r}")
