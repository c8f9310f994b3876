from typing import Literal

GetBroadcastActionMetricsType = Literal["email", "in_app", "push", "slack", "twilio", "webhook"]

GET_BROADCAST_ACTION_METRICS_TYPE_VALUES: set[GetBroadcastActionMetricsType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
}


def check_get_broadcast_action_metrics_type(value: str) -> GetBroadcastActionMetricsType:
    if value in GET_BROADCAST_ACTION_METRICS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_ACTION_METRICS_TYPE_VALUES!r}")
