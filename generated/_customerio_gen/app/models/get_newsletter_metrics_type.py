from typing import Literal

GetNewsletterMetricsType = Literal["email", "in_app", "push", "slack", "twilio", "webhook"]

GET_NEWSLETTER_METRICS_TYPE_VALUES: set[GetNewsletterMetricsType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
}


def check_get_newsletter_metrics_type(value: str) -> GetNewsletterMetricsType:
    if value in GET_NEWSLETTER_METRICS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_METRICS_TYPE_VALUES!r}")
