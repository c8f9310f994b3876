from typing import Literal

GetTransactionalMessageDeliveriesMetric = Literal[
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

GET_TRANSACTIONAL_MESSAGE_DELIVERIES_METRIC_VALUES: set[GetTransactionalMessageDeliveriesMetric] = {
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


def check_get_transactional_message_deliveries_metric(value: str) -> GetTransactionalMessageDeliveriesMetric:
    if value in GET_TRANSACTIONAL_MESSAGE_DELIVERIES_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TRANSACTIONAL_MESSAGE_DELIVERIES_METRIC_VALUES!r}"
    )
