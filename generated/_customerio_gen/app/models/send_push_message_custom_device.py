from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_push_message_custom_device_platform import (
    SendPushMessageCustomDevicePlatform,
    check_send_push_message_custom_device_platform,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_push_message_custom_device_attributes import SendPushMessageCustomDeviceAttributes


T = TypeVar("T", bound="SendPushMessageCustomDevice")


@_attrs_define
class SendPushMessageCustomDevice:
    """A device to register and send to (given as `device` on `SendPushRequest`).

    Attributes:
        token (str | Unset):
        platform (SendPushMessageCustomDevicePlatform | Unset):
        last_used (int | Unset):
        attributes (SendPushMessageCustomDeviceAttributes | Unset):
    """

    token: str | Unset = UNSET
    platform: SendPushMessageCustomDevicePlatform | Unset = UNSET
    last_used: int | Unset = UNSET
    attributes: SendPushMessageCustomDeviceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if platform is not UNSET:
            field_dict["platform"] = platform
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_message_custom_device_attributes import SendPushMessageCustomDeviceAttributes  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: SendPushMessageCustomDevicePlatform | Unset
        if isinstance(_platform, Unset) or _platform is None:
            platform = UNSET
        else:
            platform = check_send_push_message_custom_device_platform(_platform)

        last_used = d.pop("last_used", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: SendPushMessageCustomDeviceAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = SendPushMessageCustomDeviceAttributes.from_dict(
                _attributes if isinstance(_attributes, Mapping) else {}
            )

        send_push_message_custom_device = cls(
            token=token,
            platform=platform,
            last_used=last_used,
            attributes=attributes,
        )

        send_push_message_custom_device.additional_properties = d
        return send_push_message_custom_device

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
