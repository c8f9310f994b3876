from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_push_device_platform import SendPushDevicePlatform, check_send_push_device_platform
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_device_attributes import AppDeviceAttributes


T = TypeVar("T", bound="SendPushDevice")


@_attrs_define
class SendPushDevice:
    """A device added to (or updated on) the recipient's profile as the message is sent, and sent to. `SendPushRequest`
    takes it as `device`.

    Attributes:
        token (str): The device's push token.
        platform (SendPushDevicePlatform): The device's push platform.
        last_used (int | Unset): When the device was last seen, Unix seconds; the time of the request when left out.
        attributes (AppDeviceAttributes | Unset): Attributes of one device, usable in segments like a person's attributes. Besides the ones listed, any custom attribute may be set, as a string.
    """

    token: str
    platform: SendPushDevicePlatform
    last_used: int | Unset = UNSET
    attributes: AppDeviceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform: str = self.platform

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "platform": platform,
            }
        )
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_device_attributes import AppDeviceAttributes  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token")

        platform = check_send_push_device_platform(d.pop("platform"))

        last_used = d.pop("last_used", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: AppDeviceAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = AppDeviceAttributes.from_dict(_attributes if isinstance(_attributes, Mapping) else {})

        send_push_device = cls(
            token=token,
            platform=platform,
            last_used=last_used,
            attributes=attributes,
        )

        send_push_device.additional_properties = d
        return send_push_device

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
