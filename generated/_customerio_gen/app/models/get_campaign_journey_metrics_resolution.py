from typing import Literal

GetCampaignJourneyMetricsResolution = Literal[
    "daily", "days", "hourly", "hours", "monthly", "months", "weekly", "weeks"
]

GET_CAMPAIGN_JOURNEY_METRICS_RESOLUTION_VALUES: set[GetCampaignJourneyMetricsResolution] = {
    "daily",
    "days",
    "hourly",
    "hours",
    "monthly",
    "months",
    "weekly",
    "weeks",
}


def check_get_campaign_journey_metrics_resolution(value: str) -> GetCampaignJourneyMetricsResolution:
    if value in GET_CAMPAIGN_JOURNEY_METRICS_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_JOURNEY_METRICS_RESOLUTION_VALUES!r}")
