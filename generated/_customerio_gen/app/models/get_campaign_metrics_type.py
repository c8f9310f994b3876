from typing import Literal

GetCampaignMetricsType = Literal[
    "email", "in_app", "live_notification", "push", "slack", "twilio", "webhook", "whatsapp"
]

GET_CAMPAIGN_METRICS_TYPE_VALUES: set[GetCampaignMetricsType] = {
    "email",
    "in_app",
    "live_notification",
    "push",
    "slack",
    "twilio",
    "webhook",
    "whatsapp",
}


def check_get_campaign_metrics_type(value: str) -> GetCampaignMetricsType:
    if value in GET_CAMPAIGN_METRICS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_METRICS_TYPE_VALUES!r}")
