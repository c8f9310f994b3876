from typing import Literal

GetCampaignActionMetricsRes = Literal["daily", "days", "hourly", "hours", "monthly", "months", "weekly", "weeks"]

GET_CAMPAIGN_ACTION_METRICS_RES_VALUES: set[GetCampaignActionMetricsRes] = {
    "daily",
    "days",
    "hourly",
    "hours",
    "monthly",
    "months",
    "weekly",
    "weeks",
}


def check_get_campaign_action_metrics_res(value: str) -> GetCampaignActionMetricsRes:
    if value in GET_CAMPAIGN_ACTION_METRICS_RES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_ACTION_METRICS_RES_VALUES!r}")
