from typing import Literal

SendPushDevicePlatform = Literal["android", "ios"]

SEND_PUSH_DEVICE_PLATFORM_VALUES: set[SendPushDevicePlatform] = {
    "android",
    "ios",
}


def check_send_push_device_platform(value: str) -> SendPushDevicePlatform:
    if value in SEND_PUSH_DEVICE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_PUSH_DEVICE_PLATFORM_VALUES!r}")
