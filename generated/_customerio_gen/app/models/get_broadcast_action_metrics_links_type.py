from typing import Literal

GetBroadcastActionMetricsLinksType = Literal["email", "in_app", "push", "slack", "twilio", "webhook"]

GET_BROADCAST_ACTION_METRICS_LINKS_TYPE_VALUES: set[GetBroadcastActionMetricsLinksType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
}


def check_get_broadcast_action_metrics_links_type(value: str) -> GetBroadcastActionMetricsLinksType:
    if value in GET_BROADCAST_ACTION_METRICS_LINKS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_ACTION_METRICS_LINKS_TYPE_VALUES!r}")
