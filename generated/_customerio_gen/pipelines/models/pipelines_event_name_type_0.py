from typing import Literal

PipelinesEventNameType0 = Literal[
    "Device Created or Updated",
    "Device Deleted",
    "Object Deleted",
    "Relationship Deleted",
    "Report Content Event",
    "Report Delivery Event",
    "User Deleted",
    "User Suppressed",
    "User Unsuppressed",
]

PIPELINES_EVENT_NAME_TYPE_0_VALUES: set[PipelinesEventNameType0] = {
    "Device Created or Updated",
    "Device Deleted",
    "Object Deleted",
    "Relationship Deleted",
    "Report Content Event",
    "Report Delivery Event",
    "User Deleted",
    "User Suppressed",
    "User Unsuppressed",
}


def check_pipelines_event_name_type_0(value: str) -> PipelinesEventNameType0:
    if value in PIPELINES_EVENT_NAME_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_EVENT_NAME_TYPE_0_VALUES!r}")
