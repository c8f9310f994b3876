from typing import Literal

GetCampaignActionMetricsType = Literal["email", "in_app", "push", "slack", "twilio", "webhook"]

GET_CAMPAIGN_ACTION_METRICS_TYPE_VALUES: set[GetCampaignActionMetricsType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
}


def check_get_campaign_action_metrics_type(value: str) -> GetCampaignActionMetricsType:
    if value in GET_CAMPAIGN_ACTION_METRICS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_ACTION_METRICS_TYPE_VALUES!r}")
