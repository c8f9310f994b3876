from typing import Literal

CampaignActionUpdateMethod = Literal["delete", "get", "patch", "post", "put"]

CAMPAIGN_ACTION_UPDATE_METHOD_VALUES: set[CampaignActionUpdateMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_campaign_action_update_method(value: str) -> CampaignActionUpdateMethod:
    if value in CAMPAIGN_ACTION_UPDATE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_ACTION_UPDATE_METHOD_VALUES!r}")
