from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audience_filter import AudienceFilter


T = TypeVar("T", bound="SearchCustomersBody")


@_attrs_define
class SearchCustomersBody:
    """
    Attributes:
        filter_ (AudienceFilter): Who to select, as exactly one key: `and` or `or` (a list of filters, all or any of which must match), `not` (one filter that must not match), `segment` (members of a segment) or `attribute` (a condition on a profile attribute). Filters nest to any depth.
    """

    filter_: AudienceFilter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_filter import AudienceFilter  # noqa: PLC0415

        d = dict(src_dict)
        filter_ = AudienceFilter.from_dict(d.pop("filter") if isinstance(d.pop("filter"), Mapping) else {})

        search_customers_body = cls(
            filter_=filter_,
        )

        search_customers_body.additional_properties = d
        return search_customers_body

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
