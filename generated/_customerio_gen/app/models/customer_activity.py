from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_activity_data import CustomerActivityData
    from ..models.customer_identifiers import CustomerIdentifiers


T = TypeVar("T", bound="CustomerActivity")


@_attrs_define
class CustomerActivity:
    """Something a person did, or that happened to them.

    Attributes:
        id (str | Unset):
        type_ (str | Unset): The kind of activity. Object activities are `_o:<object type id>:<kind>` (for example
            `_o:3:create`) and relationship attribute changes `_r:<object type id>:<kind>`.
        name (str | Unset): The event or screen name.
        url (str | Unset): The page URL, for page views.
        timestamp (int | Unset): Unix seconds.
        customer_id (None | str | Unset):
        customer_identifiers (CustomerIdentifiers | Unset): A person's identifiers; `id` or `email` is null when unset.
        delivery_id (str | Unset): The delivery, for message activities.
        delivery_type (str | Unset): The kind of address the message went to, where relevant. One of: `ios`, `android`,
            `email`, `phone`.
        data (CustomerActivityData | Unset): Details; for attribute changes, the attribute names with `from` and `to`.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_identifiers: CustomerIdentifiers | Unset = UNSET
    delivery_id: str | Unset = UNSET
    delivery_type: str | Unset = UNSET
    data: CustomerActivityData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name = self.name

        url = self.url

        timestamp = self.timestamp

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_identifiers, Unset):
            customer_identifiers = self.customer_identifiers.to_dict()

        delivery_id = self.delivery_id

        delivery_type = self.delivery_type

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_identifiers is not UNSET:
            field_dict["customer_identifiers"] = customer_identifiers
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_activity_data import CustomerActivityData  # noqa: PLC0415
        from ..models.customer_identifiers import CustomerIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_type_(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        _customer_identifiers = d.pop("customer_identifiers", UNSET)
        customer_identifiers: CustomerIdentifiers | Unset
        if isinstance(_customer_identifiers, Unset) or _customer_identifiers is None:
            customer_identifiers = UNSET
        else:
            customer_identifiers = CustomerIdentifiers.from_dict(
                _customer_identifiers if isinstance(_customer_identifiers, Mapping) else {}
            )

        delivery_id = d.pop("delivery_id", UNSET)

        delivery_type = d.pop("delivery_type", UNSET)

        _data = d.pop("data", UNSET)
        data: CustomerActivityData | Unset
        if isinstance(_data, Unset) or _data is None:
            data = UNSET
        else:
            data = CustomerActivityData.from_dict(_data if isinstance(_data, Mapping) else {})

        customer_activity = cls(
            id=id,
            type_=type_,
            name=name,
            url=url,
            timestamp=timestamp,
            customer_id=customer_id,
            customer_identifiers=customer_identifiers,
            delivery_id=delivery_id,
            delivery_type=delivery_type,
            data=data,
        )

        customer_activity.additional_properties = d
        return customer_activity

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
