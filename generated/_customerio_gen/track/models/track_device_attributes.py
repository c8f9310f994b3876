from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_device_attributes_push_enabled import (
    TrackDeviceAttributesPushEnabled,
    check_track_device_attributes_push_enabled,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackDeviceAttributes")


@_attrs_define
class TrackDeviceAttributes:
    """What is known about a device. Customer.io's SDKs fill in the keys below; any other key becomes a custom device
    attribute.

    Attributes:
        device_os (str | Unset): The operating system and its version.
        device_model (str | Unset): The hardware model.
        app_version (str | Unset): Your app's version.
        cio_sdk_version (str | Unset): The version of Customer.io's SDK in the app.
        device_locale (str | Unset): The device's locale
        push_enabled (TrackDeviceAttributesPushEnabled | Unset): Whether the person allows push notifications, as a string.
    """

    device_os: str | Unset = UNSET
    device_model: str | Unset = UNSET
    app_version: str | Unset = UNSET
    cio_sdk_version: str | Unset = UNSET
    device_locale: str | Unset = UNSET
    push_enabled: TrackDeviceAttributesPushEnabled | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_os = self.device_os

        device_model = self.device_model

        app_version = self.app_version

        cio_sdk_version = self.cio_sdk_version

        device_locale = self.device_locale

        push_enabled: str | Unset = UNSET
        if not isinstance(self.push_enabled, Unset):
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

        device_locale = d.pop("device_locale", UNSET)

        _push_enabled = d.pop("push_enabled", UNSET)
        push_enabled: TrackDeviceAttributesPushEnabled | Unset
        if isinstance(_push_enabled, Unset) or _push_enabled is None:
            push_enabled = UNSET
        else:
            push_enabled = check_track_device_attributes_push_enabled(_push_enabled)

        track_device_attributes = cls(
            device_os=device_os,
            device_model=device_model,
            app_version=app_version,
            cio_sdk_version=cio_sdk_version,
            device_locale=device_locale,
            push_enabled=push_enabled,
        )

        track_device_attributes.additional_properties = d
        return track_device_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
