from typing import Literal

AppDeviceAttributesLastStatus = Literal["", "bounced", "sent", "suppressed"]

APP_DEVICE_ATTRIBUTES_LAST_STATUS_VALUES: set[AppDeviceAttributesLastStatus] = {
    "",
    "bounced",
    "sent",
    "suppressed",
}


def check_app_device_attributes_last_status(value: str) -> AppDeviceAttributesLastStatus:
    if value in APP_DEVICE_ATTRIBUTES_LAST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_DEVICE_ATTRIBUTES_LAST_STATUS_VALUES!r}")
