from typing import Literal

BroadcastActionUpdateMethod = Literal["delete", "get", "patch", "post", "put"]

BROADCAST_ACTION_UPDATE_METHOD_VALUES: set[BroadcastActionUpdateMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_broadcast_action_update_method(value: str) -> BroadcastActionUpdateMethod:
    if value in BROADCAST_ACTION_UPDATE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BROADCAST_ACTION_UPDATE_METHOD_VALUES!r}")
