from typing import Literal

SendPushMessageCustomDevicePlatform = Literal["android", "ios"]

SEND_PUSH_MESSAGE_CUSTOM_DEVICE_PLATFORM_VALUES: set[SendPushMessageCustomDevicePlatform] = {
    "android",
    "ios",
}


def check_send_push_message_custom_device_platform(value: str) -> SendPushMessageCustomDevicePlatform:
    if value in SEND_PUSH_MESSAGE_CUSTOM_DEVICE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_PUSH_MESSAGE_CUSTOM_DEVICE_PLATFORM_VALUES!r}")
