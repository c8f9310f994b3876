from typing import Literal

TrackV2DeliveryEventName = Literal["converted", "delivered", "opened"]

TRACK_V2_DELIVERY_EVENT_NAME_VALUES: set[TrackV2DeliveryEventName] = {
    "converted",
    "delivered",
    "opened",
}


def check_track_v2_delivery_event_name(value: str) -> TrackV2DeliveryEventName:
    if value in TRACK_V2_DELIVERY_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_DELIVERY_EVENT_NAME_VALUES!r}")
