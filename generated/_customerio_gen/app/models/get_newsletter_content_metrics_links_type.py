from typing import Literal

GetNewsletterContentMetricsLinksType = Literal["email", "in_app", "push", "slack", "twilio", "webhook"]

GET_NEWSLETTER_CONTENT_METRICS_LINKS_TYPE_VALUES: set[GetNewsletterContentMetricsLinksType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
}


def check_get_newsletter_content_metrics_links_type(value: str) -> GetNewsletterContentMetricsLinksType:
    if value in GET_NEWSLETTER_CONTENT_METRICS_LINKS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_CONTENT_METRICS_LINKS_TYPE_VALUES!r}")
