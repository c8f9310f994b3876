from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_attribute_changes import ActivityAttributeChanges
    from ..models.activity_delivery_data import ActivityDeliveryData
    from ..models.customer_identifiers import CustomerIdentifiers


T = TypeVar("T", bound="CustomerActivity")


@_attrs_define
class CustomerActivity:
    """Something a person did, or that happened to them.

    Attributes:
        id (str | Unset): The activity's id.
        type_ (str | Unset): The kind of activity. Object and relationship activities carry the object type in their name: `_o:<object_type_id>:<kind>` and `_r:<object_type_id>:<kind>`.
        name (str | Unset): The event or screen name.
        url (str | Unset): The page URL, for page views.
        timestamp (int | Unset): Unix seconds.
        customer_id (None | str | Unset): The person's id; null when unset.
        customer_identifiers (CustomerIdentifiers | Unset): A person's identifiers; `id` or `email` is null when unset.
        delivery_id (str | Unset): The delivery, for message activities.
        delivery_type (str | Unset): The kind of address the message went to, where relevant. One of: `ios`, `android`, `email`, `phone`.
        data (ActivityAttributeChanges | ActivityDeliveryData | Unset): Details: delivery facts for message activities, or one `{from, to}` entry per changed attribute for attribute changes.
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
    data: ActivityAttributeChanges | ActivityDeliveryData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_delivery_data import ActivityDeliveryData  # noqa: PLC0415

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

        data: dict[str, Any] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ActivityDeliveryData):
            data = self.data.to_dict()
        else:
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
        from ..models.activity_attribute_changes import ActivityAttributeChanges  # noqa: PLC0415
        from ..models.activity_delivery_data import ActivityDeliveryData  # noqa: PLC0415
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

        def _parse_data(data: object) -> ActivityAttributeChanges | ActivityDeliveryData | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ActivityDeliveryData.from_dict(data if isinstance(data, Mapping) else {})

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = ActivityAttributeChanges.from_dict(data if isinstance(data, Mapping) else {})

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

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
