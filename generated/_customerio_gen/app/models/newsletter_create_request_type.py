from typing import Literal

NewsletterCreateRequestType = Literal["email", "in_app", "inbox", "push", "twilio", "webhook"]

NEWSLETTER_CREATE_REQUEST_TYPE_VALUES: set[NewsletterCreateRequestType] = {
    "email",
    "in_app",
    "inbox",
    "push",
    "twilio",
    "webhook",
}


def check_newsletter_create_request_type(value: str) -> NewsletterCreateRequestType:
    if value in NEWSLETTER_CREATE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWSLETTER_CREATE_REQUEST_TYPE_VALUES!r}")
