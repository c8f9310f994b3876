from typing import Literal

ActionSendingState = Literal["automatic", "draft", "off"]

ACTION_SENDING_STATE_VALUES: set[ActionSendingState] = {
    "automatic",
    "draft",
    "off",
}


def check_action_sending_state(value: str) -> ActionSendingState:
    if value in ACTION_SENDING_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_SENDING_STATE_VALUES!r}")
