from typing import Literal

GetBroadcastMessagesState = Literal["attempted", "drafted", "failed", "sent"]

GET_BROADCAST_MESSAGES_STATE_VALUES: set[GetBroadcastMessagesState] = {
    "attempted",
    "drafted",
    "failed",
    "sent",
}


def check_get_broadcast_messages_state(value: str) -> GetBroadcastMessagesState:
    if value in GET_BROADCAST_MESSAGES_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BROADCAST_MESSAGES_STATE_VALUES!r}")
