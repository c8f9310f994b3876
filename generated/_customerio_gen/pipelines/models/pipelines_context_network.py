from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesContextNetwork")


@_attrs_define
class PipelinesContextNetwork:
    """The device's network connections.

    Attributes:
        bluetooth (bool | Unset):
        carrier (str | Unset):
        cellular (bool | Unset):
        wifi (bool | Unset):
    """

    bluetooth: bool | Unset = UNSET
    carrier: str | Unset = UNSET
    cellular: bool | Unset = UNSET
    wifi: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bluetooth = self.bluetooth

        carrier = self.carrier

        cellular = self.cellular

        wifi = self.wifi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bluetooth is not UNSET:
            field_dict["bluetooth"] = bluetooth
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if cellular is not UNSET:
            field_dict["cellular"] = cellular
        if wifi is not UNSET:
            field_dict["wifi"] = wifi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bluetooth = d.pop("bluetooth", UNSET)

        carrier = d.pop("carrier", UNSET)

        cellular = d.pop("cellular", UNSET)

        wifi = d.pop("wifi", UNSET)

        pipelines_context_network = cls(
            bluetooth=bluetooth,
            carrier=carrier,
            cellular=cellular,
            wifi=wifi,
        )

        pipelines_context_network.additional_properties = d
        return pipelines_context_network

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
