from typing import Literal

GetTransactionalMessageMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_TRANSACTIONAL_MESSAGE_METRICS_PERIOD_VALUES: set[GetTransactionalMessageMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_transactional_message_metrics_period(value: str) -> GetTransactionalMessageMetricsPeriod:
    if value in GET_TRANSACTIONAL_MESSAGE_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TRANSACTIONAL_MESSAGE_METRICS_PERIOD_VALUES!r}")
