from typing import Literal

GetNewsletterMessagesType = Literal["email", "in_app", "inbox", "push", "twilio", "webhook"]

GET_NEWSLETTER_MESSAGES_TYPE_VALUES: set[GetNewsletterMessagesType] = {
    "email",
    "in_app",
    "inbox",
    "push",
    "twilio",
    "webhook",
}


def check_get_newsletter_messages_type(value: str) -> GetNewsletterMessagesType:
    if value in GET_NEWSLETTER_MESSAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_NEWSLETTER_MESSAGES_TYPE_VALUES!r}")
