from typing import Literal

GetCampaignActionMetricsLinksType = Literal["email", "in_app", "push", "slack", "twilio", "webhook"]

GET_CAMPAIGN_ACTION_METRICS_LINKS_TYPE_VALUES: set[GetCampaignActionMetricsLinksType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
}


def check_get_campaign_action_metrics_links_type(value: str) -> GetCampaignActionMetricsLinksType:
    if value in GET_CAMPAIGN_ACTION_METRICS_LINKS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_ACTION_METRICS_LINKS_TYPE_VALUES!r}")
