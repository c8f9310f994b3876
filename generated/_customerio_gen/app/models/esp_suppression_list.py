from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.esp_suppression import EspSuppression


T = TypeVar("T", bound="EspSuppressionList")


@_attrs_define
class EspSuppressionList:
    """Suppressed addresses for one category.

    Attributes:
        category (str | Unset): Why the addresses are suppressed. One of: `bounces`, `spam`.
        suppressions (list[EspSuppression] | Unset): The suppressed addresses.
        next_ (str | Unset): Cursor for the next page (domain listings only); empty on the last page.
    """

    category: str | Unset = UNSET
    suppressions: list[EspSuppression] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        suppressions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suppressions, Unset):
            suppressions = []
            for suppressions_item_data in self.suppressions:
                suppressions_item = suppressions_item_data.to_dict()
                suppressions.append(suppressions_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if suppressions is not UNSET:
            field_dict["suppressions"] = suppressions
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.esp_suppression import EspSuppression  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category", UNSET)

        _suppressions = d.pop("suppressions", UNSET)
        suppressions: list[EspSuppression] | Unset = UNSET
        if isinstance(_suppressions, list):
            suppressions = []
            for suppressions_item_data in _suppressions:
                suppressions_item = EspSuppression.from_dict(
                    suppressions_item_data if isinstance(suppressions_item_data, Mapping) else {}
                )

                suppressions.append(suppressions_item)

        next_ = d.pop("next", UNSET)

        esp_suppression_list = cls(
            category=category,
            suppressions=suppressions,
            next_=next_,
        )

        esp_suppression_list.additional_properties = d
        return esp_suppression_list

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
