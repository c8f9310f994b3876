from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_identifiers import CustomerIdentifiers


T = TypeVar("T", bound="CustomerEmailMatches")


@_attrs_define
class CustomerEmailMatches:
    """
    Attributes:
        results (list[CustomerIdentifiers] | Unset): The matching people.
    """

    results: list[CustomerIdentifiers] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_identifiers import CustomerIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        results: list[CustomerIdentifiers] | Unset = UNSET
        if isinstance(_results, list):
            results = []
            for results_item_data in _results:
                results_item = CustomerIdentifiers.from_dict(
                    results_item_data if isinstance(results_item_data, Mapping) else {}
                )

                results.append(results_item)

        customer_email_matches = cls(
            results=results,
        )

        customer_email_matches.additional_properties = d
        return customer_email_matches

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
