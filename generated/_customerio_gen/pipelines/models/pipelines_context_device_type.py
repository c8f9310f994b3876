from typing import Literal

PipelinesContextDeviceType = Literal["android", "ios"]

PIPELINES_CONTEXT_DEVICE_TYPE_VALUES: set[PipelinesContextDeviceType] = {
    "android",
    "ios",
}


def check_pipelines_context_device_type(value: str) -> PipelinesContextDeviceType:
    if value in PIPELINES_CONTEXT_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_CONTEXT_DEVICE_TYPE_VALUES!r}")
