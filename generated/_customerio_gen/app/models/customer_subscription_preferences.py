from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_subscription_profile import CustomerSubscriptionProfile


T = TypeVar("T", bound="CustomerSubscriptionPreferences")


@_attrs_define
class CustomerSubscriptionPreferences:
    """
    Attributes:
        customer (CustomerSubscriptionProfile | Unset): A person's choices in the subscription center.
    """

    customer: CustomerSubscriptionProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_subscription_profile import CustomerSubscriptionProfile  # noqa: PLC0415

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: CustomerSubscriptionProfile | Unset
        if isinstance(_customer, Unset) or _customer is None:
            customer = UNSET
        else:
            customer = CustomerSubscriptionProfile.from_dict(_customer if isinstance(_customer, Mapping) else {})

        customer_subscription_preferences = cls(
            customer=customer,
        )

        customer_subscription_preferences.additional_properties = d
        return customer_subscription_preferences

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
