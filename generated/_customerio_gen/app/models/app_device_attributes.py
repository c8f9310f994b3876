from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppDeviceAttributes")


@_attrs_define
class AppDeviceAttributes:
    """Attributes of one device, usable in segments like a person's attributes. Besides the ones listed, any custom
    attribute may be set, as a string.

    Attributes:
        device_os (str | Unset): The operating system and its version.
        device_model (str | Unset): The device's model.
        app_version (str | Unset): The version of your app on the device.
        cio_sdk_version (str | Unset): The version of the Customer.io SDK in your app.
        field_last_status (str | Unset): What happened to the last message sent to the device; empty when none has been sent yet. One of: ``, `bounced`, `sent`, `suppressed`.
        device_locale (str | Unset): The device's language and region as an IETF tag, such as `en-MX`.
        push_enabled (str | Unset): `"true"` when the device accepts push notifications, `"false"` otherwise. One of: `true`, `false`.
    """

    device_os: str | Unset = UNSET
    device_model: str | Unset = UNSET
    app_version: str | Unset = UNSET
    cio_sdk_version: str | Unset = UNSET
    field_last_status: str | Unset = UNSET
    device_locale: str | Unset = UNSET
    push_enabled: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_os = self.device_os

        device_model = self.device_model

        app_version = self.app_version

        cio_sdk_version = self.cio_sdk_version

        field_last_status = self.field_last_status

        device_locale = self.device_locale

        push_enabled = self.push_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_os is not UNSET:
            field_dict["device_os"] = device_os
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if cio_sdk_version is not UNSET:
            field_dict["cio_sdk_version"] = cio_sdk_version
        if field_last_status is not UNSET:
            field_dict["_last_status"] = field_last_status
        if device_locale is not UNSET:
            field_dict["device_locale"] = device_locale
        if push_enabled is not UNSET:
            field_dict["push_enabled"] = push_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_os = d.pop("device_os", UNSET)

        device_model = d.pop("device_model", UNSET)

        app_version = d.pop("app_version", UNSET)

        cio_sdk_version = d.pop("cio_sdk_version", UNSET)

        field_last_status = d.pop("_last_status", UNSET)

        device_locale = d.pop("device_locale", UNSET)

        push_enabled = d.pop("push_enabled", UNSET)

        app_device_attributes = cls(
            device_os=device_os,
            device_model=device_model,
            app_version=app_version,
            cio_sdk_version=cio_sdk_version,
            field_last_status=field_last_status,
            device_locale=device_locale,
            push_enabled=push_enabled,
        )

        app_device_attributes.additional_properties = d
        return app_device_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
