from typing import Literal

SendPushMessageSound = Literal["default", "none"]

SEND_PUSH_MESSAGE_SOUND_VALUES: set[SendPushMessageSound] = {
    "default",
    "none",
}


def check_send_push_message_sound(value: str) -> SendPushMessageSound:
    if value in SEND_PUSH_MESSAGE_SOUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_PUSH_MESSAGE_SOUND_VALUES!r}")
