from typing import Literal

GetCampaignMetricsRes = Literal["daily", "days", "hourly", "hours", "monthly", "months", "weekly", "weeks"]

GET_CAMPAIGN_METRICS_RES_VALUES: set[GetCampaignMetricsRes] = {
    "daily",
    "days",
    "hourly",
    "hours",
    "monthly",
    "months",
    "weekly",
    "weeks",
}


def check_get_campaign_metrics_res(value: str) -> GetCampaignMetricsRes:
    if value in GET_CAMPAIGN_METRICS_RES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_METRICS_RES_VALUES!r}")
