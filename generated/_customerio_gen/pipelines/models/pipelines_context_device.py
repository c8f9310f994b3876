from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipelines_context_device_type import PipelinesContextDeviceType, check_pipelines_context_device_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesContextDevice")


@_attrs_define
class PipelinesContextDevice:
    """The device the call came from.

    Attributes:
        id (str | Unset):
        advertising_id (str | Unset):
        manufacturer (str | Unset):
        model (str | Unset):
        name (str | Unset):
        type_ (PipelinesContextDeviceType | Unset): The device's platform.
        version (str | Unset):
        token (str | Unset): The push token (for `Device Created or Updated` and `Device Deleted` events).
    """

    id: str | Unset = UNSET
    advertising_id: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: PipelinesContextDeviceType | Unset = UNSET
    version: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        advertising_id = self.advertising_id

        manufacturer = self.manufacturer

        model = self.model

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        version = self.version

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if advertising_id is not UNSET:
            field_dict["advertisingId"] = advertising_id
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        advertising_id = d.pop("advertisingId", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PipelinesContextDeviceType | Unset
        if isinstance(_type_, Unset) or _type_ is None:
            type_ = UNSET
        else:
            type_ = check_pipelines_context_device_type(_type_)

        version = d.pop("version", UNSET)

        token = d.pop("token", UNSET)

        pipelines_context_device = cls(
            id=id,
            advertising_id=advertising_id,
            manufacturer=manufacturer,
            model=model,
            name=name,
            type_=type_,
            version=version,
            token=token,
        )

        pipelines_context_device.additional_properties = d
        return pipelines_context_device

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
