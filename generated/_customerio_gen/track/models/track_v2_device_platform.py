from typing import Literal

TrackV2DevicePlatform = Literal["android", "ios"]

TRACK_V2_DEVICE_PLATFORM_VALUES: set[TrackV2DevicePlatform] = {
    "android",
    "ios",
}


def check_track_v2_device_platform(value: str) -> TrackV2DevicePlatform:
    if value in TRACK_V2_DEVICE_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_DEVICE_PLATFORM_VALUES!r}")
