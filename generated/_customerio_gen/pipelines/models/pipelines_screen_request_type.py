from typing import Literal

PipelinesScreenRequestType = Literal["screen"]

PIPELINES_SCREEN_REQUEST_TYPE_VALUES: set[PipelinesScreenRequestType] = {
    "screen",
}


def check_pipelines_screen_request_type(value: str) -> PipelinesScreenRequestType:
    if value in PIPELINES_SCREEN_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_SCREEN_REQUEST_TYPE_VALUES!r}")
