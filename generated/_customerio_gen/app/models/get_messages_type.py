from typing import Literal

GetMessagesType = Literal["email", "in_app", "push", "slack", "twilio", "webhook", "whatsapp"]

GET_MESSAGES_TYPE_VALUES: set[GetMessagesType] = {
    "email",
    "in_app",
    "push",
    "slack",
    "twilio",
    "webhook",
    "whatsapp",
}


def check_get_messages_type(value: str) -> GetMessagesType:
    if value in GET_MESSAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MESSAGES_TYPE_VALUES!r}")
