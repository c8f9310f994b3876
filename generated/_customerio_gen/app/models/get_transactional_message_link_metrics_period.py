from typing import Literal

GetTransactionalMessageLinkMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_TRANSACTIONAL_MESSAGE_LINK_METRICS_PERIOD_VALUES: set[GetTransactionalMessageLinkMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_transactional_message_link_metrics_period(value: str) -> GetTransactionalMessageLinkMetricsPeriod:
    if value in GET_TRANSACTIONAL_MESSAGE_LINK_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TRANSACTIONAL_MESSAGE_LINK_METRICS_PERIOD_VALUES!r}"
    )
