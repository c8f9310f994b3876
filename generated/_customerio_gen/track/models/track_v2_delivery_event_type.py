from typing import Literal

TrackV2DeliveryEventType = Literal["delivery"]

TRACK_V2_DELIVERY_EVENT_TYPE_VALUES: set[TrackV2DeliveryEventType] = {
    "delivery",
}


def check_track_v2_delivery_event_type(value: str) -> TrackV2DeliveryEventType:
    if value in TRACK_V2_DELIVERY_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_DELIVERY_EVENT_TYPE_VALUES!r}")
