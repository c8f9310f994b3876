from typing import Literal

WebhookActionMethod = Literal["delete", "get", "patch", "post", "put"]

WEBHOOK_ACTION_METHOD_VALUES: set[WebhookActionMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_webhook_action_method(value: str) -> WebhookActionMethod:
    if value in WEBHOOK_ACTION_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_ACTION_METHOD_VALUES!r}")
