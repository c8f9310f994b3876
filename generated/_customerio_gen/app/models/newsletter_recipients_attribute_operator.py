from typing import Literal

NewsletterRecipientsAttributeOperator = Literal["eq", "exists"]

NEWSLETTER_RECIPIENTS_ATTRIBUTE_OPERATOR_VALUES: set[NewsletterRecipientsAttributeOperator] = {
    "eq",
    "exists",
}


def check_newsletter_recipients_attribute_operator(value: str) -> NewsletterRecipientsAttributeOperator:
    if value in NEWSLETTER_RECIPIENTS_ATTRIBUTE_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWSLETTER_RECIPIENTS_ATTRIBUTE_OPERATOR_VALUES!r}")
