from typing import Literal

BroadcastActionUpdateSendingState = Literal["automatic", "draft", "off"]

BROADCAST_ACTION_UPDATE_SENDING_STATE_VALUES: set[BroadcastActionUpdateSendingState] = {
    "automatic",
    "draft",
    "off",
}


def check_broadcast_action_update_sending_state(value: str) -> BroadcastActionUpdateSendingState:
    if value in BROADCAST_ACTION_UPDATE_SENDING_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BROADCAST_ACTION_UPDATE_SENDING_STATE_VALUES!r}")
