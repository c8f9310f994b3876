from typing import Literal

SendPushApsInterruptionLevel = Literal["active", "critical", "passive", "time-sensitive"]

SEND_PUSH_APS_INTERRUPTION_LEVEL_VALUES: set[SendPushApsInterruptionLevel] = {
    "active",
    "critical",
    "passive",
    "time-sensitive",
}


def check_send_push_aps_interruption_level(value: str) -> SendPushApsInterruptionLevel:
    if value in SEND_PUSH_APS_INTERRUPTION_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_PUSH_APS_INTERRUPTION_LEVEL_VALUES!r}")
