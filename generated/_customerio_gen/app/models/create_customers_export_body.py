from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audience_filter import AudienceFilter


T = TypeVar("T", bound="CreateCustomersExportBody")


@_attrs_define
class CreateCustomersExportBody:
    """
    Attributes:
        filters (AudienceFilter): Who to select, as exactly one key: `and` or `or` (a list of filters, all or any of which must match), `not` (one filter that must not match), `segment` (members of a segment) or `attribute` (a condition on a profile attribute). Filters nest to any depth.
    """

    filters: AudienceFilter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_filter import AudienceFilter  # noqa: PLC0415

        d = dict(src_dict)
        filters = AudienceFilter.from_dict(d.pop("filters") if isinstance(d.pop("filters"), Mapping) else {})

        create_customers_export_body = cls(
            filters=filters,
        )

        create_customers_export_body.additional_properties = d
        return create_customers_export_body

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
