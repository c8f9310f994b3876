from typing import Literal

TrackV2PersonAddDeviceAction = Literal["add_device"]

TRACK_V2_PERSON_ADD_DEVICE_ACTION_VALUES: set[TrackV2PersonAddDeviceAction] = {
    "add_device",
}


def check_track_v2_person_add_device_action(value: str) -> TrackV2PersonAddDeviceAction:
    if value in TRACK_V2_PERSON_ADD_DEVICE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_ADD_DEVICE_ACTION_VALUES!r}")
