from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_attributes import CustomerAttributes


T = TypeVar("T", bound="CustomerAttributesList")


@_attrs_define
class CustomerAttributesList:
    """
    Attributes:
        customers (list[CustomerAttributes] | Unset): One entry per person found.
    """

    customers: list[CustomerAttributes] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customers is not UNSET:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_attributes import CustomerAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _customers = d.pop("customers", UNSET)
        customers: list[CustomerAttributes] | Unset = UNSET
        if isinstance(_customers, list):
            customers = []
            for customers_item_data in _customers:
                customers_item = CustomerAttributes.from_dict(
                    customers_item_data if isinstance(customers_item_data, Mapping) else {}
                )

                customers.append(customers_item)

        customer_attributes_list = cls(
            customers=customers,
        )

        customer_attributes_list.additional_properties = d
        return customer_attributes_list

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
