from typing import Literal

GetCampaignMetricsVersion = Literal["1", "2"]

GET_CAMPAIGN_METRICS_VERSION_VALUES: set[GetCampaignMetricsVersion] = {
    "1",
    "2",
}


def check_get_campaign_metrics_version(value: str) -> GetCampaignMetricsVersion:
    if value in GET_CAMPAIGN_METRICS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_METRICS_VERSION_VALUES!r}")
