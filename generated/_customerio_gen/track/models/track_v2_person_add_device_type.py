from typing import Literal

TrackV2PersonAddDeviceType = Literal["person"]

TRACK_V2_PERSON_ADD_DEVICE_TYPE_VALUES: set[TrackV2PersonAddDeviceType] = {
    "person",
}


def check_track_v2_person_add_device_type(value: str) -> TrackV2PersonAddDeviceType:
    if value in TRACK_V2_PERSON_ADD_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_ADD_DEVICE_TYPE_VALUES!r}")
