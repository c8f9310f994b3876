from typing import Literal

PipelinesPageRequestType = Literal["page"]

PIPELINES_PAGE_REQUEST_TYPE_VALUES: set[PipelinesPageRequestType] = {
    "page",
}


def check_pipelines_page_request_type(value: str) -> PipelinesPageRequestType:
    if value in PIPELINES_PAGE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_PAGE_REQUEST_TYPE_VALUES!r}")
