from typing import Literal

PipelinesGroupRequestType = Literal["group"]

PIPELINES_GROUP_REQUEST_TYPE_VALUES: set[PipelinesGroupRequestType] = {
    "group",
}


def check_pipelines_group_request_type(value: str) -> PipelinesGroupRequestType:
    if value in PIPELINES_GROUP_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_GROUP_REQUEST_TYPE_VALUES!r}")
