from typing import Literal

GetBroadcastActionMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_BROADCAST_ACTION_METRICS_PERIOD_VALUES: set[GetBroadcastActionMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_broadcast_action_metrics_period(value: str) -> GetBroadcastActionMetricsPeriod:
    if value in GET_BROADCAST_ACTION_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_ACTION_METRICS_PERIOD_VALUES!r}")
