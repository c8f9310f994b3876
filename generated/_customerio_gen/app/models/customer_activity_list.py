from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_activity import CustomerActivity


T = TypeVar("T", bound="CustomerActivityList")


@_attrs_define
class CustomerActivityList:
    """
    Attributes:
        activities (list[CustomerActivity] | Unset): The activities of this page.
        next_ (str | Unset): The cursor of the next page; empty on the last page.
    """

    activities: list[CustomerActivity] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = []
            for activities_item_data in self.activities:
                activities_item = activities_item_data.to_dict()
                activities.append(activities_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activities is not UNSET:
            field_dict["activities"] = activities
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_activity import CustomerActivity  # noqa: PLC0415

        d = dict(src_dict)
        _activities = d.pop("activities", UNSET)
        activities: list[CustomerActivity] | Unset = UNSET
        if isinstance(_activities, list):
            activities = []
            for activities_item_data in _activities:
                activities_item = CustomerActivity.from_dict(
                    activities_item_data if isinstance(activities_item_data, Mapping) else {}
                )

                activities.append(activities_item)

        next_ = d.pop("next", UNSET)

        customer_activity_list = cls(
            activities=activities,
            next_=next_,
        )

        customer_activity_list.additional_properties = d
        return customer_activity_list

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
