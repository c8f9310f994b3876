from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_device_attributes import AppDeviceAttributes


T = TypeVar("T", bound="CustomerDevice")


@_attrs_define
class CustomerDevice:
    """A device registered to a person.

    Attributes:
        id (str | Unset): The device token.
        platform (str | Unset): The device's push platform. One of: `ios`, `android`.
        last_used (int | Unset): When the device was last seen, Unix seconds.
        attributes (AppDeviceAttributes | Unset): Attributes of one device, usable in segments like a person's attributes. Besides the ones listed, any custom attribute may be set, as a string.
    """

    id: str | Unset = UNSET
    platform: str | Unset = UNSET
    last_used: int | Unset = UNSET
    attributes: AppDeviceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_device_attributes import AppDeviceAttributes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        platform = d.pop("platform", UNSET)

        last_used = d.pop("last_used", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: AppDeviceAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = AppDeviceAttributes.from_dict(_attributes if isinstance(_attributes, Mapping) else {})

        customer_device = cls(
            id=id,
            platform=platform,
            last_used=last_used,
            attributes=attributes,
        )

        customer_device.additional_properties = d
        return customer_device

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
