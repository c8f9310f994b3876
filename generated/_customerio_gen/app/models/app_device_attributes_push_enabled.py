from typing import Literal

AppDeviceAttributesPushEnabled = Literal["false", "true"]

APP_DEVICE_ATTRIBUTES_PUSH_ENABLED_VALUES: set[AppDeviceAttributesPushEnabled] = {
    "false",
    "true",
}


def check_app_device_attributes_push_enabled(value: str) -> AppDeviceAttributesPushEnabled:
    if value in APP_DEVICE_ATTRIBUTES_PUSH_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_DEVICE_ATTRIBUTES_PUSH_ENABLED_VALUES!r}")
