from typing import Literal

GetNewsletterContentMetricsLinksPeriod = Literal["days", "hours", "months", "weeks"]

GET_NEWSLETTER_CONTENT_METRICS_LINKS_PERIOD_VALUES: set[GetNewsletterContentMetricsLinksPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_newsletter_content_metrics_links_period(value: str) -> GetNewsletterContentMetricsLinksPeriod:
    if value in GET_NEWSLETTER_CONTENT_METRICS_LINKS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_CONTENT_METRICS_LINKS_PERIOD_VALUES!r}"
    )
