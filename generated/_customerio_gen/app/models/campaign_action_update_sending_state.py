from typing import Literal

CampaignActionUpdateSendingState = Literal["automatic", "draft", "off"]

CAMPAIGN_ACTION_UPDATE_SENDING_STATE_VALUES: set[CampaignActionUpdateSendingState] = {
    "automatic",
    "draft",
    "off",
}


def check_campaign_action_update_sending_state(value: str) -> CampaignActionUpdateSendingState:
    if value in CAMPAIGN_ACTION_UPDATE_SENDING_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_ACTION_UPDATE_SENDING_STATE_VALUES!r}")
