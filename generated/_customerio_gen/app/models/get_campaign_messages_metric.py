from typing import Literal

GetCampaignMessagesMetric = Literal[
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

GET_CAMPAIGN_MESSAGES_METRIC_VALUES: set[GetCampaignMessagesMetric] = {
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


def check_get_campaign_messages_metric(value: str) -> GetCampaignMessagesMetric:
    if value in GET_CAMPAIGN_MESSAGES_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_MESSAGES_METRIC_VALUES!r}")
