from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerActivityData")


@_attrs_define
class CustomerActivityData:
    """Details; for attribute changes, the attribute names with `from` and `to`.

    Attributes:
        delivered (int | None | Unset): For message activities, when the message was delivered, Unix seconds.
        delivery_id (str | Unset): For message activities, the delivery.
        opened (bool | None | Unset): For message activities, whether the message was opened.
    """

    delivered: int | None | Unset = UNSET
    delivery_id: str | Unset = UNSET
    opened: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered: int | None | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        else:
            delivered = self.delivered

        delivery_id = self.delivery_id

        opened: bool | None | Unset
        if isinstance(self.opened, Unset):
            opened = UNSET
        else:
            opened = self.opened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if opened is not UNSET:
            field_dict["opened"] = opened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_delivered(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivered = _parse_delivered(d.pop("delivered", UNSET))

        delivery_id = d.pop("delivery_id", UNSET)

        def _parse_opened(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        opened = _parse_opened(d.pop("opened", UNSET))

        customer_activity_data = cls(
            delivered=delivered,
            delivery_id=delivery_id,
            opened=opened,
        )

        customer_activity_data.additional_properties = d
        return customer_activity_data

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
