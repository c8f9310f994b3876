from typing import Literal

PipelinesTrackRequestType = Literal["track"]

PIPELINES_TRACK_REQUEST_TYPE_VALUES: set[PipelinesTrackRequestType] = {
    "track",
}


def check_pipelines_track_request_type(value: str) -> PipelinesTrackRequestType:
    if value in PIPELINES_TRACK_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_TRACK_REQUEST_TYPE_VALUES!r}")
