from typing import Literal

PipelinesIdentifyRequestType = Literal["identify"]

PIPELINES_IDENTIFY_REQUEST_TYPE_VALUES: set[PipelinesIdentifyRequestType] = {
    "identify",
}


def check_pipelines_identify_request_type(value: str) -> PipelinesIdentifyRequestType:
    if value in PIPELINES_IDENTIFY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_IDENTIFY_REQUEST_TYPE_VALUES!r}")
