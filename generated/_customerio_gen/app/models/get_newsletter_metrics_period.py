from typing import Literal

GetNewsletterMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_NEWSLETTER_METRICS_PERIOD_VALUES: set[GetNewsletterMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_newsletter_metrics_period(value: str) -> GetNewsletterMetricsPeriod:
    if value in GET_NEWSLETTER_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_METRICS_PERIOD_VALUES!r}")
