from typing import Literal

GetNewsletterContentMetricsType = Literal["email", "in_app", "push", "slack", "twilio", "webhook"]

GET_NEWSLETTER_CONTENT_METRICS_TYPE_VALUES: set[GetNewsletterContentMetricsType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
}


def check_get_newsletter_content_metrics_type(value: str) -> GetNewsletterContentMetricsType:
    if value in GET_NEWSLETTER_CONTENT_METRICS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_CONTENT_METRICS_TYPE_VALUES!r}")
