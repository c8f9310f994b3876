from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerMessageMetrics")


@_attrs_define
class CustomerMessageMetrics:
    """When the delivery reached each metric (`sent`, `delivered`, `opened`, `clicked` ...), Unix seconds.

    Attributes:
        sent (int | Unset): When the delivery was sent, Unix seconds.
        delivered (int | Unset): When the delivery was accepted by the recipient's provider, Unix seconds.
        opened (int | Unset): When the delivery was first opened, Unix seconds.
        clicked (int | Unset): When the delivery had a link clicked, Unix seconds.
        converted (int | Unset): When the delivery led to a conversion, Unix seconds.
    """

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    opened: int | Unset = UNSET
    clicked: int | Unset = UNSET
    converted: int | Unset = UNSET
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        delivered = self.delivered

        opened = self.opened

        clicked = self.clicked

        converted = self.converted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if converted is not UNSET:
            field_dict["converted"] = converted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        opened = d.pop("opened", UNSET)

        clicked = d.pop("clicked", UNSET)

        converted = d.pop("converted", UNSET)

        customer_message_metrics = cls(
            sent=sent,
            delivered=delivered,
            opened=opened,
            clicked=clicked,
            converted=converted,
        )

        customer_message_metrics.additional_properties = d
        return customer_message_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
