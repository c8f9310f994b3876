from typing import Literal

TrackV2PersonDeleteDeviceAction = Literal["delete_device"]

TRACK_V2_PERSON_DELETE_DEVICE_ACTION_VALUES: set[TrackV2PersonDeleteDeviceAction] = {
    "delete_device",
}


def check_track_v2_person_delete_device_action(value: str) -> TrackV2PersonDeleteDeviceAction:
    if value in TRACK_V2_PERSON_DELETE_DEVICE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_DELETE_DEVICE_ACTION_VALUES!r}")
