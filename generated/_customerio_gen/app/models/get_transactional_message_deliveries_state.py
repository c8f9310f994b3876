from typing import Literal

GetTransactionalMessageDeliveriesState = Literal["attempted", "drafted", "failed", "sent"]

GET_TRANSACTIONAL_MESSAGE_DELIVERIES_STATE_VALUES: set[GetTransactionalMessageDeliveriesState] = {
    "attempted",
    "drafted",
    "failed",
    "sent",
}


def check_get_transactional_message_deliveries_state(value: str) -> GetTransactionalMessageDeliveriesState:
    if value in GET_TRANSACTIONAL_MESSAGE_DELIVERIES_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TRANSACTIONAL_MESSAGE_DELIVERIES_STATE_VALUES!r}"
    )
