from typing import Literal

GetCampaignMessagesType = Literal[
    "email", "in_app", "live_notification", "push", "slack", "twilio", "webhook", "whatsapp"
]

GET_CAMPAIGN_MESSAGES_TYPE_VALUES: set[GetCampaignMessagesType] = {
    "email",
    "in_app",
    "live_notification",
    "push",
    "slack",
    "twilio",
    "webhook",
    "whatsapp",
}


def check_get_campaign_messages_type(value: str) -> GetCampaignMessagesType:
    if value in GET_CAMPAIGN_MESSAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_MESSAGES_TYPE_VALUES!r}")
