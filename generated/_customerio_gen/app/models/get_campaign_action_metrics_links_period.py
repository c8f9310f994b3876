from typing import Literal

GetCampaignActionMetricsLinksPeriod = Literal["days", "hours", "months", "weeks"]

GET_CAMPAIGN_ACTION_METRICS_LINKS_PERIOD_VALUES: set[GetCampaignActionMetricsLinksPeriod] = {
    "days",
    "hours",
    "months",
    "weeks",
}


def check_get_campaign_action_metrics_links_period(value: str) -> GetCampaignActionMetricsLinksPeriod:
    if value in GET_CAMPAIGN_ACTION_METRICS_LINKS_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_ACTION_METRICS_LINKS_PERIOD_VALUES!r}")
