from typing import Literal

TrackDeviceRequestDevicePlatform = Literal["android", "ios"]

TRACK_DEVICE_REQUEST_DEVICE_PLATFORM_VALUES: set[TrackDeviceRequestDevicePlatform] = {
    "android",
    "ios",
}


def check_track_device_request_device_platform(value: str) -> TrackDeviceRequestDevicePlatform:
    if value in TRACK_DEVICE_REQUEST_DEVICE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_DEVICE_REQUEST_DEVICE_PLATFORM_VALUES!r}")
