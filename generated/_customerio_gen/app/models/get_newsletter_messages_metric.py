from typing import Literal

GetNewsletterMessagesMetric = Literal[
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

GET_NEWSLETTER_MESSAGES_METRIC_VALUES: set[GetNewsletterMessagesMetric] = {
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


def check_get_newsletter_messages_metric(value: str) -> GetNewsletterMessagesMetric:
    if value in GET_NEWSLETTER_MESSAGES_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_MESSAGES_METRIC_VALUES!r}")
