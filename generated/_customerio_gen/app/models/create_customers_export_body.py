from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_customers_export_body_filters import CreateCustomersExportBodyFilters


T = TypeVar("T", bound="CreateCustomersExportBody")


@_attrs_define
class CreateCustomersExportBody:
    """
    Attributes:
        filters (CreateCustomersExportBodyFilters): Segment and attribute conditions combined with `and`, `or` and
            `not`.
    """

    filters: CreateCustomersExportBodyFilters
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
        from ..models.create_customers_export_body_filters import CreateCustomersExportBodyFilters  # noqa: PLC0415

        d = dict(src_dict)
        filters = CreateCustomersExportBodyFilters.from_dict(
            d.pop("filters") if isinstance(d.pop("filters"), Mapping) else {}
        )

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
