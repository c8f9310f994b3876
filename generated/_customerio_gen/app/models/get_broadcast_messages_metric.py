from typing import Literal

GetBroadcastMessagesMetric = Literal[
    "attempted",
    "bounced",
    "clicked",
    "converted",
    "delivered",
    "dropped",
    "failed",
    "opened",
    "sent",
    "spammed",
    "undeliverable",
    "unsubscribed",
]

GET_BROADCAST_MESSAGES_METRIC_VALUES: set[GetBroadcastMessagesMetric] = {
    "attempted",
    "bounced",
    "clicked",
    "converted",
    "delivered",
    "dropped",
    "failed",
    "opened",
    "sent",
    "spammed",
    "undeliverable",
    "unsubscribed",
}


def check_get_broadcast_messages_metric(value: str) -> GetBroadcastMessagesMetric:
    if value in GET_BROADCAST_MESSAGES_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_MESSAGES_METRIC_VALUES!r}")
