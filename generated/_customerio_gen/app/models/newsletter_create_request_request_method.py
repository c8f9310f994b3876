from typing import Literal

NewsletterCreateRequestRequestMethod = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]

NEWSLETTER_CREATE_REQUEST_REQUEST_METHOD_VALUES: set[NewsletterCreateRequestRequestMethod] = {
    "DELETE",
    "GET",
    "PATCH",
    "POST",
    "PUT",
}


def check_newsletter_create_request_request_method(value: str) -> NewsletterCreateRequestRequestMethod:
    if value in NEWSLETTER_CREATE_REQUEST_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWSLETTER_CREATE_REQUEST_REQUEST_METHOD_VALUES!r}")
