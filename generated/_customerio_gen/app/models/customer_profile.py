from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_device import CustomerDevice
    from ..models.customer_identifiers import CustomerIdentifiers
    from ..models.customer_profile_attributes import CustomerProfileAttributes
    from ..models.customer_profile_timestamps import CustomerProfileTimestamps


T = TypeVar("T", bound="CustomerProfile")


@_attrs_define
class CustomerProfile:
    """A person with their attributes and devices.

    Attributes:
        id (None | str | Unset): The person's id.
        identifiers (CustomerIdentifiers | Unset): A person's identifiers; `id` or `email` is null when unset.
        attributes (CustomerProfileAttributes | Unset): Every attribute, including the identifiers; values are strings.
        timestamps (CustomerProfileTimestamps | Unset): When each attribute was set, Unix seconds, keyed by attribute name.
        unsubscribed (bool | Unset): Whether the person is unsubscribed from everything.
        devices (list[CustomerDevice] | Unset):
    """

    id: None | str | Unset = UNSET
    identifiers: CustomerIdentifiers | Unset = UNSET
    attributes: CustomerProfileAttributes | Unset = UNSET
    timestamps: CustomerProfileTimestamps | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    devices: list[CustomerDevice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        unsubscribed = self.unsubscribed

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_device import CustomerDevice  # noqa: PLC0415
        from ..models.customer_identifiers import CustomerIdentifiers  # noqa: PLC0415
        from ..models.customer_profile_attributes import CustomerProfileAttributes  # noqa: PLC0415
        from ..models.customer_profile_timestamps import CustomerProfileTimestamps  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: CustomerIdentifiers | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = CustomerIdentifiers.from_dict(_identifiers if isinstance(_identifiers, Mapping) else {})

        _attributes = d.pop("attributes", UNSET)
        attributes: CustomerProfileAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = CustomerProfileAttributes.from_dict(_attributes if isinstance(_attributes, Mapping) else {})

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: CustomerProfileTimestamps | Unset
        if isinstance(_timestamps, Unset) or _timestamps is None:
            timestamps = UNSET
        else:
            timestamps = CustomerProfileTimestamps.from_dict(_timestamps if isinstance(_timestamps, Mapping) else {})

        unsubscribed = d.pop("unsubscribed", UNSET)

        _devices = d.pop("devices", UNSET)
        devices: list[CustomerDevice] | Unset = UNSET
        if isinstance(_devices, list):
            devices = []
            for devices_item_data in _devices:
                devices_item = CustomerDevice.from_dict(
                    devices_item_data if isinstance(devices_item_data, Mapping) else {}
                )

                devices.append(devices_item)

        customer_profile = cls(
            id=id,
            identifiers=identifiers,
            attributes=attributes,
            timestamps=timestamps,
            unsubscribed=unsubscribed,
            devices=devices,
        )

        customer_profile.additional_properties = d
        return customer_profile

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
