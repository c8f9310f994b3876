from typing import Literal

GetNewsletterContentMetricsPeriod = Literal["days", "hours", "months", "weeks"]

GET_NEWSLETTER_CONTENT_METRICS_PERIOD_VALUES: set[GetNewsletterContentMetricsPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_newsletter_content_metrics_period(value: str) -> GetNewsletterContentMetricsPeriod:
    if value in GET_NEWSLETTER_CONTENT_METRICS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_CONTENT_METRICS_PERIOD_VALUES!r}")
