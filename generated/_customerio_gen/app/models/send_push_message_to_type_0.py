from typing import Literal

SendPushMessageToType0 = Literal["all", "last_used"]

SEND_PUSH_MESSAGE_TO_TYPE_0_VALUES: set[SendPushMessageToType0] = {
    "all",
    "last_used",
}


def check_send_push_message_to_type_0(value: str) -> SendPushMessageToType0:
    if value in SEND_PUSH_MESSAGE_TO_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_PUSH_MESSAGE_TO_TYPE_0_VALUES!r}")
