from typing import Literal

GetBroadcastMetricsLinksPeriod = Literal["days", "hours", "months", "weeks"]

GET_BROADCAST_METRICS_LINKS_PERIOD_VALUES: set[GetBroadcastMetricsLinksPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_broadcast_metrics_links_period(value: str) -> GetBroadcastMetricsLinksPeriod:
    if value in GET_BROADCAST_METRICS_LINKS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_METRICS_LINKS_PERIOD_VALUES!r}")
