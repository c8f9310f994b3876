from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_device_request_device import TrackDeviceRequestDevice


T = TypeVar("T", bound="TrackDeviceRequest")


@_attrs_define
class TrackDeviceRequest:
    """
    Attributes:
        device (TrackDeviceRequestDevice | Unset):
    """

    device: TrackDeviceRequestDevice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_device_request_device import TrackDeviceRequestDevice  # noqa: PLC0415

        d = dict(src_dict)
        _device = d.pop("device", UNSET)
        device: TrackDeviceRequestDevice | Unset
        if isinstance(_device, Unset) or _device is None:
            device = UNSET
        else:
            device = TrackDeviceRequestDevice.from_dict(_device if isinstance(_device, Mapping) else {})

        track_device_request = cls(
            device=device,
        )

        track_device_request.additional_properties = d
        return track_device_request

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
