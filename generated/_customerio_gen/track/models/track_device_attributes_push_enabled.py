from typing import Literal

TrackDeviceAttributesPushEnabled = Literal["false", "true"]

TRACK_DEVICE_ATTRIBUTES_PUSH_ENABLED_VALUES: set[TrackDeviceAttributesPushEnabled] = {
    "false",
    "true",
}


def check_track_device_attributes_push_enabled(value: str) -> TrackDeviceAttributesPushEnabled:
    if value in TRACK_DEVICE_ATTRIBUTES_PUSH_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_DEVICE_ATTRIBUTES_PUSH_ENABLED_VALUES!r}")
