from typing import Literal

GetCampaignMetricsLinksPeriod = Literal["days", "hours", "months", "weeks"]

GET_CAMPAIGN_METRICS_LINKS_PERIOD_VALUES: set[GetCampaignMetricsLinksPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_campaign_metrics_links_period(value: str) -> GetCampaignMetricsLinksPeriod:
    if value in GET_CAMPAIGN_METRICS_LINKS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_METRICS_LINKS_PERIOD_VALUES!r}")
