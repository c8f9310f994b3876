from typing import Literal

TrackV2PersonDeleteDeviceType = Literal["person"]

TRACK_V2_PERSON_DELETE_DEVICE_TYPE_VALUES: set[TrackV2PersonDeleteDeviceType] = {
    "person",
}


def check_track_v2_person_delete_device_type(value: str) -> TrackV2PersonDeleteDeviceType:
    if value in TRACK_V2_PERSON_DELETE_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_PERSON_DELETE_DEVICE_TYPE_VALUES!r}")
