from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_device_request_device_platform import (
    TrackDeviceRequestDevicePlatform,
    check_track_device_request_device_platform,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_device_attributes import TrackDeviceAttributes


T = TypeVar("T", bound="TrackDeviceRequestDevice")


@_attrs_define
class TrackDeviceRequestDevice:
    """
    Attributes:
        id (str): The device token.
        platform (TrackDeviceRequestDevicePlatform):
        last_used (int | Unset): When the device was last used
        attributes (TrackDeviceAttributes | Unset): What is known about a device. Customer.io's SDKs fill in the keys below; any other key becomes a custom device attribute.
    """

    id: str
    platform: TrackDeviceRequestDevicePlatform
    last_used: int | Unset = UNSET
    attributes: TrackDeviceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform: str = self.platform

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        from ..models.track_device_attributes import TrackDeviceAttributes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        platform = check_track_device_request_device_platform(d.pop("platform"))

        last_used = d.pop("last_used", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: TrackDeviceAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = TrackDeviceAttributes.from_dict(_attributes if isinstance(_attributes, Mapping) else {})

        track_device_request_device = cls(
            id=id,
            platform=platform,
            last_used=last_used,
            attributes=attributes,
        )

        track_device_request_device.additional_properties = d
        return track_device_request_device

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
