from typing import Literal

TrackV2DeliveryEventAction = Literal["event"]

TRACK_V2_DELIVERY_EVENT_ACTION_VALUES: set[TrackV2DeliveryEventAction] = {
    "event",
}


def check_track_v2_delivery_event_action(value: str) -> TrackV2DeliveryEventAction:
    if value in TRACK_V2_DELIVERY_EVENT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACK_V2_DELIVERY_EVENT_ACTION_VALUES!r}")
